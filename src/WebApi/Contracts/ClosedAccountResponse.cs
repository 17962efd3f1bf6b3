namespace Cashless.WebApi.Contracts;

/// <summary>
/// A closed account: the user (status <c>closed</c>), the balance this call paid out, and the withdrawal or payment
/// that carries it (neither when the wallet was empty, or when it was closed already).
/// </summary>
public sealed record ClosedAccountResponse(UserResponse User, long PaidOut, WithdrawalResponse? Withdrawal, PaymentResponse? Payment);
