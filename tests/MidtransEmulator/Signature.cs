using System.Security.Cryptography;
using System.Text;

namespace Cashless.MidtransEmulator;

/// <summary>The <c>signature_key</c> of Midtrans notifications and status responses.</summary>
public static class Signature
{
    /// <summary>Lowercase hex SHA-512 of order_id + status_code + gross_amount + server key, exactly as they appear on the wire.</summary>
    public static string Compute(string orderId, string statusCode, string grossAmount, string serverKey)
    {
        var input = Encoding.UTF8.GetBytes(orderId + statusCode + grossAmount + serverKey);
        return Convert.ToHexStringLower(SHA512.HashData(input));
    }
}
