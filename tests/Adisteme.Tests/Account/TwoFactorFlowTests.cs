using System.Net;
using Adisteme.Tests.Infrastructure;
using AngleSharp.Html.Dom;

namespace Adisteme.Tests.Account;

/// <summary>
/// TOTP two-factor end to end: set up with the shared key, confirm with a code computed here
/// (RFC 6238), sign-in then needs the code, a recovery code works once, switching off needs the password.
/// </summary>
public sealed class TwoFactorFlowTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/Account/TwoFactor";

    [Fact]
    public async Task TwoFactor_FullFlow_SetUpSignInRecoveryAndSwitchOff()
    {
        const string userName = "totp.user";
        await AccountTestUsers.CreateAsync(app, userName);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(userName);

        // Set-up page: the key in groups of four and a QR code drawn inline as SVG with the otpauth URI.
        var setup = await client.GetPageAsync(Page);
        var key = setup.QuerySelector(".shared-key")!.TextContent.Trim();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.NotNull(setup.QuerySelector(".qr svg"));
        Assert.False((await AccountTestUsers.LoadAsync(app, userName)).TwoFactorEnabled);

        // A wrong code is refused next to the field and nothing is switched on.
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        var wrong = WrongCode(key);
        var refused = await client.PostFormAsync(Page + "?handler=Enable", new() { ["Input.Code"] = wrong }, formPage: Page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Код қате немесе мерзімі өткен.", TestClient.FieldError(await TestClient.ParseAsync(refused), "Input.Code"));
        Assert.False((await AccountTestUsers.LoadAsync(app, userName)).TwoFactorEnabled);

        // The right code switches it on and shows ten recovery codes, once.
        var enabled = await client.PostFormAsync(Page + "?handler=Enable", new() { ["Input.Code"] = code[..3] + " " + code[3..] }, formPage: Page);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.True((await AccountTestUsers.LoadAsync(app, userName)).TwoFactorEnabled);
        var shown = await client.GetPageAsync(Page);
        var recovery = shown.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, recovery.Count);
        Assert.Equal(10, recovery.Distinct().Count());
        Assert.Empty((await client.GetPageAsync(Page)).QuerySelectorAll(".recovery-codes code"));

        // Sign-in now stops after the password and asks for the second factor.
        using var second = app.CreateTestClient();
        var step1 = await PasswordAsync(second, userName);
        Assert.StartsWith("/Account/LoginWith2fa", step1, StringComparison.Ordinal);
        Assert.StartsWith("/Account/Login", (await second.GetAsync("/")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var badCode = await second.PostFormAsync(step1, new() { ["Input.Code"] = wrong });
        Assert.Equal("Код қате немесе мерзімі өткен.", TestClient.FieldError(await TestClient.ParseAsync(badCode), "Input.Code"));
        var withCode = await second.PostFormAsync(step1, new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.Equal("/", withCode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);

        // A recovery code works instead of the app code, but only once.
        using var third = app.CreateTestClient();
        var withRecovery = await third.PostFormAsync(await PasswordAsync(third, userName), new() { ["Input.Code"] = recovery[0] });
        Assert.Equal(HttpStatusCode.Redirect, withRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await third.GetAsync("/")).StatusCode);
        using var fourth = app.CreateTestClient();
        var reused = await fourth.PostFormAsync(await PasswordAsync(fourth, userName), new() { ["Input.Code"] = recovery[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal("Код қате немесе мерзімі өткен.", TestClient.FieldError(await TestClient.ParseAsync(reused), "Input.Code"));
        // Typed in lower case without the hyphen, another code still works.
        var typed = recovery[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var withTyped = await fourth.PostFormAsync(await PasswordAsync(fourth, userName), new() { ["Input.Code"] = typed });
        Assert.Equal(HttpStatusCode.Redirect, withTyped.StatusCode);
        Assert.Contains("Қалған қалпына келтіру кодтары: 8", (await client.GetPageAsync(Page)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Switching off needs the password; a wrong one changes nothing.
        var badPassword = await client.PostFormAsync(Page + "?handler=Disable", new() { ["Input.Password"] = "not-the-password-1" }, formPage: Page);
        Assert.Equal("Құпиясөз қате.", TestClient.FieldError(await TestClient.ParseAsync(badPassword), "Input.Password"));
        Assert.True((await AccountTestUsers.LoadAsync(app, userName)).TwoFactorEnabled);
        var off = await client.PostFormAsync(Page + "?handler=Disable", new() { ["Input.Password"] = TestClient.DemoPassword }, formPage: Page);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await AccountTestUsers.LoadAsync(app, userName)).TwoFactorEnabled);
        // The next set-up offers a new key, and sign-in needs the password only.
        Assert.NotEqual(key, (await client.GetPageAsync(Page)).QuerySelector(".shared-key")!.TextContent.Trim());
        using var fifth = app.CreateTestClient();
        Assert.Equal("/", await PasswordAsync(fifth, userName));
    }

    [Fact]
    public async Task RecoveryCodes_Regenerated_OldOnesStopWorking()
    {
        const string userName = "totp.regen";
        await AccountTestUsers.CreateAsync(app, userName);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(userName);
        var (_, first) = await EnableAsync(client);

        var regenerated = await client.PostFormAsync(Page + "?handler=RecoveryCodes", [], formPage: Page);
        Assert.Equal(HttpStatusCode.Redirect, regenerated.StatusCode);
        var fresh = Codes(await client.GetPageAsync(Page));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(first));

        using var other = app.CreateTestClient();
        var old = await other.PostFormAsync(await PasswordAsync(other, userName), new() { ["Input.Code"] = first[0] });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var current = await other.PostFormAsync(await PasswordAsync(other, userName), new() { ["Input.Code"] = fresh[0] });
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
    }

    [Fact]
    public async Task LoginWith2fa_FiveWrongCodes_LockTheAccountEvenForTheRightCode()
    {
        const string userName = "totp.lock";
        await AccountTestUsers.CreateAsync(app, userName);
        string key;
        List<string> recovery;
        using (var owner = app.CreateTestClient())
        {
            await owner.SignInAsAsync(userName);
            (key, recovery) = await EnableAsync(owner);
        }
        using var client = app.CreateTestClient();
        var step = await PasswordAsync(client, userName);
        // Wrong app codes and wrong recovery codes both count.
        string[] wrong = [WrongCode(key), WrongCode(key), "AAAAA-AAAAA", "BBBBB-BBBBB"];
        foreach (var attempt in wrong)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(step, new() { ["Input.Code"] = attempt })).StatusCode);
        }
        var fifth = await client.PostFormAsync(step, new() { ["Input.Code"] = "CCCCC-CCCCC" });
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.OriginalString);
        // Locked: neither a good recovery code nor the right app code gets in.
        var good = await client.PostFormAsync(step, new() { ["Input.Code"] = recovery[0] }, formPage: "/Account/Login");
        Assert.Equal("/Account/Lockout", good.Headers.Location!.OriginalString);
        var right = await client.PostFormAsync(step, new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, formPage: "/Account/Login");
        Assert.Equal("/Account/Lockout", right.Headers.Location!.OriginalString);

        using var later = app.CreateTestClient();
        var locked = await later.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = TestClient.DemoPassword });
        Assert.Equal("/Account/Lockout", locked.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginWith2fa_WithoutPasswordStep_SendsToSignIn()
    {
        using var client = app.CreateTestClient();
        var response = await client.GetAsync("/Account/LoginWith2fa");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Turns two-factor on for the signed-in client; returns the shared key and the recovery codes shown.</summary>
    private static async Task<(string Key, List<string> RecoveryCodes)> EnableAsync(TestClient client)
    {
        var key = (await client.GetPageAsync(Page)).QuerySelector(".shared-key")!.TextContent.Trim();
        var enabled = await client.PostFormAsync(Page + "?handler=Enable", new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, formPage: Page);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return (key, Codes(await client.GetPageAsync(Page)));
    }

    /// <summary>Six digits that are surely not the current code (nor one of its neighbours in time).</summary>
    private static string WrongCode(string key)
    {
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !valid.Contains(c));
    }

    private static List<string> Codes(IHtmlDocument doc) => doc.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();

    /// <summary>Posts the password step and returns where sign-in continues.</summary>
    private static async Task<string> PasswordAsync(TestClient client, string userName)
    {
        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = TestClient.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
