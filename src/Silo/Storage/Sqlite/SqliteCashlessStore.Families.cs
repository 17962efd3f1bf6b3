using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<WalletRules> GetWalletRulesAsync(string accountId, CancellationToken ct = default) =>
        Task.FromResult(Read(FamilyStatements.Rules(accountId), FamilyRows.Rules).FirstOrDefault() ?? WalletRules.None);

    public Task SaveWalletRulesAsync(string accountId, WalletRules rules, DateTimeOffset at, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, FamilyStatements.SaveRules(accountId, rules, at)), onConflict: 0);

    public Task SaveLinkCodeAsync(LinkCodeRecord code, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, FamilyStatements.InsertCode(code)), onConflict: 0);

    public Task<int> CountLinkCodesSinceAsync(string studentId, DateTimeOffset since, CancellationToken ct = default) =>
        Task.FromResult((int)Read(FamilyStatements.CountCodesSince(studentId, since), FamilyRows.Count).Single());

    public async Task<string?> RedeemLinkCodeAsync(string codeHash, string guardianId, DateTimeOffset now, CancellationToken ct = default)
    {
        var used = await _writer.Write(
            connection => Execute(connection, FamilyStatements.UseCode(codeHash, guardianId, now)) == 1
                && Execute(connection, FamilyStatements.LinkByCode(codeHash, guardianId, now)) >= 0,
            onConflict: false);
        return used ? Read(FamilyStatements.StudentOfCode(codeHash), FamilyRows.Id).Single() : null;
    }

    public Task LinkGuardianAsync(string guardianId, string studentId, DateTimeOffset at, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, FamilyStatements.Link(guardianId, studentId, at)), onConflict: 0);

    public Task<IReadOnlyList<GuardianLink>> ListGuardianLinksAsync(string? guardianId, string? studentId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<GuardianLink>>(Read(FamilyStatements.LinksOf(guardianId, studentId), FamilyRows.Link));

    public Task<bool> RemoveGuardianLinkAsync(string guardianId, string studentId, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, FamilyStatements.RemoveLink(guardianId, studentId)) == 1, onConflict: false);
}
