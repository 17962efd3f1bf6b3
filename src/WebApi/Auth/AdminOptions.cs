namespace Cashless.WebApi.Auth;

/// <summary>The bootstrap admin, bound from "Admin"; created once at start-up when absent.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string Name { get; set; } = "Administrator";
}
