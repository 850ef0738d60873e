using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Associations.Screens.Overview.OversightWorld;

namespace Adisteme.Tests.Associations.Screens.Overview;

/// <summary>/Associations/Overview on the demo data: one row per organization, figures from the rules, scope and filters.</summary>
public sealed class OverviewScreenTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Ids(int City, int Rural, int School101, int Gymnasium, int Centre, int GymMo);

    private Task<Ids> IdsAsync() => app.WithDbAsync(async db => new Ids(
        await db.Districts.Where(d => d.Name == "Қостанай қаласы").Select(d => d.Id).SingleAsync(),
        await db.Districts.Where(d => d.Name == "Алтынсарин ауданы").Select(d => d.Id).SingleAsync(),
        await OrganizationAsync(db, School101),
        await OrganizationAsync(db, Gymnasium),
        await db.Organizations.Where(o => o.Kind == Adisteme.Web.Features.Organizations.Domain.OrganizationKind.MethodologicalCenter).Select(o => o.Id).SingleAsync(),
        await BodyAsync(db, Gymnasium, GymClassTeachers)));

    private async Task<TestClient> AsAsync(string login)
    {
        var client = app.CreateTestClient();
        await client.SignInAsAsync(login);
        return client;
    }

    private static string Cell(IDocument page, string rowId, string cell) => page.QuerySelector($"tr#{rowId} td.{cell}")!.TextContent.Trim();

    [Fact]
    public async Task R20_Methodologist_CityRowsWithTheGymnasiumBehindAndSchool101Figures()
    {
        var ids = await IdsAsync();
        // Overdue decisions of school 101's signed minutes, counted straight from the data.
        var overdue101 = await app.WithDbAsync(db => (
            from d in db.MeetingDecisions
            join r in db.MeetingMinutes on d.MinutesId equals r.Id
            join m in db.Meetings on r.MeetingId equals m.Id
            where r.Status == MinutesStatus.Locked && d.Status == DecisionStatus.Open && d.DueDate < Today
                && db.MethodologicalBodies.Any(b => b.Id == m.BodyId && b.OrganizationId == ids.School101)
            select d.Id).CountAsync());
        using var client = await AsAsync("methodologist");

        var page = await client.GetPageAsync("/Associations/Overview");

        Assert.Contains("Қостанай қаласы", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"tr#org-{ids.Centre}"));
        Assert.Equal("1", Cell(page, $"org-{ids.Gymnasium}", "behind"));
        Assert.Equal("problem", page.QuerySelector($"tr#org-{ids.Gymnasium}")!.ClassName);
        var gymBody = page.QuerySelector($"tr#org-{ids.Gymnasium} li[data-rule='R20'] a")!;
        Assert.Equal($"/Associations/Details/{ids.GymMo}", gymBody.GetAttribute("href"));
        Assert.Equal("0", Cell(page, $"org-{ids.School101}", "behind"));
        // School 101: mathematics and class teachers held 2 each, the council 2; one meeting a quarter is due by now (quarter 1 ended).
        Assert.Equal("6 / 3", Cell(page, $"org-{ids.School101}", "held"));
        Assert.Equal(overdue101.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(page, $"org-{ids.School101}", "decisions"));
        Assert.True(overdue101 >= 2);
        // Plans: two approved associations, the council's submitted.
        var plans = page.QuerySelectorAll($"tr#org-{ids.School101} td.num").Take(5).Select(td => td.TextContent.Trim());
        Assert.Equal(["0", "1", "0", "2", "0"], plans);
        // The district's own bodies are in Алтынсарин ауданы, not here.
        Assert.Null(page.QuerySelector("tr#district"));
    }

    [Fact]
    public async Task R20_OnlyProblems_KeepsOrganizationsWithABodyInTrouble()
    {
        var ids = await IdsAsync();
        using var client = await AsAsync("methodologist");

        var page = await client.GetPageAsync($"/Associations/Overview?districtId={ids.City}&problems=true");

        Assert.NotNull(page.QuerySelector($"tr#org-{ids.Gymnasium}"));
        Assert.Null(page.QuerySelector($"tr#org-{ids.Centre}"));
        Assert.True(page.QuerySelector("input[name=problems]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task R6_Centre_RuralDistrictShowsTheDistrictAssociationFirst()
    {
        var ids = await IdsAsync();
        using var client = await AsAsync("centre");

        var page = await client.GetPageAsync($"/Associations/Overview?districtId={ids.Rural}");

        var first = page.QuerySelector("tbody tr")!;
        Assert.Equal("district", first.Id);
        Assert.Contains("Алтынсарин ауданы: аудандық және мектепаралық бірлестіктер", first.TextContent, StringComparison.Ordinal);
        Assert.Contains(DistrictMo, first.TextContent, StringComparison.Ordinal);
        // One held of the two a year; none due yet by the even spread (R6).
        Assert.Equal("1 / 0", Cell(page, "district", "held"));
        Assert.Equal("0", Cell(page, "district", "behind"));
        // The centre may pick any district of its region.
        Assert.Equal(2, page.QuerySelectorAll("select[name=districtId] option").Length);
    }

    [Fact]
    public async Task Deputy_DefaultsToOwnSchoolAndCannotOpenTheDistrictOrAnotherSchool()
    {
        var ids = await IdsAsync();
        using var client = await AsAsync("deputy");

        var page = await client.GetPageAsync("/Associations/Overview");

        Assert.Equal([$"org-{ids.School101}"], page.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.Contains("№ 101 ЖББМ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Associations/Overview?districtId={ids.City}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Associations/Overview?organizationId={ids.Gymnasium}")).StatusCode);
    }

    [Fact]
    public async Task Teacher_Forbidden()
    {
        var ids = await IdsAsync();
        using var client = await AsAsync("teacher");

        var response = await client.GetAsync($"/Associations/Overview?organizationId={ids.School101}");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"expected 403, got {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Associations/Overview?organizationId={ids.Gymnasium}")).StatusCode);
    }

    [Fact]
    public async Task Menu_OverviewOfferedToTheDistrictNotToTeachers()
    {
        using var methodologist = await AsAsync("methodologist");
        using var teacher = await AsAsync("teacher");

        Assert.NotNull((await methodologist.GetPageAsync("/")).QuerySelector("a[href='/Associations/Overview']"));
        Assert.Null((await teacher.GetPageAsync("/")).QuerySelector("a[href='/Associations/Overview']"));
    }
}
