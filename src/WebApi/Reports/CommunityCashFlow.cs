using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.Grains.Reports;
using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.Reports;

/// <summary>
/// Sorts the community's boundary flows into the periods of a range. The periods come from
/// <see cref="CashFlowCalculator"/>, so the community report cuts days, weeks and months exactly as a user's does.
/// </summary>
public static class CommunityCashFlow
{
    public static (CommunityFlowAmounts Totals, IReadOnlyList<CommunityFlowPeriodResponse> Periods) Calculate(
        IReadOnlyList<CommunityFlow> flows, ReportRange range, ReportGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var periods = CashFlowCalculator.Calculate(0, [], range, grouping).Periods;
        var rows = new List<CommunityFlowPeriodResponse>(periods.Count);
        var total = new Tally();
        var next = 0;
        for (var index = 0; index < periods.Count; index++)
        {
            var until = index + 1 < periods.Count ? periods[index + 1].Start : range.Until;
            var tally = new Tally();
            for (; next < flows.Count && flows[next].At < until; next++)
            {
                tally.Add(flows[next]);
                total.Add(flows[next]);
            }

            var amounts = tally.ToAmounts();
            rows.Add(new CommunityFlowPeriodResponse(
                ApiTime.Of(periods[index].Start), periods[index].Date, amounts.In, amounts.Out, amounts.Reversals, amounts.Net));
        }

        return (total.ToAmounts(), rows);
    }

    /// <summary>Sums of one period (or of all), each positive; the sign of a flow is given by its kind.</summary>
    private sealed class Tally
    {
        private long _virtualAccount;
        private long _bankTransfer;
        private long _admin;
        private long _unknownChannel;
        private long _withdrawals;
        private long _topUpReversals;
        private long _withdrawalReversals;

        public void Add(CommunityFlow flow)
        {
            checked
            {
                switch (flow.Kind)
                {
                    case EntryKind.TopUp when flow.Channel == TopUpChannel.VirtualAccount: _virtualAccount += flow.Amount; break;
                    case EntryKind.TopUp when flow.Channel == TopUpChannel.BankTransfer: _bankTransfer += flow.Amount; break;
                    case EntryKind.TopUp when flow.Channel == TopUpChannel.Admin: _admin += flow.Amount; break;
                    case EntryKind.TopUp: _unknownChannel += flow.Amount; break;
                    case EntryKind.Withdrawal: _withdrawals -= flow.Amount; break;
                    case EntryKind.TopUpReversal: _topUpReversals -= flow.Amount; break;
                    case EntryKind.WithdrawalReversal: _withdrawalReversals += flow.Amount; break;
                    default: break; // payments never cross the boundary
                }
            }
        }

        public CommunityFlowAmounts ToAmounts()
        {
            var moneyIn = new ChannelAmounts(_virtualAccount, _bankTransfer, _admin, checked(_virtualAccount + _bankTransfer + _admin + _unknownChannel));
            var net = checked(moneyIn.Total - _withdrawals - _topUpReversals + _withdrawalReversals);
            return new CommunityFlowAmounts(moneyIn, new OutflowAmounts(_withdrawals), new ReversalAmounts(_topUpReversals, _withdrawalReversals), net);
        }
    }
}
