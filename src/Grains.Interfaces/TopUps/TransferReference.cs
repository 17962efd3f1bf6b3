namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>
/// How two bank-transfer claims are found to name the same transfer: their references compared without case and
/// without white space, as people retype them ("trf 0042" is "TRF0042"). Other characters count: "TRF-0042" is not
/// "TRF0042". Only ASCII letters change case, so every store computes the same key.
/// </summary>
public static class TransferReference
{
    public static string Key(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return string.Create(reference.Count(c => !char.IsWhiteSpace(c)), reference, static (key, text) =>
        {
            var at = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    key[at++] = char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c;
                }
            }
        });
    }
}
