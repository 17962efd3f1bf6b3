namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>
/// The state machine of one top-up, keyed by its id (which is also the Midtrans order_id). Calls are serialized,
/// so a notification, a reconciliation pass and an admin review of the same top-up never interleave. Each
/// transition that moves money is committed together with the credit by the account grain.
/// </summary>
[Alias("Cashless.ITopUpGrain")]
public interface ITopUpGrain : IGrainWithStringKey
{
    [Alias("Read")]
    Task<TopUpRecord?> Read();

    /// <summary>
    /// Records a pending virtual-account top-up before the gateway is asked to charge. <paramref name="createdBy"/> is
    /// the guardian who opened it for its student (null when the owner did).
    /// </summary>
    [Alias("OpenVirtualAccount")]
    Task<TopUpResult> OpenVirtualAccount(string accountId, Money amount, string bank, string? createdBy = null);

    /// <summary>Keeps what the gateway issued (VA number, expiry) on a pending top-up.</summary>
    [Alias("RecordCharge")]
    Task<TopUpResult> RecordCharge(VirtualAccountDetails issued);

    /// <summary>The gateway refused the charge: the top-up fails without money.</summary>
    [Alias("MarkFailed")]
    Task<TopUpResult> MarkFailed(string reason);

    /// <summary>Applies a verified gateway status; duplicates and stale statuses change nothing.</summary>
    [Alias("ApplyGatewayReport")]
    Task<TopUpResult> ApplyGatewayReport(GatewayReport report);

    /// <summary>A claim for an admin to review; <paramref name="createdBy"/> as for <see cref="OpenVirtualAccount"/>.</summary>
    [Alias("OpenBankTransfer")]
    Task<TopUpResult> OpenBankTransfer(string accountId, Money amount, BankTransferDetails transfer, string? createdBy = null);

    /// <summary>
    /// Cash taken at the desk. Credited at once, unless it is above <c>CashDesk:ReviewAbove</c> or past the admin's
    /// <c>CashDesk:DailyCountBeforeReview</c>-th of the school's day: then it awaits review, credited only when another
    /// admin approves. A credited repeat of its operation id answers with the first top-up.
    /// </summary>
    [Alias("RecordCashDesk")]
    Task<TopUpResult> RecordCashDesk(CashDeskTopUp desk);

    /// <summary>Credits once; a cash-desk top-up cannot be approved by the admin who took the cash (<see cref="TopUpOutcome.SameAdmin"/>).</summary>
    [Alias("Approve")]
    Task<TopUpResult> Approve(string adminId);

    [Alias("Reject")]
    Task<TopUpResult> Reject(string adminId, string reason);
}
