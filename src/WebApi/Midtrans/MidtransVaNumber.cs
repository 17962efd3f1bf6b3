namespace Cashless.WebApi.Midtrans;

public sealed record MidtransVaNumber(string? Bank, string? VaNumber);
