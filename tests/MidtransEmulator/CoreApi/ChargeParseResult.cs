namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>
/// Either a valid <see cref="Request"/> or <see cref="Errors"/>. <see cref="OrderId"/> is the raw order_id
/// whenever the body had one, valid or not, so every charge attempt can be counted against it.
/// </summary>
public sealed record ChargeParseResult(string? OrderId, ChargeRequest? Request, IReadOnlyList<string> Errors);
