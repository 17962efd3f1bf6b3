using Cashless.TestMachine;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The rule for tests that need a machine package: skipped with the install command, but never under CI.</summary>
public sealed class MachinePackageTests
{
    private static readonly MachinePackage Missing = new("/nowhere/tool", "tool-package", () => false);

    [Fact]
    public void Require_MissingWithoutCi_SkipsNamingThePackageAndTheInstallCommand()
    {
        var skip = Assert.Throws<SkipException>(() => Missing.Require(installed: false, ci: null));

        Assert.Contains("/nowhere/tool", skip.Message, StringComparison.Ordinal);
        Assert.Contains("tool-package", skip.Message, StringComparison.Ordinal);
        Assert.Contains(MachinePackage.InstallCommand, skip.Message, StringComparison.Ordinal);
        Assert.IsType<SkipException>(Record.Exception(() => Missing.Require(installed: false, ci: "")));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Require_MissingUnderCi_FailsInsteadOfSkipping(string ci)
    {
        var failure = Record.Exception(() => Missing.Require(installed: false, ci));

        Assert.NotNull(failure);
        Assert.IsNotType<SkipException>(failure);
        Assert.Contains(MachinePackage.InstallCommand, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public void Require_Installed_GoesOn(string? ci)
    {
        Missing.Require(installed: true, ci);
    }

    [Fact]
    public void InstallScript_InstallsEveryPackageTheTestsAskFor()
    {
        var script = File.ReadAllText(Repository.PathOf(".ci", "install-deps.sh"));
        foreach (var package in (MachinePackage[])[MachinePackage.Chromium, MachinePackage.RedisServer, MachinePackage.Nginx,
                     MachinePackage.DockerCompose, MachinePackage.PostgreSql])
        {
            Assert.Contains($"need+=({package.DebianPackage})", script, StringComparison.Ordinal);
        }
    }
}
