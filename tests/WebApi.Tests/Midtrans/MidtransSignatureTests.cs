using Cashless.WebApi.Midtrans;

namespace Cashless.WebApi.Tests.Midtrans;

/// <summary>The vectors of shared/spec/midtrans.md §4 (the docs' inputs, digests computed with Python's hashlib).</summary>
public sealed class MidtransSignatureTests
{
    [Theory]
    [InlineData("1111", "200", "100000.00", "askvnoibnosifnboseofinbofinfgbiufglnbfg",
        "edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231")]
    [InlineData("TOPUP-000123", "200", "150000.00", "SB-Mid-server-TESTKEY",
        "a3cdaa9e0186d1e618e548816e2a785e677e982baa9ff11c3baaae1f8ffd98948715328e2922dcb296486952903096d068720533c4801760ad30eeaefb3f25d8")]
    [InlineData("TOPUP-000123", "201", "150000.00", "SB-Mid-server-TESTKEY",
        "7dc9922849e3b573afbb4a248735904e786f3f12dc99907efcd6a80538ca37f3464d838cecedd1b5d18557533551fd93cf6d43d9ea1ccb499e1b3a50862878c2")]
    [InlineData("TOPUP-000123", "200", "150000", "SB-Mid-server-TESTKEY",
        "bf5a44d8b8630c7f0923f8f1f66c9f5e32a14966b8f61908e45dda344a99a9476bf58fe4e69b2c5f6904e6998d6978e0d333abcdb999a894b4ff31e6d276664f")]
    public void Compute_DocumentedInputs_GivesTheKnownDigest(string orderId, string statusCode, string grossAmount, string key, string expected)
    {
        Assert.Equal(expected, MidtransSignature.Compute(orderId, statusCode, grossAmount, key));
    }

    [Fact]
    public void IsValid_SignedNotification_AcceptsItInEitherCase()
    {
        var signed = Signed();

        Assert.True(MidtransSignature.IsValid(signed, "SB-Mid-server-TESTKEY"));
        Assert.True(MidtransSignature.IsValid(signed with { SignatureKey = signed.SignatureKey!.ToUpperInvariant() }, "SB-Mid-server-TESTKEY"));
    }

    [Fact]
    public void IsValid_AnyFieldChangedOrMissing_Refuses()
    {
        var signed = Signed();

        Assert.False(MidtransSignature.IsValid(signed, "SB-Mid-server-OTHER"));
        Assert.False(MidtransSignature.IsValid(signed with { GrossAmount = "150000" }, "SB-Mid-server-TESTKEY"));
        Assert.False(MidtransSignature.IsValid(signed with { StatusCode = "201" }, "SB-Mid-server-TESTKEY"));
        Assert.False(MidtransSignature.IsValid(signed with { OrderId = "TOPUP-000124" }, "SB-Mid-server-TESTKEY"));
        Assert.False(MidtransSignature.IsValid(signed with { SignatureKey = signed.SignatureKey![..64] }, "SB-Mid-server-TESTKEY"));
        Assert.False(MidtransSignature.IsValid(signed with { SignatureKey = null }, "SB-Mid-server-TESTKEY"));
        Assert.False(MidtransSignature.IsValid(signed with { GrossAmount = null }, "SB-Mid-server-TESTKEY"));
    }

    private static MidtransTransaction Signed() => new()
    {
        OrderId = "TOPUP-000123",
        StatusCode = "200",
        GrossAmount = "150000.00",
        SignatureKey = "a3cdaa9e0186d1e618e548816e2a785e677e982baa9ff11c3baaae1f8ffd98948715328e2922dcb296486952903096d068720533c4801760ad30eeaefb3f25d8",
    };
}
