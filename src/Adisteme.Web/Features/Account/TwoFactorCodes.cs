using System.Globalization;

namespace Adisteme.Web.Features.Account;

/// <summary>
/// Reads what a person typed as a second factor: six digits from an authenticator app
/// (spaces allowed, as apps show "123 456") or a recovery code "XXXXX-XXXXX" in any case.
/// </summary>
public readonly record struct TwoFactorCodes(string Value, bool IsAuthenticatorCode)
{
    public const int RecoveryCodeCount = 10;

    public static TwoFactorCodes Parse(string? typed)
    {
        var compact = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 6 && compact.All(char.IsAsciiDigit))
        {
            return new TwoFactorCodes(compact, IsAuthenticatorCode: true);
        }
        var recovery = compact.ToUpperInvariant();
        // Identity issues recovery codes as two groups of five joined by a hyphen; people often drop it.
        if (recovery.Length == 10 && recovery.All(char.IsAsciiLetterOrDigit))
        {
            recovery = recovery[..5] + "-" + recovery[5..];
        }
        return new TwoFactorCodes(recovery, IsAuthenticatorCode: false);
    }

    /// <summary>The authenticator key in groups of four, easier to type by hand: "abcd efgh ...".</summary>
    public static string FormatKey(string key)
    {
        var lower = key.ToLowerInvariant();
        return string.Join(" ", Enumerable.Range(0, (lower.Length + 3) / 4).Select(i => lower.Substring(i * 4, Math.Min(4, lower.Length - (i * 4)))));
    }

    /// <summary>The otpauth URI an authenticator app reads from the QR code (Key Uri Format).</summary>
    public static string AuthenticatorUri(string issuer, string userName, string key) =>
        string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString(issuer), Uri.EscapeDataString(userName), key);
}
