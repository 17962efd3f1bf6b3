namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>What a journal entry records. The sign of the amount follows from the kind.</summary>
[GenerateSerializer, Alias("Cashless.EntryKind")]
public enum EntryKind
{
    TopUp = 0,
    PaymentOut = 1,
    PaymentIn = 2,
    PaymentReversal = 3,
    Withdrawal = 4,
    WithdrawalReversal = 5,
    TopUpReversal = 6,

    /// <summary>A seller gives back (part of) a payment it received; the contract calls both sides <c>refund</c>.</summary>
    RefundOut = 7,
    RefundIn = 8,

    /// <summary>A guardian's payment to a linked student: its debit (<see cref="AllowanceOut"/>) and credit (<see cref="AllowanceIn"/>).</summary>
    AllowanceOut = 9,
    AllowanceIn = 10,

    /// <summary>
    /// Amount zero: the entry of a commit that moves no money (a status change, a withdrawal paid out). It claims the
    /// account's next sequence, so every commit claims one and the entries' key refuses a stale writer (decision
    /// 0010); journals leave it out.
    /// </summary>
    Marker = 11,
}
