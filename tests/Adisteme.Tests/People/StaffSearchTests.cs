using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.People;

/// <summary>The staff list: search in any letter case (Kazakh letters too), by IIN, filters and paging.</summary>
public sealed class StaffSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("әбдірахман")]
    [InlineData("ӘБДІРАХМАН")]
    [InlineData("гүлжан әбдір")]
    [InlineData("ҚҰРМАНҒАЛИҚЫЗЫ")]
    public async Task Search_KazakhLettersInAnotherCase_FindsThePerson(string q)
    {
        await EnsurePersonAsync();
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Organizations/People?q=" + Uri.EscapeDataString(q));

        var row = Assert.Single(StaffData.Rows(doc));
        Assert.Equal("Әбдірахманова Гүлжан Құрманғалиқызы", row[0]);
    }

    [Fact]
    public async Task Search_WordThatMatchesNobody_ShowsNoRows()
    {
        await EnsurePersonAsync();
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Organizations/People?q=" + Uri.EscapeDataString("әбдірахман жоқсөз"));

        Assert.Empty(StaffData.Rows(doc));
        Assert.Contains("Іздеуге сәйкес ешкім табылмады.", doc.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByIin_FindsThePerson()
    {
        var iin = StaffData.ValidIin("880412", 77);
        await app.AddPersonAsync(StaffData.School101, "Жақсылықов", "Ерасыл", iin: iin);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Organizations/People?q=" + iin);

        var row = Assert.Single(StaffData.Rows(doc));
        Assert.Equal("Жақсылықов Ерасыл", row[0]);
        Assert.Equal("№ 101 ЖББМ", row[1]);
    }

    [Fact]
    public async Task List_Administrator_FiftyPerPageThenTheRest()
    {
        var total = await app.WithDbAsync(db => db.Employments.CountAsync(e => e.EndedOn == null));
        Assert.True(total is > 50 and < 100, $"the demo data should have between 50 and 100 current posts, has {total}");
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");

        var first = await client.GetPageAsync("/Organizations/People");
        var second = await client.GetPageAsync("/Organizations/People?page=2");

        Assert.Equal(50, StaffData.Rows(first).Count);
        Assert.Equal(total - 50, StaffData.Rows(second).Count);
        Assert.Contains($"Табылды: {total}", first.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("a[rel=next][href*='page=2']"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task List_SubjectAndPositionFilters_ShowOnlyMatchingPostsWithSubjectNamesInRussian()
    {
        var subjectId = await app.WithDbAsync(db => db.Subjects.Where(s => s.Code == "mathematics").Select(s => s.Id).SingleAsync());
        var expected = await app.WithDbAsync(db => db.Employments.CountAsync(e => e.EndedOn == null && e.Position == Position.Teacher
            && e.Subjects.Any(x => x.SubjectId == subjectId)));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(StaffData.RussianSpeaker);
        await client.UseLanguageAsync("ru-RU");

        var doc = await client.GetPageAsync($"/Organizations/People?subjectId={subjectId}&position=Teacher");

        var rows = StaffData.Rows(doc);
        Assert.Equal(expected, rows.Count);
        Assert.True(rows.Count > 0);
        Assert.All(rows, r => Assert.Equal("Учитель-предметник", r[2]));
        Assert.All(rows, r => Assert.Contains("Математика", r[3], StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_RussianInterface_ShowsSubjectNamesInRussian()
    {
        var subjectId = await app.WithDbAsync(db => db.Subjects.Where(s => s.Code == "kazakh-language").Select(s => s.Id).SingleAsync());
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(StaffData.RussianSpeaker);
        await client.UseLanguageAsync("ru-RU");

        var doc = await client.GetPageAsync($"/Organizations/People?subjectId={subjectId}");

        Assert.NotEmpty(StaffData.Rows(doc));
        Assert.All(StaffData.Rows(doc), r => Assert.Contains("Казахский язык", r[3], StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_OrganizationFilter_ShowsOnlyThatOrganization()
    {
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        var expected = await app.WithDbAsync(db => db.Employments.CountAsync(e => e.EndedOn == null && e.OrganizationId == gymnasium));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");

        var doc = await client.GetPageAsync($"/Organizations/People?organizationId={gymnasium}");

        Assert.Equal(expected, StaffData.Rows(doc).Count);
        Assert.All(StaffData.Rows(doc), r => Assert.Equal(StaffData.Gymnasium, r[1]));
    }

    [Fact]
    public async Task List_HtmxRequest_ReturnsOnlyTheResultsFragment()
    {
        await EnsurePersonAsync();
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Organizations/People?q=" + Uri.EscapeDataString("әбдірахман"), UriKind.Relative));
        request.Headers.Add("HX-Request", "true");

        var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(StaffData.Rows(await TestClient.ParseAsync(html)));
    }

    [Fact]
    public async Task List_WithoutJavaScript_IsAPlainGetFormThatHtmxEnhances()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Organizations/People");

        var form = doc.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/Organizations/People", form.GetAttribute("action"));
        Assert.Equal("#results", form.GetAttribute("hx-target"));
        Assert.Equal("true", form.GetAttribute("hx-push-url"));
        Assert.NotNull(doc.QuerySelector("header nav a[href='/Organizations/People']"));
    }

    private async Task EnsurePersonAsync()
    {
        if (!await app.WithDbAsync(db => db.People.AnyAsync(p => p.Surname == "Әбдірахманова")))
        {
            await app.AddPersonAsync(StaffData.School101, "Әбдірахманова", "Гүлжан", "Құрманғалиқызы");
        }
    }
}
