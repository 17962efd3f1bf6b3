using System.Text.Json.Serialization;

namespace Cashless.WebApi.Midtrans;

public sealed record MidtransVaNumber(
    [property: JsonPropertyName("bank")] string? Bank,
    [property: JsonPropertyName("va_number")] string? VaNumber);
