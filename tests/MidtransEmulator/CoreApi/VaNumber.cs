using System.Text.Json.Serialization;

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>An item of <c>va_numbers</c>.</summary>
public sealed record VaNumber(string Bank, [property: JsonPropertyName("va_number")] string Number);
