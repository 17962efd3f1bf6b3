using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Ledger;
using Cashless.Grains.Reports;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Exports;

/// <summary>
/// One account's statement as a printable HTML page, written as its entries are read: who, the period, the opening
/// balance, one table row per entry (local time in the report zone), then money in, money out and the closing balance.
/// Every text from the ledger is HTML-encoded; the page loads nothing from anywhere.
/// </summary>
public static class StatementHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    private const int WriteBufferChars = 16 * 1024;

    private const string Style =
        "body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%}"
        + "th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left}td.n,th.n{text-align:right;white-space:nowrap}"
        + "tfoot td{font-weight:600}@media print{body{margin:0}a{display:none}}";

    public static async Task WriteAsync(
        Stream body, UserRecord user, ReportRange range, Money opening, IAsyncEnumerable<JournalEntry> entries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(entries);
        var html = HtmlEncoder.Default;
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), WriteBufferChars, leaveOpen: true);
        var period = $"{Date(range.First)} – {Date(range.Last)}";
        await writer.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statement {html.Encode(user.Name)} {period}</title>"
            + $"<style>{Style}</style></head><body><h1>Statement</h1>"
            + $"<p><strong>{html.Encode(user.Name)}</strong> &lt;{html.Encode(user.Email)}&gt; · {html.Encode(user.Id)} · "
            + $"{html.Encode(StatusFilter.NameOf(user.Status))}</p><p>{period} ({html.Encode(range.Zone.Id)})</p>"
            + $"<p>Opening balance: <strong>{Rupiah(opening.Rupiah)}</strong></p>"
            + "<table><thead><tr><th>Time</th><th>Kind</th><th>Description</th><th>Reference</th><th class=\"n\">Amount</th>"
            + "<th class=\"n\">Balance</th></tr></thead><tbody>");
        long moneyIn = 0, moneyOut = 0, closing = opening.Rupiah;
        await foreach (var entry in entries.WithCancellation(ct))
        {
            var transaction = TransactionResponse.Of(entry);
            (moneyIn, moneyOut) = transaction.Amount >= 0 ? (moneyIn + transaction.Amount, moneyOut) : (moneyIn, moneyOut - transaction.Amount);
            closing = transaction.BalanceAfter;
            var local = TimeZoneInfo.ConvertTime(entry.CreatedAt, range.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await writer.WriteAsync(
                $"<tr><td>{local}</td><td>{JournalCsv.KindName(transaction.Kind)}</td><td>{html.Encode(entry.Description)}</td>"
                + $"<td>{html.Encode(entry.Reference)}</td><td class=\"n\">{Rupiah(transaction.Amount)}</td>"
                + $"<td class=\"n\">{Rupiah(transaction.BalanceAfter)}</td></tr>");
        }

        await writer.WriteAsync(
            $"</tbody><tfoot><tr><td colspan=\"4\">Money in</td><td class=\"n\">{Rupiah(moneyIn)}</td><td></td></tr>"
            + $"<tr><td colspan=\"4\">Money out</td><td class=\"n\">{Rupiah(-moneyOut)}</td><td></td></tr>"
            + $"<tr><td colspan=\"4\">Closing balance</td><td></td><td class=\"n\">{Rupiah(closing)}</td></tr></tfoot></table></body></html>");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Rupiah as Indonesians write it, "Rp 12.000", with a minus sign for money out.</summary>
    private static string Rupiah(long amount) =>
        (amount < 0 ? "−Rp " : "Rp ") + Math.Abs(amount).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
