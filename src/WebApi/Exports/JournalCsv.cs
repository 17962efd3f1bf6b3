using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.Exports;

/// <summary>
/// Journal entries as CSV, written to the answer as they are read: a header row, then one row per entry in
/// <see cref="Header"/>'s order (never reordered: spreadsheets and scripts read columns by position). Times are
/// RFC 3339 UTC, amounts signed integer rupiah, kinds and ids as in the JSON contract.
/// </summary>
public static class JournalCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string Header = "created_at,entry_id,account_id,kind,amount,balance_after,counterparty,reference,description";

    private const int WriteBufferChars = 16 * 1024;

    private static readonly Dictionary<TransactionKind, string> KindNames = Enum.GetValues<TransactionKind>().ToDictionary(
        kind => kind,
        kind => typeof(TransactionKind).GetField(kind.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    public static string KindName(TransactionKind kind) => KindNames[kind];

    public static string Row(JournalEntry entry)
    {
        var transaction = TransactionResponse.Of(entry);
        return CsvCells.Row(
            entry.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            transaction.Id,
            CsvCells.Text(entry.AccountId),
            KindName(transaction.Kind),
            transaction.Amount.ToString(CultureInfo.InvariantCulture),
            transaction.BalanceAfter.ToString(CultureInfo.InvariantCulture),
            CsvCells.Text(entry.Counterparty),
            CsvCells.Text(entry.Reference),
            CsvCells.Text(entry.Description));
    }

    /// <summary>Writes the header and every entry; the writer's buffer is all that is held, whatever the count.</summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerable<JournalEntry> entries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), WriteBufferChars, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await writer.WriteAsync(Row(entry));
        }
    }
}
