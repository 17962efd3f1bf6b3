using Cashless.WebApi.Json;

namespace Cashless.WebApi.Tests.Json;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("siti@sekolah.sch.id")]
    [InlineData("First.Last+tag@Example.COM")]
    public void IsValid_PlainAddress_ReturnsTrue(string email) => Assert.True(EmailAddress.IsValid(email));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("@example.test")]
    [InlineData("a@")]
    [InlineData("a@localhost")]
    [InlineData("a@b@example.test")]
    [InlineData(" a@example.test")]
    [InlineData("a@example.test.")]
    [InlineData("Name <a@example.test>")]
    public void IsValid_NotAPlainAddress_ReturnsFalse(string email) => Assert.False(EmailAddress.IsValid(email));

    [Fact]
    public void IsValid_LongerThan254_ReturnsFalse() =>
        Assert.False(EmailAddress.IsValid(new string('a', 245) + "@example.test"));
}
