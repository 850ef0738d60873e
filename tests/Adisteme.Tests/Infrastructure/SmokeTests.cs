using System.Net;

namespace Adisteme.Tests.Infrastructure;

/// <summary>The app starts on a fresh database, answers health checks and lets a demo user in.</summary>
public sealed class StartupTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_ReadyAndLive_Answer200()
    {
        using var client = app.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Home_Anonymous_RedirectsToLogin()
    {
        using var client = app.CreateTestClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_SignedInDirector_ShowsKazakhHomeWithRole()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var doc = await client.GetPageAsync("/");
        Assert.Equal("kk", doc.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Директор", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsLocalizedErrorAndStaysOnPage()
    {
        using var client = app.CreateTestClient();
        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "teacher", ["Input.Password"] = "wrong-password-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await TestClient.ParseAsync(response);
        Assert.Contains("Логин немесе құпиясөз қате.", doc.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }
}
