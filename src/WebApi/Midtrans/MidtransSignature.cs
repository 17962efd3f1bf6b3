using System.Security.Cryptography;
using System.Text;

namespace Cashless.WebApi.Midtrans;

/// <summary>signature_key = lowercase hex SHA-512 of order_id + status_code + gross_amount + server key, as sent.</summary>
public static class MidtransSignature
{
    public static string Compute(string orderId, string statusCode, string grossAmount, string serverKey) =>
        Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(orderId + statusCode + grossAmount + serverKey)));

    /// <summary>Compares in constant time, so the time taken says nothing about how much of a forgery matched.</summary>
    public static bool IsValid(MidtransTransaction notification, string serverKey)
    {
        if (notification is not { OrderId: { } orderId, StatusCode: { } statusCode, GrossAmount: { } gross, SignatureKey: { } given })
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(orderId, statusCode, gross, serverKey));
        var actual = Encoding.ASCII.GetBytes(given.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
