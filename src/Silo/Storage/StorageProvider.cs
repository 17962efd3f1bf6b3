namespace Cashless.Silo.Storage;

public enum StorageProvider
{
    Sqlite = 0,
    Postgres = 1,
    Mongo = 2,
}
