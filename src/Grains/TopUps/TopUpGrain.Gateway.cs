using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.TopUps;

/// <summary>What a verified gateway status does to a virtual-account top-up.</summary>
internal sealed partial class TopUpGrain
{
    public async Task<TopUpResult> ApplyGatewayReport(GatewayReport report)
    {
        if (_record is null)
        {
            return Answer();
        }

        var now = clock.GetUtcNow();
        switch (report.State, _record.Status)
        {
            // Failed covers a charge we gave up on (gateway error) that the customer found and paid anyway.
            case (GatewayState.Paid, TopUpStatus.Pending or TopUpStatus.Failed):
                await Settle(_record, report);
                break;
            case (GatewayState.Paid, TopUpStatus.Expired or TopUpStatus.Cancelled):
                await FlagPaidAfterClose(_record, report);
                break;
            case (GatewayState.Denied, TopUpStatus.Settled):
                await GrainFactory.Reference<IAccountGrain>(_record.AccountId).ReverseTopUp(_record);
                await Reload();
                break;
            case (GatewayState.Expired or GatewayState.Cancelled or GatewayState.Denied or GatewayState.Failed, TopUpStatus.Pending):
                await Move(new TopUpMoved(TopUpId, [TopUpStatus.Pending], ClosedStatus(report.State), now) { Reason = $"gateway: {report.RawStatus}" });
                break;
            default:
                // Duplicates, and statuses older than what is recorded (a late "pending"), change nothing.
                break;
        }

        return Answer();
    }

    private async Task Settle(TopUpRecord record, GatewayReport report)
    {
        var from = new[] { TopUpStatus.Pending, TopUpStatus.Failed };
        var now = clock.GetUtcNow();
        if (report.Amount != record.Amount)
        {
            await Move(new TopUpMoved(TopUpId, from, TopUpStatus.Flagged, now)
            {
                Reason = $"Gateway reported {report.Amount.Rupiah} rupiah for a charge of {record.Amount.Rupiah}; nothing credited",
            });
            return;
        }

        var credit = (await Credit(TopUpCredit.Settling(record, $"Virtual account top-up ({record.VirtualAccount?.Bank.ToUpperInvariant()})", from))).Outcome;
        if (credit != LedgerOutcome.Ok)
        {
            // Paid, but the account cannot take it now (frozen, or over its cap): an admin settles it by hand.
            await Move(new TopUpMoved(TopUpId, from, TopUpStatus.Flagged, now) { Reason = $"Paid but not credited: {credit}" });
        }
    }

    /// <summary>
    /// The money reached the school's account after we had closed the top-up (a late payment, a notification that
    /// crossed our expiry or cancel): nothing is credited on our own, an admin reviews it and approving credits what the
    /// gateway reported, once.
    /// </summary>
    private Task FlagPaidAfterClose(TopUpRecord record, GatewayReport report) =>
        Move(new TopUpMoved(TopUpId, [record.Status], TopUpStatus.Flagged, clock.GetUtcNow())
        {
            Amount = report.Amount == record.Amount ? null : report.Amount,
            Reason = $"Paid ({report.Amount.Rupiah} rupiah) after it was closed as {record.Status.ToString().ToLowerInvariant()}; " +
                "approving credits the paid amount",
        });

    private static TopUpStatus ClosedStatus(GatewayState state) => state switch
    {
        GatewayState.Expired => TopUpStatus.Expired,
        GatewayState.Cancelled => TopUpStatus.Cancelled,
        _ => TopUpStatus.Failed,
    };
}
