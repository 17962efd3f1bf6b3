using System.Text.Json;
using Cashless.Grains.Common;

namespace Cashless.WebApi.Json;

/// <summary>
/// Reads the fields of a JSON object strictly and collects one list of messages per field. Each getter returns a
/// placeholder when the field is wrong, so a request type reads all its fields and reports every error at once.
/// Names are matched exactly (camelCase), unknown fields are ignored.
/// </summary>
public sealed class JsonRequestReader
{
    public const int MaxEmailLength = 254;

    private readonly JsonElement _root;
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public JsonRequestReader(JsonElement root, LimitsOptions limits)
    {
        _root = root;
        Limits = limits;
    }

    public LimitsOptions Limits { get; }

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    public void AddError(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    public bool Has(string field) => _root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A required string of <paramref name="minLength"/>..<paramref name="maxLength"/> characters.</summary>
    public string RequiredString(string field, int minLength, int maxLength)
    {
        if (!TryGet(field, out var value))
        {
            AddError(field, "is required");
            return string.Empty;
        }

        return CheckString(field, value, minLength, maxLength) ?? string.Empty;
    }

    /// <summary>An optional string of at most <paramref name="maxLength"/> characters; null when absent or null.</summary>
    public string? OptionalString(string field, int maxLength) =>
        TryGet(field, out var value) ? CheckString(field, value, 0, maxLength) : null;

    /// <summary>A required display name: 1..<paramref name="maxLength"/> characters once trimmed, no control characters.</summary>
    public string RequiredName(string field, int maxLength)
    {
        var name = RequiredString(field, 1, int.MaxValue).Trim();
        if (_errors.ContainsKey(field))
        {
            return string.Empty;
        }

        if (name.Length is 0 || name.Length > maxLength)
        {
            AddError(field, $"must be 1 to {maxLength} characters");
        }
        else if (name.Any(char.IsControl))
        {
            AddError(field, "must not contain control characters");
        }

        return name;
    }

    /// <summary>A required e-mail address, returned lower-cased (addresses are case-insensitive here).</summary>
    public string RequiredEmail(string field)
    {
        var email = RequiredString(field, 1, int.MaxValue);
        if (_errors.ContainsKey(field))
        {
            return string.Empty;
        }

        if (!EmailAddress.IsValid(email))
        {
            AddError(field, "must be a valid e-mail address");
            return string.Empty;
        }

        return EmailAddress.Normalize(email);
    }

    /// <summary>
    /// A required amount of rupiah: a JSON integer literal (no fraction, exponent or quotes) in
    /// <paramref name="min"/>..<paramref name="max"/>.
    /// </summary>
    public long RequiredAmount(string field, long min, long max)
    {
        if (!TryGet(field, out var value))
        {
            AddError(field, "is required");
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            AddError(field, "must be a JSON integer, not a string or other value");
            return 0;
        }

        var raw = value.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            AddError(field, "must be a whole number of rupiah, without fraction or exponent");
            return 0;
        }

        if (!value.TryGetInt64(out var amount) || amount < min || amount > max)
        {
            AddError(field, $"must be between {min} and {max}");
            return 0;
        }

        return amount;
    }

    /// <summary>A required string that is exactly one of <paramref name="allowed"/> (compared ordinally).</summary>
    public string RequiredOneOf(string field, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var text = RequiredString(field, 1, int.MaxValue);
        if (!_errors.ContainsKey(field) && !allowed.Contains(text, StringComparer.Ordinal))
        {
            AddError(field, $"must be one of: {string.Join(", ", allowed)}");
            return string.Empty;
        }

        return text;
    }

    /// <summary>
    /// A required string of <paramref name="minLength"/>..<paramref name="maxLength"/> characters that all pass
    /// <paramref name="allowed"/>, described to the client as <paramref name="what"/> (e.g. "digits").
    /// </summary>
    public string RequiredToken(string field, int minLength, int maxLength, Func<char, bool> allowed, string what)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var text = RequiredString(field, 1, int.MaxValue);
        if (!_errors.ContainsKey(field) && (text.Length < minLength || text.Length > maxLength || !text.All(allowed)))
        {
            AddError(field, $"must be {minLength} to {maxLength} {what}");
            return string.Empty;
        }

        return text;
    }

    /// <summary>An optional JSON <c>true</c> or <c>false</c>; null when absent or null.</summary>
    public bool? OptionalBoolean(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        AddError(field, "must be true or false");
        return null;
    }

    /// <summary>An optional value out of <paramref name="names"/>; null when absent or null.</summary>
    public TEnum? OptionalEnum<TEnum>(string field, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!TryGet(field, out var value))
        {
            return null;
        }

        if (TryGetText(value, out var name) && names.TryGetValue(name, out var parsed))
        {
            return parsed;
        }

        AddError(field, $"must be one of: {string.Join(", ", names.Keys)}");
        return null;
    }

    /// <summary>A JSON string as text; false for escapes that are not valid UTF-16, such as a lone surrogate.</summary>
    private static bool TryGetText(JsonElement value, out string text)
    {
        text = string.Empty;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private bool TryGet(string field, out JsonElement value) =>
        _root.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;

    private string? CheckString(string field, JsonElement value, int minLength, int maxLength)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            AddError(field, "must be a string");
            return null;
        }

        if (!TryGetText(value, out var text))
        {
            AddError(field, "must be valid Unicode text");
            return null;
        }

        if (text.Length == 0 && minLength > 0)
        {
            AddError(field, "must not be empty");
            return null;
        }

        if (text.Length < minLength || text.Length > maxLength)
        {
            AddError(field, maxLength == int.MaxValue
                ? $"must be at least {minLength} characters"
                : $"must be {minLength} to {maxLength} characters");
            return null;
        }

        return text;
    }
}
