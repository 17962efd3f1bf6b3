using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Cashless.MidtransEmulator.Faults;
using Cashless.MidtransEmulator.Tests.Infrastructure;

namespace Cashless.MidtransEmulator.Tests;

/// <summary>Faults are global to an emulator, so this class has its own and its tests run one at a time.</summary>
public class FaultTests : IClassFixture<EmulatorFixture>
{
    private const int DelayMs = 300;
    private readonly EmulatorFixture _emulator;

    public FaultTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.State.Faults = FaultSettings.None;
    }

    [Fact]
    public async Task Charge_Http500_Returns500AndRecordsNoTransaction()
    {
        await SetFaultsAsync(charge: "http500");
        var orderId = EmulatorFixture.NewOrderId();

        var charge = await _emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca"));

        Assert.Equal(HttpStatusCode.InternalServerError, charge.Status);
        Assert.Equal("500", charge.Field("status_code"));
        Assert.Equal(1, _emulator.State.ChargeRequests(orderId));
        Assert.Equal(HttpStatusCode.NotFound, (await _emulator.StatusAsync(orderId)).Status);
    }

    [Fact]
    public async Task Charge_Body500_Returns200WithStatusCode500()
    {
        await SetFaultsAsync(charge: "body500");
        var orderId = EmulatorFixture.NewOrderId();

        var charge = await _emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca"));

        Assert.Equal(HttpStatusCode.OK, charge.Status);
        Assert.Equal("500", charge.Field("status_code"));
        Assert.Null(_emulator.State.Find(orderId));
    }

    [Fact]
    public async Task Charge_TimeoutAndClientGivesUp_TransactionStillExists()
    {
        // A long server delay, and the client gives up as soon as the gateway holds the charge.
        await SetFaultsAsync(charge: "timeout", delayMs: 30_000);
        var orderId = EmulatorFixture.NewOrderId();
        using var giveUp = new CancellationTokenSource();
        var charging = _emulator.SendAsync(HttpMethod.Post, "/v2/charge", ChargeBodies.BankTransfer(orderId, "bni"), giveUp.Token);
        await Eventually.Returns(() => _emulator.State.Find(orderId), found => found is not null, TimeSpan.FromSeconds(5), "the charge to be recorded");

        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => charging);
        var status = await _emulator.StatusAsync(orderId);
        Assert.Equal("pending", status.Field("transaction_status"));
        Assert.Equal(1, _emulator.State.ChargeRequests(orderId));
    }

    [Fact]
    public async Task Charge_TimeoutAndPatientClient_AnswersAfterDelay()
    {
        await SetFaultsAsync(charge: "timeout");
        var stopwatch = Stopwatch.StartNew();

        var charge = await _emulator.ChargeAsync(ChargeBodies.BankTransfer(EmulatorFixture.NewOrderId(), "bca"));

        Assert.Equal(HttpStatusCode.Created, charge.Status);
        Assert.True(stopwatch.ElapsedMilliseconds >= DelayMs - 20, $"answered after {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Status_Http500_Returns500()
    {
        var orderId = await _emulator.NewPendingAsync();
        await SetFaultsAsync(status: "http500");

        var status = await _emulator.StatusAsync(orderId);

        Assert.Equal(HttpStatusCode.InternalServerError, status.Status);
        Assert.Equal("500", status.Field("status_code"));
    }

    [Fact]
    public async Task Status_Timeout_AnswersAfterDelay()
    {
        var orderId = await _emulator.NewPendingAsync();
        await SetFaultsAsync(status: "timeout");
        var stopwatch = Stopwatch.StartNew();

        var status = await _emulator.StatusAsync(orderId);

        Assert.Equal("pending", status.Field("transaction_status"));
        Assert.True(stopwatch.ElapsedMilliseconds >= DelayMs - 20, $"answered after {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Faults_Deleted_AnswersNormallyAgain()
    {
        await SetFaultsAsync(charge: "http500", status: "http500");

        var reset = await _emulator.SendAsync(HttpMethod.Delete, "/_emulator/faults");

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        var orderId = await _emulator.NewPendingAsync();
        Assert.Equal(HttpStatusCode.OK, (await _emulator.StatusAsync(orderId)).Status);
    }

    private async Task SetFaultsAsync(string charge = "ok", string status = "ok", int delayMs = DelayMs)
    {
        var body = new JsonObject { ["charge"] = charge, ["status"] = status, ["delayMs"] = delayMs };
        var response = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/faults", body);
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
