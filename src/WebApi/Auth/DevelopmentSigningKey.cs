using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Auth;

/// <summary>
/// In Development only, and only when no key is configured: uses the key kept in the data folder, creating it once,
/// so tokens survive restarts without anyone having to invent a secret.
/// </summary>
public sealed class DevelopmentSigningKey(IConfiguration configuration, IHostEnvironment environment) : IPostConfigureOptions<JwtOptions>
{
    public const string FileName = "jwt-signing.key";

    public void PostConfigure(string? name, JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment() && string.IsNullOrEmpty(options.SigningKey))
        {
            options.SigningKey = LoadOrCreate(Path.Combine(DataFolder.Resolve(configuration, environment.ContentRootPath), FileName));
        }
    }

    public static string LoadOrCreate(string path)
    {
        if (TryLoad(path) is { } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48));
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // a secret: owner only
        }

        using (var writer = new StreamWriter(path, Encoding.UTF8, file))
        {
            writer.Write(key);
        }

        return key;
    }

    private static string? TryLoad(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var key = File.ReadAllText(path).Trim();
        return Encoding.UTF8.GetByteCount(key) >= JwtOptions.MinKeyBytes ? key : null;
    }
}
