namespace Cashless.WebApi.Midtrans;

/// <summary>The gateway did not give a usable answer (transport error, timeout, 5xx, or an error body).</summary>
public sealed class MidtransUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
