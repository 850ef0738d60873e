using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Bench.Generate.Steps;
using Adisteme.Bench.Load;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// The benchmarks' smoke mode, so the harness never rots: <c>generate --scale tiny</c> on the suite's
/// provider, checked for counts, realism, determinism and for being data the app works with; then
/// the page picking and both load runners against the app over that data.
/// </summary>
public sealed class BenchSmokeTests(GeneratedDataAppFactory app) : IClassFixture<GeneratedDataAppFactory>
{
    private static readonly Scale s_tiny = Scale.Tiny;

    [Fact]
    public async Task Generate_TinyScale_WritesTheScalesCounts()
    {
        var counts = await app.WithDbAsync(async db => new
        {
            Regions = await db.Regions.CountAsync(),
            Countries = await db.Regions.Select(r => r.Country).Distinct().CountAsync(),
            Districts = await db.Districts.CountAsync(),
            Organizations = await db.Organizations.CountAsync(),
            People = await db.People.CountAsync(),
            PeopleWithoutPost = await db.People.CountAsync(p => !p.Employments.Any(e => e.EndedOn == null)),
            SmallestStaff = await db.Organizations.MinAsync(o => db.Employments.Count(e => e.OrganizationId == o.Id && e.EndedOn == null)),
            Teachers = await db.Employments.CountAsync(e => e.Position == Position.Teacher && e.EndedOn == null),
            TeachersWithoutSubject = await db.Employments.CountAsync(e => e.Position == Position.Teacher && e.EndedOn == null && !e.Subjects.Any()),
            Users = await db.Users.CountAsync(),
            Grants = await db.RoleGrants.CountAsync(),
            LinkedPeople = await db.People.CountAsync(p => p.UserId != null),
        });

        Assert.Equal(s_tiny.Regions, counts.Regions);
        Assert.Equal(2, counts.Countries);
        Assert.Equal(s_tiny.Districts, counts.Districts);
        Assert.Equal(s_tiny.Organizations, counts.Organizations);
        Assert.Equal(s_tiny.Staff, counts.People);
        Assert.Equal(0, counts.PeopleWithoutPost);
        Assert.True(counts.SmallestStaff >= 3, $"an organization has only {counts.SmallestStaff} staff");
        Assert.True(counts.Teachers > s_tiny.Staff / 3, $"only {counts.Teachers} teachers");
        Assert.Equal(0, counts.TeachersWithoutSubject);
        // admin, centre.1-2, methodologist.1-2, director/deputy/head/teacher .1-3, commission.1-3
        Assert.Equal(20, counts.Users);
        Assert.Equal(counts.Users, counts.Grants);
        Assert.True(counts.LinkedPeople >= 15, $"only {counts.LinkedPeople} logins are linked to people");
    }

    [Fact]
    public async Task Generate_TinyScale_WritesValidIinsAndNamesOfThreeOrigins()
    {
        var people = await app.WithDbAsync(db => db.People
            .Select(p => new { p.Surname, p.Name, p.Patronymic, p.Iin, Country = p.Employments.Select(e => e.Organization!.District!.Region!.Country).First() })
            .ToListAsync());

        var kazakh = people.Where(p => p.Country == Country.Kazakhstan).ToList();
        var kyrgyz = people.Where(p => p.Country == Country.Kyrgyzstan).ToList();
        Assert.All(kazakh, p => Assert.True(Iin.IsValid(p.Iin), $"{p.Surname}: invalid IIN {p.Iin}"));
        Assert.Equal(kazakh.Count, kazakh.Select(p => p.Iin).Distinct().Count());
        Assert.All(kyrgyz, p => Assert.Null(p.Iin));
        Assert.Contains(kazakh, p => p.Patronymic!.EndsWith("қызы", StringComparison.Ordinal) || p.Patronymic.EndsWith("ұлы", StringComparison.Ordinal));
        Assert.Contains(kyrgyz, p => p.Patronymic!.EndsWith(" кызы", StringComparison.Ordinal) || p.Patronymic.EndsWith(" уулу", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Patronymic!.EndsWith("вна", StringComparison.Ordinal) || p.Patronymic.EndsWith("вич", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_SameSeedTwice_WritesIdenticalRows()
    {
        using var second = new TestDatabase();
        await Generator.RunAsync(GeneratedDataAppFactory.Options(app.Provider, second.ConnectionString), TextWriter.Null, TestContext.Current.CancellationToken);

        var first = await app.WithDbAsync(FingerprintAsync);
        await using var db = BenchDb.Create(app.Provider, second.ConnectionString);
        var again = await FingerprintAsync(db);

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task SignIn_GeneratedDirector_SeesOwnSchoolStaffOnHomePage()
    {
        var (schoolId, staff) = await app.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == "director.1").Select(u => u.Id).SingleAsync();
            var grant = await db.RoleGrants.SingleAsync(g => g.UserId == userId);
            return (grant.ScopeId!.Value, await db.People.CountAsync(p => p.Employments.Any(e => e.OrganizationId == grant.ScopeId && e.EndedOn == null)));
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director.1");

        var home = await client.GetPageAsync("/");

        Assert.True(schoolId > 0);
        var numbers = home.QuerySelectorAll(".card .num").Select(n => n.TextContent.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(["1", staff.ToString(CultureInfo.InvariantCulture)], numbers);
    }

    [Fact]
    public async Task ResolveTargets_CentreUser_PicksLargestSchoolOfTheRegionAndATeachersSurname()
    {
        var largest = await app.WithDbAsync(db => db.Organizations.Where(o => o.District!.Region!.Name == "Қостанай облысы")
            .Select(o => new { o.Id, Staff = db.Employments.Count(e => e.OrganizationId == o.Id && e.EndedOn == null) })
            .OrderByDescending(o => o.Staff).ThenBy(o => o.Id).FirstAsync());

        var resolved = await BenchTargets.ResolveAsync(app.Provider, app.Database.ConnectionString, "centre.1", PageNames.All, TestContext.Current.CancellationToken);

        var urls = resolved.Pages.ToDictionary(p => p.Name, p => p.Url);
        Assert.Equal("/Bench/Bare", urls[PageNames.Bare]);
        Assert.Equal("/", urls[PageNames.Home]);
        Assert.Equal($"/Organizations/Details/{largest.Id}", urls[PageNames.Organization]);
        Assert.Equal($"/Organizations/People?organizationId={largest.Id}", urls[PageNames.Staff]);
        var surname = Uri.UnescapeDataString(urls[PageNames.Search]["/Organizations/People?q=".Length..]);
        Assert.True(await app.WithDbAsync(db => db.Employments.AnyAsync(e => e.OrganizationId == largest.Id && e.Person!.Surname == surname)));
    }

    [Fact]
    public async Task Generate_TinyScale_WritesAssociationsCouncilsPlansAndMeetingsByTheRules()
    {
        var today = GenerationContext.Today;
        var facts = await app.WithDbAsync(async db => new
        {
            Bodies = await db.MethodologicalBodies.AsNoTracking()
                .Select(b => new
                {
                    b.Id, b.Kind, b.Scope, b.Status, b.MemberCount,
                    Active = b.Memberships.Count(m => m.LeftOn == null),
                    Heads = b.Memberships.Count(m => m.LeftOn == null && m.Role == MembershipRole.Head),
                    Secretaries = b.Memberships.Count(m => m.LeftOn == null && m.Role == MembershipRole.Secretary),
                    Appointments = b.Appointments.Count(a => a.Id > 0),
                })
                .ToListAsync(),
            Plans = await db.WorkPlans.AsNoTracking()
                .Select(p => new { p.BodyId, p.SchoolYearId, Items = p.Versions.Where(v => v.Number == 1).Sum(v => v.Items.Count(i => i.Id > 0)), Statuses = p.Versions.Select(v => v.Status).ToList() })
                .ToListAsync(),
            Years = await db.SchoolYears.Select(y => new { y.Id, y.StartYear }).ToListAsync(),
            Meetings = await db.Meetings.AsNoTracking().Select(m => new { m.BodyId, m.SchoolYearId, m.Status, m.Date, Attendance = m.Attendance.Count(a => a.PersonId > 0) }).ToListAsync(),
            Minutes = await db.MeetingMinutes.AsNoTracking().Select(m => new { m.Status, Items = m.Items.Count(i => i.Id > 0), Speeches = m.Items.Sum(i => i.Speeches.Count(x => x.Id > 0)), Decisions = m.Decisions.Count(d => d.Id > 0) }).ToListAsync(),
            OverdueDecisions = await db.MeetingDecisions.CountAsync(d => d.Status == DecisionStatus.Open && d.DueDate < today),
            DoneDecisions = await db.MeetingDecisions.CountAsync(d => d.Status == DecisionStatus.Done),
        });

        var associations = facts.Bodies.Where(b => b.Kind is BodyKind.MethodologicalAssociation or BodyKind.SubjectCommission).ToList();
        var councils = facts.Bodies.Where(b => b.Kind == BodyKind.MethodologicalCouncil).ToList();
        Assert.True(associations.Count >= 8, $"only {associations.Count} associations");
        Assert.NotEmpty(councils);
        Assert.Contains(associations, b => b.Scope != BodyScope.School);
        Assert.All(facts.Bodies, b => Assert.Equal((BodyStatus.Active, b.Active, 1, 1), (b.Status, b.MemberCount, b.Heads, b.Secretaries)));
        Assert.All(associations, b => Assert.True(b.Active >= 3, $"association {b.Id} has {b.Active} members (R1: at least 3)"));
        Assert.All(councils, b => Assert.InRange(b.Active, 5, 19));
        // Three school years: one plan and one head's order per body and year since the body was founded.
        Assert.Equal(facts.Plans.Count, facts.Plans.Select(p => (p.BodyId, p.SchoolYearId)).Distinct().Count());
        Assert.All(facts.Bodies, b => Assert.Equal(b.Appointments, facts.Plans.Count(p => p.BodyId == b.Id)));
        Assert.Equal(3, facts.Plans.Select(p => facts.Years.Single(y => y.Id == p.SchoolYearId).StartYear).Distinct().Count());
        Assert.All(facts.Plans, p => Assert.Equal(25, p.Items));
        Assert.True(facts.Plans.Count(p => p.Statuses.Contains(PlanStatus.Approved)) > facts.Plans.Count * 3 / 4);
        // Meetings: 5–6 a year per school association, 4 per council, in past years all held with attendance.
        var pastYears = facts.Years.Where(y => y.StartYear < 2026).Select(y => y.Id).ToHashSet();
        foreach (var group in facts.Meetings.Where(m => pastYears.Contains(m.SchoolYearId)).GroupBy(m => (m.BodyId, m.SchoolYearId)))
        {
            var body = facts.Bodies.Single(b => b.Id == group.Key.BodyId);
            var (min, max) = body.Kind == BodyKind.MethodologicalCouncil ? (4, 4) : body.Scope == BodyScope.School ? (5, 6) : (2, 3);
            Assert.InRange(group.Count(), min, max);
            Assert.All(group, m => Assert.Equal(MeetingStatus.Held, m.Status));
            Assert.All(group, m => Assert.True(m.Attendance >= 3));
        }
        Assert.Contains(facts.Meetings, m => m.Date > today && m.Status == MeetingStatus.Scheduled);
        Assert.All(facts.Minutes.Where(m => m.Status == MinutesStatus.Locked), m => Assert.True(m.Items >= 2 && m.Speeches >= m.Items && m.Decisions == m.Items));
        Assert.True(facts.OverdueDecisions > 0 && facts.DoneDecisions > facts.OverdueDecisions);
    }

    [Theory]
    [InlineData("director.1")]
    [InlineData("centre.1")]
    public async Task AssociationPages_GeneratedData_OpenBodyPlanAndMinutes(string user)
    {
        var resolved = await BenchTargets.ResolveAsync(app.Provider, app.Database.ConnectionString, user,
            [PageNames.Association, PageNames.Plan, PageNames.Minutes], TestContext.Current.CancellationToken);
        var urls = resolved.Pages.ToDictionary(p => p.Name, p => p.Url);
        var bodyId = int.Parse(urls[PageNames.Association]["/Associations/Details/".Length..], CultureInfo.InvariantCulture);
        var (name, theme) = await app.WithDbAsync(async db => (
            await db.MethodologicalBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(),
            await db.WorkPlanVersions.Where(v => db.WorkPlans.Where(p => p.BodyId == bodyId).OrderByDescending(p => p.SchoolYearId).Select(p => p.Id).Take(1).Contains(v.PlanId))
                .OrderByDescending(v => v.Number).Select(v => v.Theme).FirstAsync()));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(user);

        var body = await client.GetPageAsync(urls[PageNames.Association]);
        var plan = await client.GetPageAsync(urls[PageNames.Plan]);
        var minutes = await client.GetPageAsync(urls[PageNames.Minutes]);

        Assert.Contains(name, body.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(name, plan.QuerySelector(".crumbs")!.TextContent, StringComparison.Ordinal);
        // An approved plan shows its theme as text; one still being written, in the header form.
        Assert.True(plan.Body!.TextContent.Contains(theme, StringComparison.Ordinal) || plan.QuerySelector("input[name='Header.Theme']")?.GetAttribute("value") == theme,
            $"the plan page shows neither the theme «{theme}» nor its form");
        Assert.Contains(name, minutes.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BarePage_BenchEnabled_AnswersConstantWithoutLayoutOrSignIn()
    {
        using var client = app.CreateTestClient();

        var page = await client.GetPageAsync("/Bench/Bare");

        Assert.Equal("42", page.QuerySelector("p")!.TextContent);
        Assert.Null(page.QuerySelector("header"));
    }

    [Fact]
    public async Task ClosedLoop_BareAndMissingPage_CountsSuccessesAndReportsNon200AsErrors()
    {
        using var client = app.CreateTestClient();
        var ct = TestContext.Current.CancellationToken;

        var bare = await LoadRunner.ClosedLoopAsync(client.Http, new PageTarget("bare", "/Bench/Bare"), 2, TimeSpan.FromMilliseconds(300), ct);
        var missing = await LoadRunner.ClosedLoopAsync(client.Http, new PageTarget("missing", "/Bench/Missing"), 1, TimeSpan.FromMilliseconds(200), ct);

        Assert.True(bare.Ok > 0 && bare.Rps > 0);
        Assert.Equal(0, bare.Errors);
        Assert.True(missing.Samples.Count > 0);
        Assert.Equal(missing.Samples.Count, missing.Errors);
        Assert.All(missing.Samples, s => Assert.Equal("404", s.Outcome));
        Assert.StartsWith($"{missing.Errors} (404×", missing.ErrorSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenLoop_SignedInMixAtFixedRate_SendsEveryScheduledRequest()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("centre.1");
        PageTarget[] mix = [new("bare", "/Bench/Bare"), new("home", "/")];

        var result = await LoadRunner.OpenLoopAsync(client.Http, mix, rate: 40, TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);

        Assert.Equal(20, result.Samples.Count);
        Assert.Equal(10, result.For("home").Samples.Count);
        Assert.Equal(0, result.Errors);
        Assert.True(result.Percentile(50) <= result.Percentile(99) && result.Percentile(99) <= result.Percentile(100));
    }

    [Fact]
    public void ScaleTo_RawSizes_AddUpExactlyWithAtLeastThreeEach()
    {
        var sizes = HierarchyStep.ScaleTo([110, 8, 40, 3, 25], 400);

        Assert.Equal(400, sizes.Sum());
        Assert.All(sizes, s => Assert.True(s >= 3));
        Assert.True(sizes[0] > sizes[2] && sizes[2] > sizes[1]);
        Assert.Throws<InvalidOperationException>(() => HierarchyStep.ScaleTo([10, 10], 5));
    }

    [Fact]
    public void Scales_National_MatchesTheIssuesFigures()
    {
        var national = Scale.Parse("national");

        Assert.Equal((20, 200, 7_500, 400_000), (national.Regions, national.Districts, national.Organizations, national.Staff));
        Assert.Throws<ArgumentException>(() => Scale.Parse("planet"));
    }

    private static async Task<string> FingerprintAsync(AppDbContext db)
    {
        var orgs = await db.Organizations.OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Kind, o.Version }).ToListAsync();
        var people = await db.People.OrderBy(p => p.Id).Select(p => new { p.Id, p.Surname, p.Name, p.Patronymic, p.Iin, p.Version }).ToListAsync();
        var posts = await db.Employments.OrderBy(e => e.Id).Select(e => new { e.Id, e.PersonId, e.OrganizationId, e.Position, e.Category, e.CategoryExpiresOn }).ToListAsync();
        var logins = await db.Users.OrderBy(u => u.UserName).Select(u => new { u.UserName, u.Id }).ToListAsync();
        var bodies = await db.MethodologicalBodies.OrderBy(b => b.Id).Select(b => new { b.Id, b.Name, b.OrganizationId, b.MemberCount, b.Version }).ToListAsync();
        var items = await db.WorkPlans.SelectMany(p => p.Versions).SelectMany(v => v.Items).OrderBy(i => i.Id).Select(i => new { i.Id, i.ItemKey, i.Content, i.StartsOn, i.Completion }).ToListAsync();
        var decisions = await db.MeetingDecisions.OrderBy(d => d.Id).Select(d => new { d.Id, d.DecisionKey, d.Text, d.ResponsiblePersonId, d.Status, d.Version }).ToListAsync();
        return string.Join("\n", orgs.Cast<object>().Concat(people).Concat(posts).Concat(logins).Concat(bodies).Concat(items).Concat(decisions));
    }
}
