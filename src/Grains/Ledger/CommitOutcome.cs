namespace Cashless.Grains.Ledger;

public enum CommitOutcome
{
    Committed = 0,

    /// <summary>Nothing was written: the version moved, an operation id repeated, or a record precondition failed.</summary>
    Conflict = 1,
}
