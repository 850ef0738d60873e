using Adisteme.Web.Features.Account;

namespace Adisteme.Tests.Account;

public sealed class TwoFactorCodesTests
{
    [Theory]
    [InlineData("123456", "123456", true)]
    [InlineData(" 123 456 ", "123456", true)]
    [InlineData("ABCDE-FGH23", "ABCDE-FGH23", false)]
    [InlineData("abcde-fgh23", "ABCDE-FGH23", false)]
    [InlineData("abcdefgh23", "ABCDE-FGH23", false)]
    [InlineData("12345", "12345", false)]
    [InlineData("1234567", "1234567", false)]
    [InlineData("", "", false)]
    [InlineData(null, "", false)]
    public void Parse_TypedCode_ReadsAppOrRecoveryCode(string? typed, string value, bool isAuthenticator)
    {
        Assert.Equal(new TwoFactorCodes(value, isAuthenticator), TwoFactorCodes.Parse(typed));
    }

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOP", "abcd efgh ijkl mnop")]
    [InlineData("ABCDEF", "abcd ef")]
    [InlineData("", "")]
    public void FormatKey_GroupsOfFourInLowerCase(string key, string expected)
    {
        Assert.Equal(expected, TwoFactorCodes.FormatKey(key));
    }

    [Fact]
    public void AuthenticatorUri_FollowsKeyUriFormatWithIssuer()
    {
        Assert.Equal("otpauth://totp/Adisteme:d%C3%A1na%40school?secret=ABC234&issuer=Adisteme&digits=6",
            TwoFactorCodes.AuthenticatorUri("Adisteme", "dána@school", "ABC234"));
    }
}
