using Adisteme.Web.Data;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// Query discipline (issue 4): a main page issues a small, fixed number of SQL commands, and that
/// number does not grow with the rows it shows. A page that queries once per row fails here.
/// </summary>
public sealed class QueryDisciplineTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    /// <summary>More than this for one page is a smell even when the count is flat.</summary>
    private const int MaxCommandsPerPage = 12;

    /// <summary>
    /// The pages checked, as (login, URL). In URLs, {school} is the id of the demo's school № 101 and
    /// {district} the id of Қостанай қаласы; both get 50 more rows in <see cref="AddRowsAsync"/>.
    /// Add each main page here when it lands.
    /// </summary>
    public static TheoryData<string, string> Pages { get; } = new()
    {
        { "admin", "/" },
        { "centre", "/" },
        { "methodologist", "/" },
        { "director", "/" },
        { "teacher", "/" },
        { "methodologist", "/Organizations" },
        { "methodologist", "/Organizations/Districts/Details/{district}" },
        { "director", "/Organizations/Details/{school}" },
        { "director", "/Organizations/People?organizationId={school}" },
        { "centre", "/Organizations/People?organizationId={school}" },
        { "centre", "/Organizations/People?q=Тестов" },
        { "teacher", "/Account/Manage" },
        { "admin", "/Admin/Audit" },
        { "methodologist", "/api/v1/organizations?districtId={district}" },
        { "director", "/api/v1/people?organizationId={school}" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_FiftyMoreRowsInScope_IssuesSameNumberOfCommands(string user, string url)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(user);
        var resolved = await ResolveAsync(url);
        // The first request of a fresh client may load one-off state (e.g. the data-protection key ring).
        await app.CountQueriesAsync(client, resolved);

        var before = await app.CountColdQueriesAsync(client, resolved);
        await AddRowsAsync(50);
        var after = await app.CountColdQueriesAsync(client, resolved);

        Assert.True(before == after, $"{url} as {user}: {before} commands before adding 50 rows, {after} after (a query per row?)");
        Assert.InRange(before, 1, MaxCommandsPerPage);
    }

    [Fact]
    public async Task CountQueries_HomePage_CountsTheCommandsOfThatRequestOnly()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        await app.CountQueriesAsync(client, "/");
        var staffInScope = await app.WithDbAsync(db => db.Employments.CountAsync(e => e.Organization!.Name == "№ 101 жалпы білім беретін мектеп" && e.EndedOn == null));

        // The same small number of commands on every view, and fewer than the staff it counts.
        var first = await app.CountQueriesAsync(client, "/");
        Assert.Equal(first, await app.CountQueriesAsync(client, "/"));
        Assert.InRange(first, 1, Math.Min(MaxCommandsPerPage, staffInScope - 1));
    }

    [Fact]
    public async Task OrganizationPage_Director_OneQueryForCardPlaceAndStaffPlusGrantsWhenNotCached()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var url = await ResolveAsync("/Organizations/Details/{school}");
        await app.CountQueriesAsync(client, url);

        Assert.Equal(2, await app.CountColdQueriesAsync(client, url));
        Assert.Equal(1, await app.CountQueriesAsync(client, url));
    }

    /// <summary>
    /// The counts of organizations and staff in scope are cached per scope: the next view within the minute skips both
    /// commands, and a teacher added in the scope makes the next view count again and show them.
    /// </summary>
    [Theory]
    [InlineData("centre")]
    [InlineData("director")]
    public async Task HomePage_SecondViewThenTeacherAdded_CountsCachedThenRecountedAndShown(string user)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(user);
        await app.CountQueriesAsync(client, "/");
        var cold = await app.CountColdQueriesAsync(client, "/");
        var warm = await app.CountQueriesAsync(client, "/");
        var staffBefore = StaffCard(await client.GetPageAsync("/"));

        await AddRowsAsync(1);
        var afterWrite = await app.CountQueriesAsync(client, "/");

        Assert.True(warm <= cold - 2, $"/ as {user}: {cold} commands counting, {warm} with the counts cached");
        // Counted again after the write; only the user's grants (no grant changed) stay cached.
        Assert.Equal(cold - 1, afterWrite);
        Assert.Equal(staffBefore + 1, StaffCard(await client.GetPageAsync("/")));
    }

    private static int StaffCard(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        int.Parse(new string([.. doc.QuerySelectorAll(".cards .card")[1].QuerySelector(".num")!.TextContent.Where(char.IsDigit)]),
            System.Globalization.CultureInfo.InvariantCulture);

    private Task<string> ResolveAsync(string url) => app.WithDbAsync(async db =>
    {
        var school = await SchoolAsync(db);
        return url.Replace("{school}", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{district}", school.DistrictId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    });

    private static Task<EducationOrganization> SchoolAsync(AppDbContext db) =>
        db.Organizations.SingleAsync(o => o.Name == "№ 101 жалпы білім беретін мектеп");

    /// <summary>Adds <paramref name="count"/> organizations to the school's district and as many teachers (with a subject) to the school.</summary>
    private Task<int> AddRowsAsync(int count) => app.WithDbAsync(async db =>
    {
        var school = await SchoolAsync(db);
        var subject = await db.Subjects.SingleAsync(s => s.Code == "mathematics");
        var batch = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            db.Organizations.Add(new EducationOrganization
            {
                DistrictId = school.DistrictId,
                Name = $"Test school {batch}-{i}",
                Kind = OrganizationKind.School,
                EducationLevel = EducationLevel.GeneralSecondary,
                InstructionLanguages = InstructionLanguages.Kazakh,
                DocumentLanguage = DocumentLanguage.Kazakh,
            });
            var person = new Person { Surname = "Тестов", Name = $"{batch}-{i}", Patronymic = "Тестұлы" };
            var employment = new Employment { OrganizationId = school.Id, Position = Position.Teacher, Category = QualificationCategory.PedagogueModerator };
            employment.Subjects.Add(new EmploymentSubject { SubjectId = subject.Id });
            person.Employments.Add(employment);
            db.People.Add(person);
        }
        return await db.SaveChangesAsync();
    });
}
