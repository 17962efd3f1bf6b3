using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A top-up of any channel. The common fields are always present; the fields of one channel or state are present only
/// where they apply: <c>orderId, bank, vaNumber | billerCode + billKey, expiresAt</c> for a virtual account;
/// <c>senderBank, senderAccountName, transferReference</c> for a bank transfer, plus <c>possibleDuplicateOf</c> when another
/// claim carried its reference first and <c>destination</c> while it awaits review; <c>recovered, owed</c> once reversed; <c>balanceAfter</c> only in the answer to a cash-desk top-up.
/// </summary>
public sealed record TopUpResponse(
    string Id,
    string AccountId,
    TopUpChannel Channel,
    TopUpStatus Status,
    long Amount,
    string? Note,
    string? CreatedBy,
    string? ReviewedBy,
    string? Reason,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The Midtrans order_id (the top-up's id).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrderId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Bank { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VaNumber { get; init; }

    /// <summary>Mandiri bill payment: the company code to pay to, with <see cref="BillKey"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BillerCode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BillKey { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? ExpiresAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SenderBank { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SenderAccountName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TransferReference { get; init; }

    /// <summary>A bank transfer: the earliest other claim with the same reference (case and white space ignored) when it was made.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PossibleDuplicateOf { get; init; }

    /// <summary>Where to send a bank transfer that awaits review.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TransferDestination? Destination { get; init; }

    /// <summary>A reversed top-up: how much was taken back from the wallet.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Recovered { get; init; }

    /// <summary>A reversed top-up: what the wallet could not give back and still owes (its account is frozen while it does).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Owed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? BalanceAfter { get; init; }

    public static TopUpResponse Of(TopUpRecord topUp, TransferDestination? destination = null, long? balanceAfter = null)
    {
        ArgumentNullException.ThrowIfNull(topUp);
        var account = topUp.VirtualAccount;
        var transfer = topUp.BankTransfer;
        var reversed = topUp.Status == TopUpStatus.Reversed;
        return new TopUpResponse(topUp.Id, topUp.AccountId, topUp.Channel, topUp.Status, topUp.Amount.Rupiah, topUp.Note,
            topUp.CreatedBy, topUp.ReviewedBy, topUp.Reason, ApiTime.Of(topUp.CreatedAt), ApiTime.Of(topUp.UpdatedAt))
        {
            OrderId = topUp.Channel == TopUpChannel.VirtualAccount ? topUp.Id : null,
            Bank = account?.Bank,
            VaNumber = account?.VaNumber,
            BillerCode = account?.BillerCode,
            BillKey = account?.BillKey,
            ExpiresAt = account?.ExpiresAt is { } expiresAt ? ApiTime.Of(expiresAt) : null,
            SenderBank = transfer?.SenderBank,
            SenderAccountName = transfer?.SenderAccountName,
            TransferReference = transfer?.TransferReference,
            PossibleDuplicateOf = topUp.PossibleDuplicateOf,
            Destination = topUp.Status == TopUpStatus.AwaitingReview ? destination : null,
            Recovered = reversed ? topUp.Recovered.Rupiah : null,
            Owed = reversed ? (topUp.Amount - topUp.Recovered).Rupiah : null,
            BalanceAfter = balanceAfter,
        };
    }
}
