using System.Net;
using Adisteme.Tests.Infrastructure;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Account;

/// <summary>The own-account page: linked staff record, roles with named scopes, and the remembered language.</summary>
public sealed class ManageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Manage_Director_ShowsLinkedPersonRoleWithSchoolAndSecurityLinks()
    {
        var person = await app.WithDbAsync(db => db.People.Where(p => p.UserId == db.Users.Single(u => u.UserName == "director").Id)
            .Select(p => new { p.Id, p.Surname }).SingleAsync());
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Account/Manage");

        var main = doc.QuerySelector("main")!;
        var link = main.QuerySelector($"a[href='/Organizations/People/Details/{person.Id}']");
        Assert.NotNull(link);
        Assert.Contains(person.Surname, link!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Директор — № 101 жалпы білім беретін мектеп", main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("a[href='/Account/ChangePassword']"));
        Assert.NotNull(main.QuerySelector("a[href='/Account/TwoFactor']"));
        Assert.Equal("kk-KZ", ((IHtmlSelectElement)main.QuerySelector("select[name=culture]")!).Value);
    }

    [Fact]
    public async Task Manage_Administrator_HoldsRoleInTheWholeSystemAndHasNoStaffRecord()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        var text = (await client.GetPageAsync("/Account/Manage")).QuerySelector("main")!.TextContent;
        Assert.Contains("Әкімші — Бүкіл жүйе", text, StringComparison.Ordinal);
        Assert.Contains("Бұл логин қызметкер карточкасымен байланыстырылмаған.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manage_LanguageSelect_SavesPreferredCultureAndFollowsTheUserToTheNextSignIn()
    {
        await AccountTestUsers.CreateAsync(app, "language.user");
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("language.user");
        var form = (await client.GetPageAsync("/Account/Manage")).QuerySelector("select[name=culture]")!.Closest("form");
        Assert.Equal("/Culture", form!.GetAttribute("action"));

        var response = await client.PostFormAsync("/Culture", new() { ["culture"] = "ky-KG", ["returnUrl"] = "/Account/Manage" }, formPage: "/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/Account/Manage");
        Assert.Equal("ky", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ky-KG", ((IHtmlSelectElement)page.QuerySelector("select[name=culture]")!).Value);
        Assert.Equal("ky-KG", (await AccountTestUsers.LoadAsync(app, "language.user")).PreferredCulture);

        // Another browser without the cookie gets the chosen language right after sign-in.
        using var other = app.CreateTestClient();
        await other.SignInAsAsync("language.user");
        Assert.Equal("ky", (await other.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }
}
