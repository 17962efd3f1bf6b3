using Cashless.Grains.Interfaces;
using Cashless.WebApi.Midtrans;

namespace Cashless.WebApi.Tests.Midtrans;

public sealed class MidtransAmountTests
{
    [Theory]
    [InlineData("150000.00", 150_000)]
    [InlineData("150000", 150_000)]
    [InlineData("150000.0", 150_000)]
    [InlineData("1.00", 1)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void TryParse_WholeRupiah_IsExact(string text, long expected)
    {
        Assert.True(MidtransAmount.TryParse(text, out var amount));
        Assert.Equal(new Money(expected), amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("150000.50")]
    [InlineData("150000.")]
    [InlineData("-150000.00")]
    [InlineData("+150000.00")]
    [InlineData(" 150000.00")]
    [InlineData("1e5")]
    [InlineData("150,000.00")]
    [InlineData("9223372036854775808.00")]
    public void TryParse_AnythingElse_IsRefused(string? text)
    {
        Assert.False(MidtransAmount.TryParse(text, out _));
    }
}
