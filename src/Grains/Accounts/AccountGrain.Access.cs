using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Microsoft.Extensions.Logging;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Who the account's user is allowed to be: role changes, and telling the user's session grain of every durable
/// change of role or status, which is where each request's token check reads them.
/// </summary>
internal sealed partial class AccountGrain
{
    public async Task<LedgerOutcome> ChangeRole(AccountRole role)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return LedgerOutcome.AccountNotFound;
        }

        if (book.IsClosed)
        {
            return LedgerOutcome.AccountClosed;
        }

        var previous = book.Role;
        if (previous != role)
        {
            // Decided and applied in one turn, so no credit can slip in between the check and the change.
            // Money keeps the kind it was paid in with: a guardian's (allowances only) does not become a buyer's, nor back.
            var (wasWallet, paidAllowances) = (book.IsWallet, book.PaysAllowances);
            book.ChangeRole(role, clock.GetUtcNow());
            var moneyChangesKind = wasWallet != book.IsWallet || paidAllowances != book.PaysAllowances;
            if (moneyChangesKind && (book.Balance.IsPositive || book.OutgoingInFlight.IsPositive))
            {
                book.ChangeRole(previous, book.UpdatedAt);
                return LedgerOutcome.AccountNotEmpty;
            }

            AdvertiseReceiving();
            try
            {
                await store.UpdateUserRoleAsync(AccountId, role);
            }
            catch
            {
                // Whatever the store holds now is the truth: the next call reloads it.
                DeactivateOnIdle();
                throw;
            }

            LogRoleChanged(AccountId, previous, role);
        }

        await PublishAccess(book);
        return LedgerOutcome.Ok;
    }

    /// <summary>Hands the durable role and status to the session grain that checks every token of this user.</summary>
    private Task PublishAccess(AccountBook book) =>
        GrainFactory.Reference<ISessionGrain>(AccountId).AccessChanged(book.Role, book.Status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} changed role from {Previous} to {Role}")]
    private partial void LogRoleChanged(string accountId, AccountRole previous, AccountRole role);
}
