using System.Globalization;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Home;

/// <summary>The home page fits the role: roles with their places, counts in scope and what needs attention.</summary>
public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string School101 = "№ 101 жалпы білім беретін мектеп";
    private static readonly DateOnly s_today = new(2026, 11, 20); // app.Time: 2026-11-20 09:00 in Almaty

    private sealed record Staffer(int PersonId, int EmploymentId, string? Login);

    /// <summary>Staff of school 101 with their login (if any), so tests can pick someone without touching demo logins.</summary>
    private Task<List<Staffer>> School101StaffAsync() => app.WithDbAsync(db => db.Employments
        .Where(e => e.Organization!.Name == School101 && e.EndedOn == null)
        .OrderBy(e => e.Id)
        .Select(e => new Staffer(e.PersonId, e.Id, db.Users.Where(u => u.Id == e.Person!.UserId).Select(u => u.UserName).FirstOrDefault()))
        .ToListAsync());

    /// <summary>Sets expiry dates (days from today); everyone else in school 101 is moved far away so only these count.</summary>
    private Task<int> SetExpiriesAsync(Dictionary<int, int?> daysByEmployment) => app.WithDbAsync(async db =>
    {
        var employments = await db.Employments.Where(e => e.Organization!.Name == School101).ToListAsync();
        foreach (var e in employments)
        {
            e.CategoryExpiresOn = daysByEmployment.TryGetValue(e.Id, out var days)
                ? days is { } d ? s_today.AddDays(d) : null
                : s_today.AddYears(3);
            if (e.CategoryExpiresOn is not null && e.Category == QualificationCategory.Pedagogue)
            {
                e.Category = QualificationCategory.PedagogueModerator;
            }
        }
        return await db.SaveChangesAsync();
    });

    private static IHtmlAnchorElement? PersonLink(IHtmlDocument doc, int personId) =>
        doc.QuerySelector($"ul.attention a[href='/Organizations/People/Details/{personId}']") as IHtmlAnchorElement;

    [Fact]
    public async Task Home_Director_ListsColleagueExpiringWithinNinetyDaysButNotLater()
    {
        var staff = (await School101StaffAsync()).Where(s => s.Login is null).ToList();
        var (soon, edge, later) = (staff[0], staff[1], staff[2]);
        await SetExpiriesAsync(new() { [soon.EmploymentId] = 10, [edge.EmploymentId] = 90, [later.EmploymentId] = 91 });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/");

        var link = PersonLink(doc, soon.PersonId);
        Assert.NotNull(link);
        var line = link!.ParentElement!.TextContent;
        Assert.Contains(s_today.AddDays(10).ToString("d", CultureInfo.GetCultureInfo("kk-KZ")), line, StringComparison.Ordinal);
        Assert.Contains("біліктілік санатының мерзімі", line, StringComparison.Ordinal);
        Assert.NotNull(PersonLink(doc, edge.PersonId));
        Assert.Null(PersonLink(doc, later.PersonId));
        // A director sees staff, not the district's organizations without a director.
        Assert.Null(doc.QuerySelector("ul.attention a[href^='/Organizations/Details/']"));
        var main = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("Директор — " + School101, main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Teacher_SeesOwnExpiryButNotColleagues()
    {
        var staff = await School101StaffAsync();
        var teacher = staff.Single(s => s.Login == "teacher");
        var colleague = staff.First(s => s.Login is null);
        await SetExpiriesAsync(new() { [teacher.EmploymentId] = 20, [colleague.EmploymentId] = 20 });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");

        var doc = await client.GetPageAsync("/");

        var own = PersonLink(doc, teacher.PersonId);
        Assert.NotNull(own);
        Assert.StartsWith("Сіздің", own!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(PersonLink(doc, colleague.PersonId));
    }

    [Fact]
    public async Task Home_Methodologist_ListsOrganizationsWithoutDirectorAndCountsTheDistrict()
    {
        var ids = await app.WithDbAsync(async db => new
        {
            Centre = await db.Organizations.Where(o => o.Kind == OrganizationKind.MethodologicalCenter).Select(o => o.Id).SingleAsync(),
            School = await db.Organizations.Where(o => o.Name == School101).Select(o => o.Id).SingleAsync(),
            CityOrganizations = await db.Organizations.CountAsync(o => o.District!.Name == "Қостанай қаласы"),
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");

        var doc = await client.GetPageAsync("/");

        var centre = doc.QuerySelector($"ul.attention a[href='/Organizations/Details/{ids.Centre}']");
        Assert.NotNull(centre);
        Assert.Contains("директор көрсетілмеген.", centre!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector($"ul.attention a[href='/Organizations/Details/{ids.School}']"));
        Assert.Equal(ids.CityOrganizations.ToString(CultureInfo.InvariantCulture), doc.QuerySelector(".cards .card .num")!.TextContent.Trim());
    }

    [Fact]
    public async Task Home_DirectorWithoutDirectorPost_OnlyTheOverseerIsTold()
    {
        // Ending the director's employment leaves school 101 without a director.
        await app.WithDbAsync(async db =>
        {
            var post = await db.Employments.SingleAsync(e => e.Organization!.Name == School101 && e.Position == Position.Director && e.EndedOn == null);
            post.EndedOn = s_today.AddDays(-1);
            await db.SaveChangesAsync();
            return 0;
        });
        try
        {
            var schoolId = await app.WithDbAsync(db => db.Organizations.Where(o => o.Name == School101).Select(o => o.Id).SingleAsync());
            using var admin = app.CreateTestClient();
            await admin.SignInAsAsync("admin");
            Assert.NotNull((await admin.GetPageAsync("/")).QuerySelector($"ul.attention a[href='/Organizations/Details/{schoolId}']"));
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var post = await db.Employments.SingleAsync(e => e.Organization!.Name == School101 && e.Position == Position.Director);
                post.EndedOn = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Home_Director_StaffCardOpensTheSchoolsStaffList()
    {
        var schoolId = await app.WithDbAsync(db => db.Organizations.Where(o => o.Name == School101).Select(o => o.Id).SingleAsync());
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var doc = await client.GetPageAsync("/");
        Assert.NotNull(doc.QuerySelector($".cards a[href='/Organizations/People?organizationId={schoolId}']"));
    }
}
