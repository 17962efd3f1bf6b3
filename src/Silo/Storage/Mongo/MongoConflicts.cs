using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// Which failures of a write transaction mean "refused" (a conflict: the transaction was aborted, nothing was written)
/// rather than "broken": a failed precondition, a duplicate key, a document the validator refuses. A write conflict
/// with a concurrent transaction is neither: the driver retries the transaction, which then meets the precondition anew.
/// </summary>
internal static class MongoConflicts
{
    /// <summary>The server's DocumentValidationFailure: the counterpart of a relational CHECK constraint.</summary>
    public const int DocumentValidationFailure = 121;

    /// <summary>The server's DuplicateKey, as a command error rather than a write error.</summary>
    public const int DuplicateKey = 11000;

    public static bool IsConflict(Exception failure) => failure switch
    {
        StoreConflictException => true,
        MongoWriteException write => IsConstraint(write.WriteError),
        MongoBulkWriteException bulk => bulk.WriteErrors.Any(error => IsConstraint(error.Category, error.Code)),
        MongoCommandException command => command.Code is DuplicateKey or DocumentValidationFailure,
        _ => false,
    };

    private static bool IsConstraint(WriteError? error) => error is not null && IsConstraint(error.Category, error.Code);

    private static bool IsConstraint(ServerErrorCategory category, int code) =>
        category == ServerErrorCategory.DuplicateKey || code == DocumentValidationFailure;
}
