using System.Text.Json;

namespace Cashless.WebApi.Midtrans;

/// <summary>Midtrans' snake_case wire format. Unknown members are ignored: Midtrans adds fields without notice.</summary>
public static class MidtransJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
