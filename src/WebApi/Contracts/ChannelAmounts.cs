namespace Cashless.WebApi.Contracts;

/// <summary>Rupiah by top-up channel, and their sum.</summary>
public sealed record ChannelAmounts(long VirtualAccount, long BankTransfer, long Admin, long Total)
{
    public static ChannelAmounts Of(long virtualAccount, long bankTransfer, long admin) =>
        new(virtualAccount, bankTransfer, admin, checked(virtualAccount + bankTransfer + admin));
}
