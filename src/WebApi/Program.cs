using Cashless.Silo.Hosting;
using Cashless.WebApi.Hosting;
using Cashless.WebApi.Operations;

namespace Cashless.WebApi;

/// <summary>
/// The front silo: the REST API over a co-hosted Orleans silo, so <c>dotnet run --project src/WebApi</c> is the whole
/// system in one process. A class with a namespace rather than top-level statements, so that its name cannot clash
/// with the standalone silo's <c>Program</c> (tests name it in <c>WebApplicationFactory&lt;Program&gt;</c>).
/// </summary>
public partial class Program
{
    protected Program()
    {
    }

    public static async Task Main(string[] args)
    {
        if (RestoreCommand.Matches(args))
        {
            Environment.ExitCode = RestoreCommand.Run(args, Console.Out);
            return;
        }

        var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
        builder.AddCashless();
        builder.AddCashlessWebApi();
        builder.AddCashlessOperations();

        var app = builder.Build();
        app.LogConfigurationFiles(appSettingsShipped: true);
        app.UseCashlessWebApi();
        app.MapCashlessOperations();
        await app.RunAsync();
    }
}
