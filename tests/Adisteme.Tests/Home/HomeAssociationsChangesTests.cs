using Adisteme.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Associations.Screens.Overview.OversightWorld;

namespace Adisteme.Tests.Home;

/// <summary>"Needs attention" follows changes made through the domain: each test changes a different body of the demo.</summary>
public sealed class HomeAssociationsChangesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R35_CouncilsLastMeetingOfTheQuarterCancelled_DeputySeesTheCouncilBehind()
    {
        var council = await app.WithDbAsync(db => BodyAsync(db, School101, Council));
        Assert.Empty((await HomeAsync(app, "deputy")).QuerySelectorAll($"ul.attention li[data-kind='BodyBehind'] a[href='/Associations/Meetings/{council}']"));

        await CancelMeetingAsync(app, council, new DateOnly(2026, 12, 22));

        var page = await HomeAsync(app, "deputy");
        var line = Assert.Single(Lines(page, "BodyBehind"), l => Href(l) == $"/Associations/Meetings/{council}");
        Assert.Equal("R35", line.GetAttribute("data-rule"));
        Assert.Contains("2-тоқсанда отырыс өткізілмеген және жоспарланбаған.", line.TextContent, StringComparison.Ordinal);
        Assert.Empty(Lines(await HomeAsync(app, "teacher"), "BodyBehind"));
    }

    [Fact]
    public async Task R6_DistrictAssociationsSpringMeetingCancelled_CentreSeesItNotTheCityMethodologist()
    {
        var body = await app.WithDbAsync(db => BodyAsync(db, null, DistrictMo));

        await CancelMeetingAsync(app, body, new DateOnly(2027, 3, 17));

        var line = Assert.Single(Lines(await HomeAsync(app, "centre"), "BodyBehind"), l => Href(l) == $"/Associations/Meetings/{body}");
        Assert.Equal("R6", line.GetAttribute("data-rule"));
        Assert.Contains("Кестеден қалып отыр: 1 отырыс өткізілді, 0 жоспарланған, жылына кемінде 2 қажет.", line.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(await HomeAsync(app, "methodologist"), "BodyBehind"), l => Href(l) == $"/Associations/Meetings/{body}");
    }

    [Fact]
    public async Task R9_HeadTermEndedWithLastSchoolYear_DeputySeesTheExpiredTermTeacherDoesNot()
    {
        var bodyId = await app.WithDbAsync(async db =>
        {
            var lastYear = await db.SchoolYears.Include(y => y.Quarters)
                .SingleAsync(y => y.Country == Adisteme.Web.Features.Organizations.Domain.Country.Kazakhstan && y.StartYear == 2025);
            return await ActiveAssociationAsync(db, await OrganizationAsync(db, School101), "Бастауыш сынып мұғалімдері ӘБ",
                new DateOnly(2025, 9, 1), lastYear.EndsOn, lastYear);
        });
        var termEnd = await app.WithDbAsync(db => db.HeadAppointments.Where(a => a.BodyId == bodyId).Select(a => a.TermEnd).SingleAsync());

        var line = Assert.Single(Lines(await HomeAsync(app, "deputy"), "HeadMissing"));
        Assert.Equal($"/Associations/Head/{bodyId}", Href(line));
        Assert.Equal("R9", line.GetAttribute("data-rule"));
        Assert.Contains($"Жетекшінің өкілеттік мерзімі {termEnd.ToString("d", Kazakh)} аяқталды", line.TextContent, StringComparison.Ordinal);
        Assert.Single(Lines(await HomeAsync(app, "director"), "HeadMissing"));
        Assert.Empty(Lines(await HomeAsync(app, "teacher"), "HeadMissing"));
        Assert.Empty(Lines(await HomeAsync(app, "director.gym"), "HeadMissing"));
    }

    [Fact]
    public async Task R15_DeputyAgreesTheCouncilPlan_ItMovesToTheDirectorsHomePage()
    {
        var council = await app.WithDbAsync(db => BodyAsync(db, School101, Council));

        await AgreePlanAsync(app, council);

        var line = Assert.Single(Lines(await HomeAsync(app, "director"), "PlanToApprove"));
        Assert.Equal($"/Associations/Plans/{council}", Href(line));
        Assert.Contains("жұмыс жоспары сіздің бекітуіңізді күтуде.", line.TextContent, StringComparison.Ordinal);
        Assert.Empty(Lines(await HomeAsync(app, "deputy"), "PlanToAgree"));
        Assert.Empty(Lines(await HomeAsync(app, "director.gym"), "PlanToApprove"));
    }

    [Fact]
    public async Task UpcomingMeeting_WithinFourteenDays_ShownToMembersOnly()
    {
        var body = await app.WithDbAsync(db => BodyAsync(db, School101, ClassTeachers));
        var soon = await ScheduleMeetingAsync(app, body, Today.AddDays(7));

        var line = Assert.Single(Lines(await HomeAsync(app, "teacher"), "UpcomingMeeting"));
        Assert.Equal($"/Associations/Meetings/Details/{soon}", Href(line));
        Assert.Contains(Today.AddDays(7).ToString("d", Kazakh), line.TextContent, StringComparison.Ordinal);
        Assert.Empty(Lines(await HomeAsync(app, "director.gym"), "UpcomingMeeting"));
    }
}
