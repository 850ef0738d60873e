using Adisteme.Tests.Associations.Screens.Overview;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// Query discipline of the overseers' pages (issue 3): the overview and the home page's associations part
/// issue a fixed number of SQL commands however many organizations, bodies, meetings and plans are in scope.
/// </summary>
public sealed class OversightQueryTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private const int MaxCommandsPerPage = 12;

    public static TheoryData<string, string> Pages { get; } = new()
    {
        { "methodologist", "/Associations/Overview" },
        { "methodologist", "/Associations/Overview?districtId={district}&problems=true" },
        { "centre", "/Associations/Overview?districtId={district}" },
        { "director", "/Associations/Overview" },
        { "methodologist", "/" },
        { "centre", "/" },
        { "deputy", "/" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task R20_Page_TwentyMoreSchoolsWithActiveBodiesMeetingsAndPlans_SameNumberOfCommands(string user, string url)
    {
        using var client = app.CreateTestClient();
        var resolved = await SignInAndWarmUpAsync(client, user, url);

        var before = await app.CountColdQueriesAsync(client, resolved);
        await AddSchoolsAsync(20);
        var after = await app.CountColdQueriesAsync(client, resolved);

        Assert.True(before == after, $"{url} as {user}: {before} commands before adding 20 schools with bodies, {after} after (a query per row?)");
        Assert.InRange(before, 1, MaxCommandsPerPage);
    }

    /// <summary>
    /// The bodies' figures (<c>BodyHealthData</c>) are cached per scope: a second view within the minute skips their
    /// commands, and a write to a meeting makes the next view compute them again.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task R20_Page_SecondViewWithinTheMinute_SkipsTheBodiesFiguresUntilAMeetingChanges(string user, string url)
    {
        using var client = app.CreateTestClient();
        var resolved = await SignInAndWarmUpAsync(client, user, url);

        var cold = await app.CountColdQueriesAsync(client, resolved);
        var warm = await app.CountQueriesAsync(client, resolved);
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.OrderBy(m => m.Id).FirstAsync();
            db.Entry(meeting).Property(m => m.Version).CurrentValue = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });
        var afterWrite = await app.CountQueriesAsync(client, resolved);

        Assert.True(warm < afterWrite && afterWrite <= cold, $"{url} as {user}: {cold} commands computing, {warm} with the figures cached, {afterWrite} after a meeting changed");
    }

    /// <summary>Signs in, resolves {district} in <paramref name="url"/> and views it once (one-off state, figures cached).</summary>
    private async Task<string> SignInAndWarmUpAsync(TestClient client, string user, string url)
    {
        await client.SignInAsAsync(user);
        var resolved = await app.WithDbAsync(async db =>
        {
            var district = await db.Districts.Where(d => d.Name == "Қостанай қаласы").Select(d => d.Id).SingleAsync();
            return url.Replace("{district}", district.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
        await app.CountQueriesAsync(client, resolved);
        return resolved;
    }

    /// <summary>
    /// Adds <paramref name="count"/> schools to the city, each with an active association (behind schedule: one
    /// meeting scheduled in the past, never minuted), a draft plan; and one more such association in school 101.
    /// </summary>
    private Task<int> AddSchoolsAsync(int count) => app.WithDbAsync(async db =>
    {
        var district = await db.Districts.SingleAsync(d => d.Name == "Қостанай қаласы");
        var year = await OversightWorld.YearAsync(db);
        var batch = Guid.NewGuid().ToString("N")[..6];
        var schools = Enumerable.Range(0, count).Select(i => new EducationOrganization
        {
            DistrictId = district.Id,
            Name = $"Oversight school {batch}-{i}",
            Kind = OrganizationKind.School,
            EducationLevel = EducationLevel.GeneralSecondary,
            InstructionLanguages = InstructionLanguages.Kazakh,
            DocumentLanguage = DocumentLanguage.Kazakh,
        }).ToList();
        db.Organizations.AddRange(schools);
        await db.SaveChangesAsync();
        var organizations = schools.Select(s => s.Id).Append(await OversightWorld.OrganizationAsync(db, OversightWorld.School101)).ToList();
        foreach (var organization in organizations)
        {
            var bodyId = await OversightWorld.ActiveAssociationAsync(db, organization, $"ӘБ {batch}-{organization}", new DateOnly(2026, 9, 1), year.EndsOn, year);
            var body = await db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).SingleAsync(b => b.Id == bodyId);
            var head = body.CurrentHead(new DateOnly(2026, 9, 1))!.PersonId;
            db.Meetings.Add(Meeting.Schedule(body, year, [], new MeetingInput(new DateOnly(2026, 10, 5), [new AgendaItemInput("Жоспар", head)], Place: "№ 12 кабинет")));
            db.WorkPlans.Add(MethodologicalWorkPlan.Create(body, year, [], head, app.Time));
        }
        return await db.SaveChangesAsync();
    });
}
