namespace Cashless.WebApi.Auth;

/// <summary>Bound from "Registration".</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>When false, sign-up as a seller is refused with 403 <c>forbidden</c> and an admin creates sellers.</summary>
    public bool AllowSellerSignup { get; set; } = true;
}
