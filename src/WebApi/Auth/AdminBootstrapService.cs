using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Json;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Creates the configured first admin once the silo runs (it is registered after the silo, so it starts after it).
/// An existing user with that e-mail is left alone. The password is never logged.
/// </summary>
public sealed partial class AdminBootstrapService(
    IOptions<AdminOptions> options,
    IUserStore users,
    UserRegistrar registrar,
    IHostEnvironment environment,
    ILogger<AdminBootstrapService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value;
        if (string.IsNullOrWhiteSpace(admin.Email))
        {
            LogNoAdmin(logger);
            return;
        }

        if (!EmailAddress.IsValid(admin.Email))
        {
            throw new InvalidOperationException("Admin:Email is not a valid e-mail address.");
        }

        if ((admin.Password?.Length ?? 0) < PasswordPolicy.MinLength)
        {
            throw new InvalidOperationException(
                $"Admin:Password must be set to at least {PasswordPolicy.MinLength} characters when Admin:Email is set.");
        }

        var email = EmailAddress.Normalize(admin.Email);
        if (PasswordPolicy.Refusal(admin.Password!, email, admin.Name) is { } refusal)
        {
            throw new InvalidOperationException($"Admin:Password {refusal}: choose another.");
        }

        var existing = await users.FindUserByEmailAsync(email, cancellationToken);
        if (existing is null)
        {
            // Null when another node created it a moment ago: nothing is left to do.
            if (await registrar.RegisterAsync(admin.Name, email, admin.Password!, AccountRole.Admin, cancellationToken) is not null)
            {
                LogAdminCreated(logger, email);
            }
        }
        else if (existing.Role != AccountRole.Admin)
        {
            LogNotAnAdmin(logger, email, RoleNames.Of(existing.Role));
        }

        if (environment.IsDevelopment())
        {
            LogDevelopmentLogin(logger, email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No Admin:Email configured; no bootstrap admin is created")]
    private static partial void LogNoAdmin(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap admin {Email} created")]
    private static partial void LogAdminCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin:Email {Email} belongs to a {Role}; it was not made an admin")]
    private static partial void LogNotAnAdmin(ILogger logger, string email, string role);

    // The password itself is never logged; it is documented next to where it is configured.
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Development admin login: {Email}, password = Admin:Password of appsettings.Development.json (see README)")]
    private static partial void LogDevelopmentLogin(ILogger logger, string email);
}
