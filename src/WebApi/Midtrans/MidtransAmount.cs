using System.Globalization;
using Cashless.Grains.Interfaces;

namespace Cashless.WebApi.Midtrans;

/// <summary>Midtrans writes amounts as decimal strings ("150000.00"). IDR has no minor unit, so a non-zero fraction is refused.</summary>
public static class MidtransAmount
{
    public static bool TryParse(string? text, out Money amount)
    {
        amount = Money.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (fraction.Any(c => c != '0') || (dot >= 0 && fraction.Length == 0)
            || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var rupiah))
        {
            return false;
        }

        amount = new Money(rupiah);
        return true;
    }

    public static string Format(Money amount) => amount.Rupiah.ToString(CultureInfo.InvariantCulture) + ".00";
}
