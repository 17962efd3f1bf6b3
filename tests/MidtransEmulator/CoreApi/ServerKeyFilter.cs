using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>Midtrans Basic auth: user name = server key, empty password. Anything else gets the 401 body.</summary>
internal sealed class ServerKeyFilter(IOptions<EmulatorOptions> options) : IEndpointFilter
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Value.ServerKey + ":")));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers.Authorization.ToString());
        if (!CryptographicOperations.FixedTimeEquals(presented, _expected))
        {
            return TypedResults.Json(MidtransError.Unauthorized(), statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}
