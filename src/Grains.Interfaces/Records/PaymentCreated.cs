using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>The payer's outbox record: the payment exists, in flight until the payee's credit marks it completed.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentCreated")]
public sealed record PaymentCreated([property: Id(0)] PaymentView Payment) : RecordChange;
