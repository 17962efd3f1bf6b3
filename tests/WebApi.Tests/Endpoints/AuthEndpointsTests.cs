using Cashless.Grains.Common;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Endpoints;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests.Endpoints;

public sealed class AuthEndpointsTests
{
    [Fact]
    public async Task Register_SellerWhileSellerSignupIsClosed_Returns403Forbidden()
    {
        var body = JsonBody<RegisterRequest>.Read(
            """{"name":"Kantin","email":"kantin@example.test","password":"Password-123","role":"seller"}"""u8.ToArray(),
            new LimitsOptions());
        var closed = Options.Create(new RegistrationOptions { AllowSellerSignup = false });

        // The refusal comes before any account is opened, so no registrar is needed.
        var result = await AuthEndpoints.Register(body, registrar: null!, closed, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(403, problem.StatusCode);
        Assert.Equal("forbidden", problem.ProblemDetails.Extensions["code"]);
    }
}
