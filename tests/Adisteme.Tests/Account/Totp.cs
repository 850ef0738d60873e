using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Adisteme.Tests.Account;

/// <summary>
/// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits), written here so
/// the test plays the authenticator app without trusting the code under test.
/// </summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 authenticator apps use HMAC-SHA1; here it only reproduces their codes (CA5350 does not apply).
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        // RFC 4226 §5.3 dynamic truncation.
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 (A–Z, 2–7), spaces and case ignored as authenticator apps do.</summary>
    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not ' ' and not '='))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            Assert.True(value >= 0, $"not base32: {c}");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }
        return bytes.ToArray();
    }
}

public sealed class TotpTests
{
    /// <summary>RFC 6238 Appendix B, SHA-1 key "12345678901234567890", last six digits of the eight-digit vectors.</summary>
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_Rfc6238Vectors_Match(long unixSeconds, string expected)
    {
        const string key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"
        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
