using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// Midtrans' snake_case wire format, read leniently: unknown members are ignored (Midtrans adds fields without notice)
/// and a number where a string is documented is taken as its literal text, so "150000.00" and 150000.00 read alike and
/// the signature is still checked over what was sent.
/// </summary>
public static class MidtransJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new LenientStringConverter() },
    };

    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(
                    reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"expected a string, found {reader.TokenType}"),
            };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
