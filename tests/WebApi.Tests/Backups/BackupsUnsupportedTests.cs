using Cashless.Silo.Backups;
using Cashless.WebApi.Endpoints;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests.Backups;

/// <summary>Online backups exist for the SQLite store only: on another store the endpoint says so and starts nothing.</summary>
public sealed class BackupsUnsupportedTests
{
    [Fact]
    public void StartBackup_OnAStoreOtherThanSqlite_Is409BackupsUnsupported()
    {
        var backups = new StoreBackups(null, Options.Create(new BackupOptions()), TimeProvider.System, NullLogger<StoreBackups>.Instance);

        var problem = Assert.IsType<ProblemHttpResult>(AdminBackupsEndpoints.StartBackup(backups).Result);

        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        Assert.Equal(ErrorCodes.BackupsUnsupported, ((ProblemDetails)problem.ProblemDetails).Extensions[ApiProblem.CodeKey]);
        Assert.Empty(backups.Running);
    }
}
