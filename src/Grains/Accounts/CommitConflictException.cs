namespace Cashless.Grains.Accounts;

/// <summary>
/// The store refused a commit: another activation wrote this account, an operation id repeated, or a record
/// was no longer in the expected state. Nothing of the commit was written.
/// </summary>
[GenerateSerializer, Alias("Cashless.CommitConflictException")]
public sealed class CommitConflictException(string accountId, long firstSequence)
    : Exception($"commit of account {accountId} from sequence {firstSequence} was refused by the store");
