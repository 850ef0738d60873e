using Adisteme.Tests.Associations.Screens.Overview;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// Query discipline of a body's own pages (issue 4): the body's page, its work plan and a meeting's minutes load
/// what they show in a few round trips (not one per collection of the aggregates), and no more when the plan or
/// the minutes grow.
/// </summary>
public sealed class AssociationPagesQueryTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    // Permission (body, grants), then the page: body with owner; members; head; this year's plan; open decisions.
    private const int MaxBodyPage = 7;
    // Permission (body, grants, and the user's staff record when they lead the body rather than manage it), body with
    // members, school year, plan with analyses, versions, routes, shown items, names, and whether last year's plan
    // exists (only while the draft is editable).
    private const int MaxPlanPage = 11;
    // Permission (the meeting's body, grants, person), meeting with agenda, attendance, minutes with signing steps,
    // their items with speeches, their decisions, body with members, earlier open decisions, names.
    private const int MaxMinutesPage = 11;

    [Theory]
    [InlineData("director")]
    [InlineData("deputy")]
    [InlineData("head")]
    public async Task BodyPlanAndMinutesPages_DemoBodyOfSchool101_FewCommands(string user)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(user);
        var (bodyId, meetingId) = await app.WithDbAsync(async db =>
        {
            var school = await OversightWorld.OrganizationAsync(db, OversightWorld.School101);
            var head = await OversightWorld.PersonOfAsync(db, "head");
            // The head's body, its plan and the meeting with the most minutes revisions.
            var body = await db.BodyMemberships.Where(m => m.PersonId == head && m.LeftOn == null
                    && db.MethodologicalBodies.Any(b => b.Id == m.BodyId && b.OrganizationId == school))
                .OrderBy(m => m.BodyId).Select(m => m.BodyId).FirstAsync();
            var meeting = await db.Meetings.Where(m => m.BodyId == body).OrderByDescending(m => m.MinutesRevisions.Count).ThenBy(m => m.Id)
                .Select(m => m.Id).FirstAsync();
            return (body, meeting);
        });
        foreach (var (url, max) in new[]
        {
            ($"/Associations/Details/{bodyId}", MaxBodyPage),
            ($"/Associations/Plans/{bodyId}", MaxPlanPage),
            ($"/Associations/Meetings/Details/{meetingId}", MaxMinutesPage),
        })
        {
            await app.CountQueriesAsync(client, url);
            var count = await app.CountQueriesAsync(client, url);
            Assert.True(count <= max, $"{url} as {user}: {count} commands, at most {max} expected");
        }
    }

    [Fact]
    public async Task PlanPage_TwentyMoreItems_SameNumberOfCommands()
    {
        var bodyId = await app.WithDbAsync(async db =>
        {
            var year = await OversightWorld.YearAsync(db);
            var school = await OversightWorld.OrganizationAsync(db, OversightWorld.School101);
            var id = await OversightWorld.ActiveAssociationAsync(db, school, $"ӘБ {Guid.NewGuid():N}"[..12], new DateOnly(2026, 9, 1), year.EndsOn, year);
            var body = await db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).SingleAsync(b => b.Id == id);
            var head = body.CurrentHead(new DateOnly(2026, 9, 1))!.PersonId;
            var plan = MethodologicalWorkPlan.Create(body, year, [], head, app.Time);
            plan.AddItem(body, year, Item(head, 0));
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
            return id;
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var url = $"/Associations/Plans/{bodyId}";
        await app.CountQueriesAsync(client, url);

        var before = await app.CountQueriesAsync(client, url);
        await app.WithDbAsync(async db =>
        {
            var year = await OversightWorld.YearAsync(db);
            var body = await db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).SingleAsync(b => b.Id == bodyId);
            var plan = await db.WorkPlans.Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
                .Include(p => p.Versions).ThenInclude(v => v.Route).SingleAsync(p => p.BodyId == bodyId);
            var head = body.CurrentHead(new DateOnly(2026, 9, 1))!.PersonId;
            for (var i = 1; i <= 20; i++)
            {
                plan.AddItem(body, year, Item(head, i));
            }
            return await db.SaveChangesAsync();
        });
        var after = await app.CountQueriesAsync(client, url);

        Assert.Equal(21, await app.WithDbAsync(db => db.WorkPlanItems.CountAsync(i => db.WorkPlanVersions.Any(v => v.Id == i.VersionId
            && db.WorkPlans.Any(p => p.Id == v.PlanId && p.BodyId == bodyId)))));
        Assert.True(before == after, $"{url}: {before} commands with one item, {after} with 21 (a query per item?)");
        Assert.InRange(before, 1, MaxPlanPage);
    }

    private static PlanItemInput Item(int responsible, int n) =>
        new($"Семинар {n}", WorkForm.Seminar, new DateOnly(2026, 12, 1).AddDays(n), new DateOnly(2026, 12, 1).AddDays(n), [responsible]);
}
