using System.Reflection;

namespace Cashless.WebApi.Auth;

/// <summary>
/// What a new password may not be, beyond its length: the user's e-mail address (or the part before the @), anything
/// containing the user's name, or one of the common passwords in <c>Auth/CommonPasswords</c>. Compared without case,
/// and the name without spaces or punctuation.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 1024;

    /// <summary>A name shorter than this (once only letters and digits are kept) is not looked for.</summary>
    public const int MinNameLength = 3;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>Why the password is refused, as a field message, or null when it is allowed.</summary>
    public static string? Refusal(string password, string email, string? name)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(email);
        var lower = password.ToLowerInvariant();
        var address = email.ToLowerInvariant();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (lower == address || (at > 0 && lower == address[..at]))
        {
            return "must not be the e-mail address";
        }

        var bareName = LettersAndDigits(name ?? string.Empty);
        if (bareName.Length >= MinNameLength && LettersAndDigits(password).Contains(bareName, StringComparison.Ordinal))
        {
            return "must not contain the name";
        }

        return Common.Value.Contains(lower) ? "is one of the most common passwords" : null;
    }

    private static string LettersAndDigits(string text) =>
        new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Cashless.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries;
    }
}
