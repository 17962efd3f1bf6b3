using Cashless.Silo.Hosting;
using Cashless.Silo.Storage.Sqlite;
using Cashless.WebApi.Auth;
using Microsoft.Extensions.Configuration;

namespace Cashless.WebApi.Tests.Hosting;

/// <summary>Where settings, pages, the database and Development's key are looked for, whatever the working directory.</summary>
public sealed class ContentRootTests
{
    [Fact]
    public void Options_NoneNamed_IsTheAppsOwnFolder()
    {
        Assert.Equal(AppContext.BaseDirectory, ContentRoot.Options([]).ContentRootPath);
    }

    [Fact]
    public void Options_RelativeOnTheCommandLine_IsTakenFromTheWorkingDirectory()
    {
        Assert.Equal(Path.GetFullPath("some/where"), ContentRoot.Options(["--contentRoot", "some/where"]).ContentRootPath);
        Assert.Equal("/srv/cashless", ContentRoot.Options(["--contentRoot=/srv/cashless"]).ContentRootPath);
    }

    [Fact]
    public void SqliteDataSource_RelativeFile_IsUnderTheContentRoot()
    {
        Assert.Equal("Data Source=/srv/cashless/data/cashless.db", SqliteDataSource.Anchored(SqliteDataSource.Default, "/srv/cashless"));
        Assert.Equal("Data Source=/var/lib/x.db", SqliteDataSource.Anchored("Data Source=/var/lib/x.db", "/srv/cashless"));
        Assert.Equal("Data Source=:memory:", SqliteDataSource.Anchored("Data Source=:memory:", "/srv/cashless"));
    }

    [Fact]
    public void DataFolder_IsTheDatabasesFolderOrDataUnderTheContentRoot()
    {
        Assert.Equal("/srv/cashless/data", DataFolder.Resolve(Settings([]), "/srv/cashless"));
        Assert.Equal("/var/lib/cashless", DataFolder.Resolve(Settings([new("ConnectionStrings:Sqlite", "Data Source=/var/lib/cashless/c.db")]), "/srv/cashless"));
        Assert.Equal("/srv/cashless/data", DataFolder.Resolve(Settings([new("Storage:Provider", "Postgres")]), "/srv/cashless"));
    }

    private static IConfiguration Settings(KeyValuePair<string, string?>[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
