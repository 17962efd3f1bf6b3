namespace Cashless.Silo.Hosting;

/// <summary>Which adapter of the store port runs ("Storage:Provider").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}
