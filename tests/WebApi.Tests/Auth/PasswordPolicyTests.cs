using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Siti.Rahma@Example.com", "must not be the e-mail address")]
    [InlineData("siti.rahma", "must not be the e-mail address")]
    [InlineData("Siti-Rahma-2026", "must not contain the name")]
    [InlineData("xx SITIRAHMA xx", "must not contain the name")]
    [InlineData("Password123", "is one of the most common passwords")]
    [InlineData("QWERTYUIOP", "is one of the most common passwords")]
    [InlineData("1q2w3e4r5t", "is one of the most common passwords")]
    [InlineData("sayang123", "is one of the most common passwords")]
    public void Refusal_WeakPassword_SaysWhy(string password, string reason) =>
        Assert.Equal(reason, PasswordPolicy.Refusal(password, "siti.rahma@example.com", "Siti Rahma"));

    [Theory]
    [InlineData("Kopi-Susu-Pagi")]
    [InlineData("Password-123")]
    [InlineData("siti-kopi-2026")] // a first name alone is not the name
    public void Refusal_OtherPassword_IsNull(string password) =>
        Assert.Null(PasswordPolicy.Refusal(password, "siti.rahma@example.com", "Siti Rahma"));

    [Fact]
    public void Refusal_ShortName_IsNotLookedFor() =>
        Assert.Null(PasswordPolicy.Refusal("Kopi-Al-Susu", "al@example.com", "Al"));
}
