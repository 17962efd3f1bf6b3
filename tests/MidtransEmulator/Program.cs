namespace Cashless.MidtransEmulator;

internal static class Program
{
    public static async Task Main(string[] args)
    {
        await using var app = EmulatorApp.Create(args);
        await app.RunAsync();
    }
}
