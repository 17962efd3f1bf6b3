namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>The Midtrans error body: <c>{"status_code","status_message","id"}</c>, plus validation messages on a 400.</summary>
public sealed record MidtransError(
    string StatusCode,
    string StatusMessage,
    string Id,
    IReadOnlyList<string>? ValidationMessages = null)
{
    public static MidtransError Unauthorized() => New("401", "Unknown Merchant server_key/id");

    public static MidtransError Validation(IReadOnlyList<string> messages) =>
        New("400", "One or more parameters in the payload is invalid.") with { ValidationMessages = messages };

    public static MidtransError NotFound() => New("404", "The requested resource is not found");

    public static MidtransError DuplicateOrderId() =>
        New("406", "order_id has been paid and utilized, please use another order ID");

    public static MidtransError CannotModify() => New("412", "Merchant cannot modify the status of the transaction");

    public static MidtransError Internal() =>
        New("500", "Sorry. Our system is recovering from unexpected issues. Please retry.");

    private static MidtransError New(string statusCode, string message) =>
        new(statusCode, message, Guid.NewGuid().ToString());
}
