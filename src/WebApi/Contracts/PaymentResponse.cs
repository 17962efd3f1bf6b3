using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A payment. <see cref="Status"/> is <c>completed</c>, <c>reversed</c> (the payee could no longer take it and the payer
/// was credited back) or, briefly, <c>in_flight</c> (debited, credit being delivered). <see cref="BalanceAfter"/> is the
/// payer's balance after the debit and is only part of the answer to the payment's creation.
/// </summary>
public sealed record PaymentResponse(
    string Id,
    PaymentState Status,
    long Amount,
    string From,
    string To,
    string? Description,
    DateTime CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? BalanceAfter = null)
{
    public static PaymentResponse Of(PaymentView payment, long? balanceAfter)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new PaymentResponse(payment.Id, payment.State, payment.Amount.Rupiah, payment.From, payment.To,
            payment.Description, ApiTime.Of(payment.CreatedAt), balanceAfter);
    }
}
