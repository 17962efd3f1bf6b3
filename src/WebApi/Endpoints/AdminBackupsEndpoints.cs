using Cashless.Silo.Backups;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>Online backups of the SQLite store, on an admin's demand, and the list of those kept.</summary>
public static class AdminBackupsEndpoints
{
    public const string Path = "/admin/backups";

    public static IEndpointRouteBuilder MapAdminBackupsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup(Path, "Admin", AuthPolicies.Admin);

        group.MapPost("", StartBackup)
            .WithName("StartBackup")
            .WithSummary("Starts an online backup of the SQLite store; payments go on while it is written")
            .WithDescription(
                "202 with the backup's id. The copy is written with SQLite's backup API into Backup:Folder, then verified "
                + "(PRAGMA integrity_check, and the conservation check run on the copy); only a verified copy is listed by "
                + "GET, a discarded one appears under failed. 409 backups_unsupported on a store other than SQLite.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", ListBackups)
            .WithName("ListBackups")
            .WithSummary("The verified backups, newest first, with size, time and the conservation totals of the copy")
            .WithDescription("running lists the backups being written; failed those this server discarded since it started, with the reason.");

        return api;
    }

    public static Results<Accepted<BackupStartedResponse>, ProblemHttpResult> StartBackup(StoreBackups backups)
    {
        if (!backups.Supported)
        {
            return Unsupported();
        }

        var id = backups.Start();
        return TypedResults.Accepted(RouteGroups.ApiBase + Path, new BackupStartedResponse(id));
    }

    public static Ok<BackupListResponse> ListBackups(StoreBackups backups) =>
        TypedResults.Ok(new BackupListResponse(
            backups.List().Select(BackupResponse.Of).ToList(),
            backups.Running,
            backups.Failed.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FailedBackupResponse(f.Key, f.Value)).ToList()));

    private static ProblemHttpResult Unsupported() =>
        ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.BackupsUnsupported,
            "Online backups are taken of the embedded SQLite store only; back up this store with its own tools (see the README).");
}
