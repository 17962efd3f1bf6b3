namespace Cashless.Grains.Tests;

/// <summary>Waits for a condition with a deadline instead of sleeping on luck.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"condition not met within {deadline}");
            }

            await Task.Delay(50);
        }
    }
}
