namespace Cashless.Silo.Storage;

/// <summary>
/// A statement both relational adapters run as it is: <see cref="Values"/> bind to <c>$1</c>, <c>$2</c>, … in order
/// (positional parameters to PostgreSQL, parameters of those names to SQLite).
/// </summary>
internal sealed record StoreStatement(string Sql, params object?[] Values);
