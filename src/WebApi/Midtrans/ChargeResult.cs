namespace Cashless.WebApi.Midtrans;

public enum ChargeResult
{
    Issued = 0,
    Refused = 1,
    Unknown = 2,
}
