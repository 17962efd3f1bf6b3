namespace Cashless.Grains.Interfaces.Records;

/// <summary>
/// A change to a payment, top-up or withdrawal record that is committed in the same storage transaction as
/// the account's journal entries. A change whose precondition no longer holds makes the whole commit fail.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.RecordChange")]
public abstract record RecordChange;
