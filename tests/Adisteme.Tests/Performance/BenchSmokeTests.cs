using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Bench.Generate.Steps;
using Adisteme.Bench.Load;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
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
        return string.Join("\n", orgs.Cast<object>().Concat(people).Concat(posts).Concat(logins));
    }
}
