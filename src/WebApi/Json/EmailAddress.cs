using System.Net.Mail;

namespace Cashless.WebApi.Json;

/// <summary>E-mail addresses as the API takes them: a plain <c>local@domain.tld</c>, compared lower-cased.</summary>
public static class EmailAddress
{
    public static bool IsValid(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (email.Length > JsonRequestReader.MaxEmailLength || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || !MailAddress.TryCreate(email, out var parsed))
        {
            return false;
        }

        var domain = email[(at + 1)..];
        return parsed.Address == email && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.ToLowerInvariant();
    }
}
