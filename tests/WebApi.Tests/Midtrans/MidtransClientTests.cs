using System.Net;
using System.Text;
using Cashless.Grains.Interfaces;
using Cashless.WebApi.Midtrans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Cashless.WebApi.Tests.Midtrans;

/// <summary>
/// <see cref="MidtransClient"/> through its real registration (typed client, resilience pipeline) against a scripted
/// gateway: what it sends, what it retries, and how it reads answers the emulator does not produce.
/// </summary>
public sealed class MidtransClientTests : IDisposable
{
    private const string OrderId = "top_0192a3b4c5d6e7f8a9b0c1d2e3f4a5b6";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 15, 0, TimeSpan.Zero);

    private readonly ScriptedGateway _gateway = new();
    private readonly ServiceProvider _services;

    public MidtransClientTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Testing" });
        services.AddMidtransClient().ConfigurePrimaryHttpMessageHandler(() => _gateway);
        services.Configure<MidtransOptions>(options =>
        {
            options.ServerKey = "SB-Mid-server-abc123cde456";
            options.BaseUrl = new Uri("http://gateway.test");
            options.AllowSandbox = true; // an SB- key, outside Development
            options.AllowInsecureHttp = true;
            options.RequestTimeout = TimeSpan.FromSeconds(5);
            options.VirtualAccountExpiry = TimeSpan.FromHours(6);
        });
        _services = services.BuildServiceProvider();
    }

    private MidtransClient Client => _services.GetRequiredService<MidtransClient>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Charge_Always_SendsBasicAuthWithTheServerKeyAndAnEmptyPassword()
    {
        _gateway.OnPost = _ => Answer(HttpStatusCode.Created, PendingBody(expiry: true));

        await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        var charge = Assert.Single(_gateway.Requests);
        Assert.Equal("Basic U0ItTWlkLXNlcnZlci1hYmMxMjNjZGU0NTY6", charge.Authorization);
        Assert.Equal("http://gateway.test/v2/charge", charge.Uri);
        Assert.Contains("\"gross_amount\":150000", charge.Body, StringComparison.Ordinal);
        Assert.Contains("\"bank\":\"bca\"", charge.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charge_AnswerWithoutExpiryTime_ExpiresAfterTheConfiguredDuration()
    {
        _gateway.OnPost = _ => Answer(HttpStatusCode.Created, PendingBody(expiry: false));

        var outcome = await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        Assert.Equal(ChargeResult.Issued, outcome.Result);
        Assert.Equal("12345678901", outcome.Issued!.VaNumber);
        Assert.Equal(Now + TimeSpan.FromHours(6), outcome.Issued.ExpiresAt);
    }

    [Fact]
    public async Task Charge_ExpiryTimeGiven_IsReadAsJakartaTime()
    {
        _gateway.OnPost = _ => Answer(HttpStatusCode.Created, PendingBody(expiry: true));

        var outcome = await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 15, 0, TimeSpan.Zero), outcome.Issued!.ExpiresAt);
    }

    [Fact]
    public async Task Charge_GatewayAnswers503_IsNotRetriedAndTheStatusDecides()
    {
        _gateway.OnPost = _ => Answer(HttpStatusCode.ServiceUnavailable, """{"status_code":"503","status_message":"Bank is down"}""");
        _gateway.OnGet = _ => Answer(HttpStatusCode.NotFound, """{"status_code":"404","status_message":"The requested resource is not found"}""");

        var outcome = await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        Assert.Equal(ChargeResult.Refused, outcome.Result);
        Assert.Equal(1, _gateway.Count(HttpMethod.Post));
        Assert.Equal(1, _gateway.Count(HttpMethod.Get));
        Assert.Equal($"http://gateway.test/v2/{OrderId}/status", _gateway.Requests[^1].Uri);
    }

    [Fact]
    public async Task Charge_DuplicateOrderBodyUnderHttp200_AsksTheStatusAndKeepsTheExistingCharge()
    {
        _gateway.OnPost = _ => Answer(HttpStatusCode.OK, """{"status_code":"406","status_message":"order_id has been paid and utilized"}""");
        _gateway.OnGet = _ => Answer(HttpStatusCode.OK, PendingBody(expiry: true));

        var outcome = await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        Assert.Equal(ChargeResult.Issued, outcome.Result);
        Assert.Equal(1, _gateway.Count(HttpMethod.Post));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"status_code":"400","status_message":"One or more parameters in the payload is invalid."}""")]
    [InlineData(HttpStatusCode.OK, """{"status_code":"402","status_message":"Payment channel is not activated."}""")]
    [InlineData(HttpStatusCode.Unauthorized, """{"status_code":"401","status_message":"Unknown Merchant server_key/id"}""")]
    public async Task Charge_ClearRefusal_IsRefusedWithoutAskingTheStatus(HttpStatusCode status, string body)
    {
        _gateway.OnPost = _ => Answer(status, body);

        var outcome = await Client.ChargeVirtualAccount(OrderId, new Money(150_000), "bca", CancellationToken.None);

        Assert.Equal(ChargeResult.Refused, outcome.Result);
        Assert.Equal(0, _gateway.Count(HttpMethod.Get));
    }

    [Fact]
    public async Task GetStatus_TransientFailures_AreRetriedTwiceThenReported()
    {
        _gateway.OnGet = _ => Answer(HttpStatusCode.ServiceUnavailable, """{"status_code":"503"}""");

        await Assert.ThrowsAsync<MidtransUnavailableException>(() => Client.GetStatus(OrderId, CancellationToken.None));

        Assert.Equal(1 + MidtransResilience.MaxRetries, _gateway.Count(HttpMethod.Get));
    }

    [Fact]
    public async Task GetStatus_ErrorBodyUnderHttp200_IsUnavailableNotAnAnswer()
    {
        _gateway.OnGet = _ => Answer(HttpStatusCode.OK, """{"status_code":"500","status_message":"Sorry. Our system is recovering"}""");

        await Assert.ThrowsAsync<MidtransUnavailableException>(() => Client.GetStatus(OrderId, CancellationToken.None));
    }

    private static string PendingBody(bool expiry) =>
        $$"""
        {"status_code":"201","status_message":"Success, Bank Transfer transaction is created","transaction_id":"9aed5972",
         "order_id":"{{OrderId}}","gross_amount":"150000.00","payment_type":"bank_transfer","transaction_status":"pending",
         "fraud_status":"accept","va_numbers":[{"bank":"bca","va_number":"12345678901"}]{{(expiry ? ",\"expiry_time\":\"2026-11-27 15:15:00\"" : "")}}}
        """;

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record SeenRequest(HttpMethod Method, string Uri, string? Authorization, string Body);

    private sealed class ScriptedGateway : HttpMessageHandler
    {
        private readonly List<SeenRequest> _requests = [];

        public Func<HttpRequestMessage, HttpResponseMessage> OnPost { get; set; } = _ => throw new InvalidOperationException("no POST expected");

        public Func<HttpRequestMessage, HttpResponseMessage> OnGet { get; set; } = _ => throw new InvalidOperationException("no GET expected");

        public IReadOnlyList<SeenRequest> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        public int Count(HttpMethod method) => Requests.Count(request => request.Method == method);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (_requests)
            {
                _requests.Add(new SeenRequest(request.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), body));
            }

            return request.Method == HttpMethod.Post ? OnPost(request) : OnGet(request);
        }
    }
}
