using System.Net;
using Cashless.MidtransEmulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Cashless.MidtransEmulator.Tests;

/// <summary>As Midtrans does, a notification answered 5xx or not at all is sent again at growing intervals; a 2xx or 4xx answer is final.</summary>
public class NotificationRetryTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    /// <summary>Longer than every retry of one notification takes (200 + 400 ms).</summary>
    private static readonly TimeSpan AllRetriesDone = EmulatorFixture.RetryDelay * 6;

    [Fact]
    public async Task Pay_Answered503Twice_IsSentAgainUntilAnswered200()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.Receiver.WaitForAsync(orderId, 1);
        emulator.Receiver.Refuse(orderId, StatusCodes.Status503ServiceUnavailable, times: 2);

        await emulator.ControlAsync(orderId, "pay");

        var settlements = (await emulator.Receiver.WaitForAsync(orderId, 4)).Skip(1).ToList();
        Assert.All(settlements, n => Assert.Equal(settlements[0].RawBody, n.RawBody));
        await Task.Delay(AllRetriesDone);
        Assert.Equal<int>([503, 503, 200], Answers(orderId, "settlement"));
    }

    [Fact]
    public async Task Pay_Answered404_IsNotSentAgain()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.Receiver.WaitForAsync(orderId, 1);
        emulator.Receiver.Refuse(orderId, StatusCodes.Status404NotFound, times: 1);

        await emulator.ControlAsync(orderId, "pay");

        await emulator.Receiver.WaitForAsync(orderId, 2);
        await Task.Delay(AllRetriesDone);
        Assert.Equal<int>([404], Answers(orderId, "settlement"));
    }

    [Fact]
    public async Task Pay_NeverAnswered2xx_IsGivenUpAfterTheConfiguredRetries()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.Receiver.WaitForAsync(orderId, 1);
        emulator.Receiver.Refuse(orderId, StatusCodes.Status500InternalServerError, times: int.MaxValue);

        var pay = await emulator.ControlAsync(orderId, "pay");

        Assert.Equal(HttpStatusCode.OK, pay.Status);
        await emulator.Receiver.WaitForAsync(orderId, 1 + 1 + EmulatorFixture.Retries);
        await Task.Delay(AllRetriesDone);
        Assert.Equal(Enumerable.Repeat(500, 1 + EmulatorFixture.Retries), Answers(orderId, "settlement"));
    }

    /// <summary>The receiver's answers to the order's notifications of <paramref name="status"/> (0: no answer).</summary>
    private int[] Answers(string orderId, string status) =>
        [.. emulator.State.Deliveries(orderId).Where(d => d.TransactionStatus == status).Select(d => d.ResponseStatus ?? 0)];
}
