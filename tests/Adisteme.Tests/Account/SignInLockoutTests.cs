using System.Net;
using Adisteme.Tests.Infrastructure;

namespace Adisteme.Tests.Account;

/// <summary>Five wrong passwords lock the account; even the right password is then refused.</summary>
public sealed class SignInLockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_AfterFiveFailures_RightPasswordIsRefusedAndGoesToLockout()
    {
        await AccountTestUsers.CreateAsync(app, "lockout.user");
        using var client = app.CreateTestClient();
        Dictionary<string, string> Form(string password) => new() { ["Input.UserName"] = "lockout.user", ["Input.Password"] = password };

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.PostFormAsync("/Account/Login", Form("wrong-password-" + attempt));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        Assert.Equal(4, (await AccountTestUsers.LoadAsync(app, "lockout.user")).AccessFailedCount);

        var fifth = await client.PostFormAsync("/Account/Login", Form("wrong-password-5"));
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.OriginalString);

        var sixth = await client.PostFormAsync("/Account/Login", Form(TestClient.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, sixth.StatusCode);
        Assert.Equal("/Account/Lockout", sixth.Headers.Location!.OriginalString);

        // Not signed in: the home page still sends to the sign-in page.
        var home = await client.GetAsync("/");
        Assert.StartsWith("/Account/Login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var user = await AccountTestUsers.LoadAsync(app, "lockout.user");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14), $"locked until {user.LockoutEnd}");

        var page = await client.GetPageAsync("/Account/Lockout");
        Assert.Contains("15", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FailuresBelowLimitThenSuccess_ResetsTheCount()
    {
        await AccountTestUsers.CreateAsync(app, "almost.locked");
        using var client = app.CreateTestClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "almost.locked", ["Input.Password"] = "nope-nope-" + attempt });
        }
        await client.SignInAsAsync("almost.locked");
        var user = await AccountTestUsers.LoadAsync(app, "almost.locked");
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Null(user.LockoutEnd);
    }
}
