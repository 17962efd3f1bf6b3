namespace Cashless.WebApi.Errors;

/// <summary>The machine-readable <c>code</c> of every problem the API answers with (docs/api.md, "Error codes", checked by ApiDocumentationTests).</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MalformedJson = "malformed_json";
    public const string MissingToken = "missing_token";
    public const string InvalidToken = "invalid_token";
    public const string InvalidCredentials = "invalid_credentials";
    public const string Forbidden = "forbidden";
    public const string AccountFrozen = "account_frozen";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string EmailTaken = "email_taken";
    public const string RequestInProgress = "request_in_progress";
    public const string AlreadyReviewed = "already_reviewed";
    public const string DuplicateTransfer = "duplicate_transfer";
    public const string PayloadTooLarge = "payload_too_large";
    public const string InsufficientFunds = "insufficient_funds";
    public const string BalanceLimitExceeded = "balance_limit_exceeded";
    public const string SelfPayment = "self_payment";

    /// <summary>The payee cannot take this payment now; why (frozen, balance limit) is the payee's to know, not the payer's.</summary>
    public const string PayeeCannotReceive = "payee_cannot_receive";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";
    public const string GatewayError = "gateway_error";
    public const string GatewayNotConfigured = "gateway_not_configured";
    public const string RequestAlreadyPaid = "request_already_paid";
    public const string RequestExpired = "request_expired";
    public const string RequestCancelled = "request_cancelled";
    public const string RefundExceedsPayment = "refund_exceeds_payment";
    public const string RefundWindowClosed = "refund_window_closed";
    public const string BackupsUnsupported = "backups_unsupported";
    public const string AccountNotEmpty = "account_not_empty";

    /// <summary>409: the account is closed; it neither pays, receives, is topped up nor withdraws.</summary>
    public const string AccountClosed = "account_closed";

    /// <summary>409: closing an account while one of its top-ups is pending, awaiting review or flagged.</summary>
    public const string PendingTopUps = "pending_topups";

    /// <summary>409: closing an account while one of its withdrawals is pending.</summary>
    public const string PendingWithdrawals = "pending_withdrawals";

    /// <summary>409: closing an account whose payment stayed in flight past the wait, or while another close of it runs; send it again.</summary>
    public const string PaymentsInFlight = "payments_in_flight";
    /// <summary>422: the payment would pass the student's daily limit; the problem carries <c>remainingToday</c>.</summary>
    public const string DailyLimitExceeded = "daily_limit_exceeded";

    /// <summary>422: the payment is above the student's per-payment limit; the problem carries <c>remainingToday</c>.</summary>
    public const string PaymentLimitExceeded = "payment_limit_exceeded";

    /// <summary>422: the link code is unknown, used or expired (which one is not said).</summary>
    public const string LinkCodeInvalid = "link_code_invalid";

    /// <summary>503 with Retry-After: the store's writer is full; nothing was done, the request may be sent again.</summary>
    public const string Overloaded = "overloaded";

    /// <summary>A Midtrans notification whose signature_key does not match (401).</summary>
    public const string InvalidSignature = "invalid_signature";
    public const string ServiceUnavailable = "service_unavailable";

    /// <summary>The code of a problem that only has a status (framework answers such as an unknown route).</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ValidationFailed,
        StatusCodes.Status401Unauthorized => MissingToken,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status502BadGateway => GatewayError,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable,
        >= 500 => InternalError,
        _ => ValidationFailed,
    };
}
