using System.Text;
using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class DevelopmentSigningKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cashless-key-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void LoadOrCreate_NoFile_CreatesALongKeyReadableOnlyByTheOwner()
    {
        var path = Path.Combine(_folder, "nested", DevelopmentSigningKey.FileName);

        var key = DevelopmentSigningKey.LoadOrCreate(path);

        Assert.True(Encoding.UTF8.GetByteCount(key) >= JwtOptions.MinKeyBytes);
        Assert.Equal(key, File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void LoadOrCreate_Twice_KeepsTheSameKey()
    {
        var path = Path.Combine(_folder, DevelopmentSigningKey.FileName);

        Assert.Equal(DevelopmentSigningKey.LoadOrCreate(path), DevelopmentSigningKey.LoadOrCreate(path));
    }

    [Fact]
    public void LoadOrCreate_FileWithShortKey_ReplacesIt()
    {
        var path = Path.Combine(_folder, DevelopmentSigningKey.FileName);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, "short");

        var key = DevelopmentSigningKey.LoadOrCreate(path);

        Assert.NotEqual("short", key);
        Assert.True(Encoding.UTF8.GetByteCount(key) >= JwtOptions.MinKeyBytes);
    }

    [Fact]
    public void Validate_ShortOrMissingKey_FailsNamingTheSetting()
    {
        var validator = new JwtOptionsValidator();

        var missing = validator.Validate(null, new JwtOptions());
        var shortKey = validator.Validate(null, new JwtOptions { SigningKey = new string('k', 31) });
        var good = validator.Validate(null, new JwtOptions { SigningKey = new string('k', 32) });

        Assert.Contains("Jwt:SigningKey", missing.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("31 bytes", shortKey.FailureMessage, StringComparison.Ordinal);
        Assert.True(good.Succeeded);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
