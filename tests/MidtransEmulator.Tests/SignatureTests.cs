namespace Cashless.MidtransEmulator.Tests;

/// <summary>The vectors of midtrans.md §4, exactly.</summary>
public class SignatureTests
{
    [Fact]
    public void Compute_DocsWorkedExample_MatchesPublishedDigest()
    {
        var signature = Signature.Compute("1111", "200", "100000.00", "askvnoibnosifnboseofinbofinfgbiufglnbfg");

        Assert.Equal(
            "edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231",
            signature);
    }

    [Theory]
    [InlineData("200", "150000.00", "a3cdaa9e0186d1e618e548816e2a785e677e982baa9ff11c3baaae1f8ffd98948715328e2922dcb296486952903096d068720533c4801760ad30eeaefb3f25d8")]
    [InlineData("201", "150000.00", "7dc9922849e3b573afbb4a248735904e786f3f12dc99907efcd6a80538ca37f3464d838cecedd1b5d18557533551fd93cf6d43d9ea1ccb499e1b3a50862878c2")]
    [InlineData("202", "150000.00", "6d326e69decd60f14a280d10ae0335fca3e5acbce0ef3492833dfe95068ecc675a04b2c76122b9c93797d3aff1f52bb6633b659dbb334f07407464bdb0c8299e")]
    [InlineData("200", "150000", "bf5a44d8b8630c7f0923f8f1f66c9f5e32a14966b8f61908e45dda344a99a9476bf58fe4e69b2c5f6904e6998d6978e0d333abcdb999a894b4ff31e6d276664f")]
    public void Compute_TopUpVectors_MatchSpec(string statusCode, string grossAmount, string expected)
    {
        var signature = Signature.Compute("TOPUP-000123", statusCode, grossAmount, "SB-Mid-server-TESTKEY");

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Amount_WholeRupiah_HasTwoDecimals()
    {
        Assert.Equal("150000.00", WireFormat.Amount(150_000));
    }
}
