namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// An admin closes a wallet. A balance left in it is paid out first, in the same commit as the closing: withdrawn to
/// <see cref="ToBank"/>, or moved to the wallet <see cref="ToWalletId"/> (a payment); at most one of them is set.
/// <see cref="PayoutId"/> names that withdrawal (<c>wdr_</c>) or payment (<c>pay_</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.ClosingOrder")]
public sealed record ClosingOrder(
    [property: Id(0)] string PayoutId,
    [property: Id(1)] string? ToWalletId,
    [property: Id(2)] BankPayee? ToBank);

/// <summary>The bank account a payout goes to.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.BankPayee")]
public sealed record BankPayee(
    [property: Id(0)] string BankCode,
    [property: Id(1)] string AccountNumber,
    [property: Id(2)] string AccountName);
