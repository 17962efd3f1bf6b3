using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public async Task<WalletRules> GetWalletRulesAsync(string accountId, CancellationToken ct = default) =>
        (await QueryAsync(FamilyStatements.Rules(accountId), FamilyRows.Rules, ct)).FirstOrDefault() ?? WalletRules.None;

    public Task SaveWalletRulesAsync(string accountId, WalletRules rules, DateTimeOffset at, CancellationToken ct = default) =>
        ExecuteAsync(FamilyStatements.SaveRules(accountId, rules, at));

    public Task SaveLinkCodeAsync(LinkCodeRecord code, CancellationToken ct = default) =>
        ExecuteAsync(FamilyStatements.InsertCode(code));

    public async Task<int> CountLinkCodesSinceAsync(string studentId, DateTimeOffset since, CancellationToken ct = default) =>
        (int)(await QueryAsync(FamilyStatements.CountCodesSince(studentId, since), FamilyRows.Count, ct)).Single();

    public async Task<string?> RedeemLinkCodeAsync(string codeHash, string guardianId, DateTimeOffset now, CancellationToken ct = default)
    {
        var use = FamilyStatements.UseCode(codeHash, guardianId, now);
        var link = FamilyStatements.LinkByCode(codeHash, guardianId, now);
        var write = new PostgresWrite().Add(use.Sql, use.Values).Add(link.Sql, link.Values);
        return await WriteAsync(write) && write.RecordsAffected(0) == 1
            ? (await QueryAsync(FamilyStatements.StudentOfCode(codeHash), FamilyRows.Id, ct)).Single()
            : null;
    }

    public Task LinkGuardianAsync(string guardianId, string studentId, DateTimeOffset at, CancellationToken ct = default) =>
        ExecuteAsync(FamilyStatements.Link(guardianId, studentId, at));

    public async Task<IReadOnlyList<GuardianLink>> ListGuardianLinksAsync(string? guardianId, string? studentId, CancellationToken ct = default) =>
        await QueryAsync(FamilyStatements.LinksOf(guardianId, studentId), FamilyRows.Link, ct);

    public async Task<bool> RemoveGuardianLinkAsync(string guardianId, string studentId, CancellationToken ct = default) =>
        await ExecuteAsync(FamilyStatements.RemoveLink(guardianId, studentId)) == 1;
}
