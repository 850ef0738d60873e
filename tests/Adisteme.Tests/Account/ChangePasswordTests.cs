using System.Net;
using Adisteme.Tests.Infrastructure;

namespace Adisteme.Tests.Account;

/// <summary>Changing one's own password: checked against the current one, localized errors, nothing written on bad input.</summary>
public sealed class ChangePasswordTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Form(string current, string next, string repeat) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = repeat,
    };

    [Fact]
    public async Task ChangePassword_WrongCurrent_ShowsLocalizedFieldErrorAndChangesNothing()
    {
        await AccountTestUsers.CreateAsync(app, "pw.wrong");
        var before = (await AccountTestUsers.LoadAsync(app, "pw.wrong")).PasswordHash;
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("pw.wrong");

        var response = await client.PostFormAsync("/Account/ChangePassword", Form("not-my-password-1", "brand-new-pass-7", "brand-new-pass-7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await TestClient.ParseAsync(response);
        Assert.Equal("Құпиясөз қате.", TestClient.FieldError(doc, "Input.CurrentPassword"));
        Assert.Null(TestClient.FieldError(doc, "Input.NewPassword"));
        Assert.Equal(before, (await AccountTestUsers.LoadAsync(app, "pw.wrong")).PasswordHash);
        using var again = app.CreateTestClient();
        await again.SignInAsAsync("pw.wrong");
    }

    [Fact]
    public async Task ChangePassword_TooShortAndMismatched_ShowFieldErrorsInRussian()
    {
        await AccountTestUsers.CreateAsync(app, "pw.short");
        var before = (await AccountTestUsers.LoadAsync(app, "pw.short")).PasswordHash;
        using var client = app.CreateTestClient();
        await client.UseLanguageAsync("ru-RU");
        await client.SignInAsAsync("pw.short");

        var mismatch = await TestClient.ParseAsync(await client.PostFormAsync("/Account/ChangePassword", Form(TestClient.DemoPassword, "brand-new-pass-7", "brand-new-pass-8")));
        Assert.Equal("Новый пароль и его повтор не совпадают.", TestClient.FieldError(mismatch, "Input.ConfirmPassword"));

        var tooShort = await TestClient.ParseAsync(await client.PostFormAsync("/Account/ChangePassword", Form(TestClient.DemoPassword, "short1", "short1")));
        Assert.Contains("10", TestClient.FieldError(tooShort, "Input.NewPassword"), StringComparison.Ordinal);
        Assert.Contains("Пароль", TestClient.FieldError(tooShort, "Input.NewPassword"), StringComparison.Ordinal);
        Assert.Equal(before, (await AccountTestUsers.LoadAsync(app, "pw.short")).PasswordHash);
    }

    [Fact]
    public async Task ChangePassword_Valid_RedirectsWithNoticeAndOnlyTheNewPasswordSignsIn()
    {
        const string newPassword = "brand-new-pass-2026";
        await AccountTestUsers.CreateAsync(app, "pw.ok");
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("pw.ok");

        var response = await client.PostFormAsync("/Account/ChangePassword", Form(TestClient.DemoPassword, newPassword, newPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location!.OriginalString);
        // Still signed in after the security stamp changed, and the notice is shown once.
        var manage = await client.GetPageAsync("/Account/Manage");
        Assert.Equal("Құпиясөзіңіз өзгертілді.", manage.QuerySelector(".notice")!.TextContent.Trim());

        using var withNew = app.CreateTestClient();
        await withNew.SignInAsAsync("pw.ok", newPassword);
        using var withOld = app.CreateTestClient();
        var old = await withOld.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "pw.ok", ["Input.Password"] = TestClient.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }
}
