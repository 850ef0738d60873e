using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Adisteme.Tests.Performance;

namespace Adisteme.Tests.Api;

/// <summary>API clients get bearer tokens with the same password, lockout and two-factor rules as the sign-in page.</summary>
public sealed class ApiTokenTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    public static TheoryData<string> DemoLogins => new("admin", "centre", "methodologist", "director", "deputy", "head", "teacher", "commission", "director.gym");

    [Theory]
    [MemberData(nameof(DemoLogins))]
    public async Task Token_DemoUser_ReturnsBearerTokenThatOpensTheApi(string userName)
    {
        using var client = ApiClient.Anonymous(app);
        var token = await client.TokenAsync(userName);
        Assert.Equal(8 * 3600, token.GetProperty("expiresIn").GetInt64());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));

        client.UseToken(token.GetProperty("accessToken").GetString()!);
        var regions = await client.GetJsonAsync("/api/v1/regions");
        Assert.Equal(["Қостанай облысы"], ApiClient.Strings(regions.GetProperty("items"), "name"));
    }

    [Fact]
    public async Task Token_WrongPassword_Answers401ProblemInKazakh()
    {
        using var client = ApiClient.Anonymous(app);
        var problem = await ApiClient.ProblemAsync(await client.PostTokenAsync("commission", "wrong-password-1"), HttpStatusCode.Unauthorized);
        Assert.Equal("Аутентификация қажет", problem.GetProperty("title").GetString());
        Assert.Equal("Логин немесе құпиясөз қате.", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Token_UnknownLogin_AnswersTheSame401AsAWrongPassword()
    {
        using var client = ApiClient.Anonymous(app);
        var problem = await ApiClient.ProblemAsync(await client.PostTokenAsync("nobody.here"), HttpStatusCode.Unauthorized);
        Assert.Equal("Логин немесе құпиясөз қате.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_MissingFields_Answers400ValidationProblemNamingTheFields()
    {
        using var client = ApiClient.Anonymous(app, "ru-RU");
        var problem = await ApiClient.ProblemAsync(await client.PostTokenAsync(" ", password: null), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Поле «Логин» обязательно.", errors.GetProperty("userName")[0].GetString());
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.Equal("Некоторые поля заполнены неверно.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Token_FiveWrongPasswords_LocksTheAccountWith423AndRetryAfter()
    {
        var user = await app.CreateUserAsync("api.lockout");
        using var client = ApiClient.Anonymous(app, "en");
        for (var i = 0; i < 4; i++)
        {
            await ApiClient.ProblemAsync(await client.PostTokenAsync(user.UserName!, "wrong-password-" + i), HttpStatusCode.Unauthorized);
        }
        var fifth = await client.PostTokenAsync(user.UserName!, "wrong-password-5");
        var problem = await ApiClient.ProblemAsync(fifth, (HttpStatusCode)423);
        Assert.Equal("Account locked", problem.GetProperty("title").GetString());
        Assert.StartsWith("Too many failed sign-in attempts. Try again in 15 min", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(fifth.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 60, 15 * 60);

        // Locked means locked: even the right password is refused, and the lockout is in the database.
        await ApiClient.ProblemAsync(await client.PostTokenAsync(user.UserName!), (HttpStatusCode)423);
        var lockoutEnd = await app.WithUsersAsync(async users => await users.GetLockoutEndDateAsync((await users.FindByNameAsync(user.UserName!))!));
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Token_TwoFactorUser_NeedsAValidAuthenticatorCode()
    {
        var user = await app.CreateUserAsync("api.totp");
        var key = await app.WithUsersAsync(async users =>
        {
            var u = (await users.FindByNameAsync(user.UserName!))!;
            await users.ResetAuthenticatorKeyAsync(u);
            await users.SetTwoFactorEnabledAsync(u, true);
            return (await users.GetAuthenticatorKeyAsync(u))!;
        });
        using var client = ApiClient.Anonymous(app);

        var withoutCode = await ApiClient.ProblemAsync(await client.PostTokenAsync(user.UserName!), HttpStatusCode.Unauthorized);
        Assert.True(withoutCode.GetProperty("twoFactorRequired").GetBoolean());
        Assert.Equal("Аутентификатор қолданбасындағы кодты енгізіңіз.", withoutCode.GetProperty("detail").GetString());

        var wrongCode = Totp(key, DateTimeOffset.UtcNow.AddHours(-1));
        var wrong = await ApiClient.ProblemAsync(await client.PostTokenAsync(user.UserName!, code: wrongCode), HttpStatusCode.Unauthorized);
        Assert.Equal("Код қате немесе мерзімі өткен.", wrong.GetProperty("detail").GetString());

        var token = await client.TokenAsync(user.UserName!, code: Totp(key, DateTimeOffset.UtcNow));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_IssuesAWorkingAccessToken()
    {
        using var client = ApiClient.Anonymous(app);
        var first = await client.TokenAsync("deputy");
        var response = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        client.UseToken(second.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/subjects")).StatusCode);
    }

    [Fact]
    public async Task Refresh_ForgedRefreshToken_Answers401Problem()
    {
        using var client = ApiClient.Anonymous(app);
        var response = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" });
        await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    /// <summary>RFC 6238 code for a base32 authenticator key, as an authenticator app computes it.</summary>
    private static string Totp(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        // TOTP is defined over HMAC-SHA1 (RFC 6238), which is what Identity's authenticator provider checks.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
