using Adisteme.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Associations.Screens.Overview.OversightWorld;

namespace Adisteme.Tests.Home;

/// <summary>"Needs attention" on the demo's associations, per login: own overdue decisions, plans waiting, bodies behind, unsigned minutes.</summary>
public sealed class HomeAssociationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R22_Teacher_OverdueDecisionsOfSignedMinutesLinkToTheirMeetings()
    {
        var meetings = await app.WithDbAsync(async db => await MeetingIdsAsync(db, await BodyAsync(db, School101, ClassTeachers)));

        var page = await HomeAsync(app, "teacher");

        // Meetings 1 and 2 are signed with a decision of the teacher due 14 days later; meeting 3 (12 November) is not signed yet.
        var lines = Lines(page, "OwnDecisionOverdue");
        Assert.Equal([$"/Associations/Meetings/Details/{meetings[0]}", $"/Associations/Meetings/Details/{meetings[1]}"], lines.Select(Href));
        Assert.Contains(new DateOnly(2026, 9, 14).ToString("d", Kazakh), lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("№ 1 отырыс", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("шешімінің орындалу мерзімі", lines[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R15_R20_R9_Teacher_NothingAboutOtherBodiesOrSchools()
    {
        var page = await HomeAsync(app, "teacher");

        foreach (var kind in new[] { "PlanToAgree", "PlanToApprove", "BodyBehind", "HeadMissing", "MinutesNotSigned" })
        {
            Assert.Empty(Lines(page, kind));
        }
        Assert.DoesNotContain(GymClassTeachers, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R15_Deputy_SubmittedCouncilPlanWaitsForAgreementNotForTheDirector()
    {
        var council = await app.WithDbAsync(db => BodyAsync(db, School101, Council));

        var deputy = await HomeAsync(app, "deputy");
        var director = await HomeAsync(app, "director");

        var line = Assert.Single(Lines(deputy, "PlanToAgree"));
        Assert.Equal($"/Associations/Plans/{council}", Href(line));
        Assert.Contains("жұмыс жоспары сіздің келісуіңізді күтуде.", line.TextContent, StringComparison.Ordinal);
        Assert.Empty(Lines(deputy, "PlanToApprove"));
        Assert.Empty(Lines(director, "PlanToAgree"));
        Assert.Empty(Lines(director, "PlanToApprove"));
    }

    [Fact]
    public async Task R21_Deputy_PastMeetingsWithoutSignedMinutesOfOwnSchoolOnly()
    {
        var expected = await app.WithDbAsync(async db =>
        {
            var ids = new List<int>();
            foreach (var name in new[] { Mathematics, ClassTeachers })
            {
                var body = await BodyAsync(db, School101, name);
                ids.Add(await db.Meetings.Where(m => m.BodyId == body && m.Date == new DateOnly(2026, 11, 12)).Select(m => m.Id).SingleAsync());
            }
            return ids.Select(id => $"/Associations/Meetings/Details/{id}").Order().ToList();
        });

        var page = await HomeAsync(app, "deputy");

        var lines = Lines(page, "MinutesNotSigned");
        Assert.Equal(expected, lines.Select(Href).Order());
        Assert.Contains("№ 3 отырыстың хаттамасына қол қойылмаған.", lines[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R20_DirectorOfGymnasium_ClassTeachersBehindScheduleAndNothingOfSchool101()
    {
        var (gymMo, school101Bodies) = await app.WithDbAsync(async db => (await BodyAsync(db, Gymnasium, GymClassTeachers),
            await db.MethodologicalBodies.Where(b => db.Organizations.Any(o => o.Id == b.OrganizationId && o.ShortName == School101)).Select(b => b.Id).ToListAsync()));

        var page = await HomeAsync(app, "director.gym");

        var line = Assert.Single(Lines(page, "BodyBehind"));
        Assert.Equal($"/Associations/Meetings/{gymMo}", Href(line));
        Assert.Equal("R20", line.GetAttribute("data-rule"));
        Assert.Contains("Кестеден қалып отыр", line.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("ul.attention a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(links, href => school101Bodies.Any(id => href.EndsWith($"/{id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task R20_Methodologist_SchoolBodiesBehindLeftToTheOverview_NotEvaluatedOnTheHomePage()
    {
        var gymMo = await app.WithDbAsync(db => BodyAsync(db, Gymnasium, GymClassTeachers));

        var page = await HomeAsync(app, "methodologist");

        // The gymnasium's association is behind (the director's page above says so); the district's home page does not
        // evaluate every school body of the district on each view, it links to the overview, which does.
        Assert.DoesNotContain(page.QuerySelectorAll("ul.attention a"), a => a.GetAttribute("href")!.EndsWith($"/{gymMo}", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/Associations/Overview']"));
    }
}
