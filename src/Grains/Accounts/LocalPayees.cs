using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cashless.Grains.Accounts;

/// <summary>
/// The wallets active on this silo that take payments (an active wallet, not frozen), each with its group committer.
/// A payer looks its payee up here before the debit instead of calling the payee's <c>CanReceive</c>: one dictionary
/// read instead of a grain call per payment. A payee found here was receivable when it last said so; whatever changed
/// since (a freeze a moment ago, a balance at the limit) is caught by the payee's own credit decision, which refuses,
/// and the payer reverses the debit at once (the money comes back; decision 0007). A payee not found here, or on
/// another silo, is asked with <c>CanReceive</c> as before. Each account grain keeps its own entry: it adds itself
/// when it activates or becomes receivable and removes itself when it stops being so or deactivates.
/// </summary>
internal sealed class LocalPayees
{
    private readonly ConcurrentDictionary<string, GroupCommitter> _receiving = new(StringComparer.Ordinal);

    /// <summary>The payee's committer when it is an active wallet on this silo, else null (ask the payee).</summary>
    public GroupCommitter? Find(string accountId) => _receiving.GetValueOrDefault(accountId);

    public void Set(string accountId, GroupCommitter committer, bool receiving)
    {
        if (receiving)
        {
            _receiving[accountId] = committer;
        }
        else
        {
            // Only its own entry: a later activation of the same account may already have added a new one.
            _receiving.TryRemove(new KeyValuePair<string, GroupCommitter>(accountId, committer));
        }
    }
}

/// <summary>Registers what account grains share within one silo.</summary>
public static class AccountGrainServices
{
    public static IServiceCollection AddAccountGrainServices(this IServiceCollection services)
    {
        services.TryAddSingleton<LocalPayees>();
        return services;
    }
}
