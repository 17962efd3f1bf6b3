namespace Cashless.Grains.Interfaces;

/// <summary>An amount of rupiah. IDR has no minor unit in practice, so the scale is 0 and the value is whole.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.Money")]
public readonly record struct Money([property: Id(0)] long Rupiah) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money operator +(Money a, Money b) => new(checked(a.Rupiah + b.Rupiah));

    public static Money operator -(Money a, Money b) => new(checked(a.Rupiah - b.Rupiah));

    public static Money operator -(Money a) => new(checked(-a.Rupiah));

    public static bool operator <(Money a, Money b) => a.Rupiah < b.Rupiah;

    public static bool operator >(Money a, Money b) => a.Rupiah > b.Rupiah;

    public static bool operator <=(Money a, Money b) => a.Rupiah <= b.Rupiah;

    public static bool operator >=(Money a, Money b) => a.Rupiah >= b.Rupiah;

    public bool IsPositive => Rupiah > 0;

    public int CompareTo(Money other) => Rupiah.CompareTo(other.Rupiah);

    public override string ToString() => $"IDR {Rupiah}";
}
