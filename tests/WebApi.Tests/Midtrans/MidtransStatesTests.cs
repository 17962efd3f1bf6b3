using Cashless.Grains.Interfaces.TopUps;
using Cashless.WebApi.Midtrans;

namespace Cashless.WebApi.Tests.Midtrans;

public sealed class MidtransStatesTests
{
    [Theory]
    [InlineData("settlement", null, GatewayState.Paid)]
    [InlineData("capture", "accept", GatewayState.Paid)]
    [InlineData("capture", "challenge", GatewayState.Other)]
    [InlineData("pending", "accept", GatewayState.Pending)]
    [InlineData("expire", null, GatewayState.Expired)]
    [InlineData("cancel", null, GatewayState.Cancelled)]
    [InlineData("deny", null, GatewayState.Denied)]
    [InlineData("failure", null, GatewayState.Failed)]
    [InlineData("refund", null, GatewayState.Other)]
    public void Report_Status_MapsToTheTopUpsState(string status, string? fraud, GatewayState expected)
    {
        var report = MidtransStates.Report(new MidtransTransaction { TransactionStatus = status, FraudStatus = fraud, GrossAmount = "150000.00" });

        Assert.Equal(expected, report.State);
        Assert.Equal(150_000, report.Amount.Rupiah);
    }

    [Theory]
    [InlineData("150000.00", "150000.50")]
    [InlineData("150000.00", "149999.00")]
    [InlineData("150000.50", "150000.50")]
    [InlineData("150000.00", null)]
    public void Report_AmountsThatDisagreeOrDoNotParse_CanNeverMatchACharge(string status, string? notified)
    {
        var report = MidtransStates.Report(new MidtransTransaction { TransactionStatus = "settlement", GrossAmount = status }, notified);

        Assert.Equal(MidtransStates.Unmatchable, report.Amount);
        Assert.False(report.Amount.IsPositive);
    }
}
