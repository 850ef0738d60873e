using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>A member of the body as the plan pages list them.</summary>
public sealed record PlanPerson(int Id, string Name);

/// <summary>Everything the plan pages load: the body with its members, the school year of today, and the plan of that year.</summary>
public sealed record PlanContext(MethodologicalBody Body, SchoolYear Year, MethodologicalWorkPlan? Plan, IReadOnlyDictionary<int, PlanPerson> People);

/// <summary>Loads a body's plan of the current school year whole (one query per aggregate) and answers who may act on it.</summary>
public sealed class PlanStore(AppDbContext db, BodyAccess access, TimeProvider time)
{
    public DateOnly Today => LocalTime.Today(time);

    public async Task<PlanContext> LoadAsync(int bodyId, bool tracked, CancellationToken ct)
    {
        var bodies = tracked ? db.MethodologicalBodies : db.MethodologicalBodies.AsNoTracking();
        var body = await bodies.Include(b => b.Memberships).Include(b => b.Appointments).Include(b => b.Subjects)
            .AsSplitQuery().SingleAsync(b => b.Id == bodyId, ct);
        var country = await db.Districts.Where(d => d.Id == body.DistrictId).Select(d => db.Regions.Where(r => r.Id == d.RegionId).Select(r => r.Country).First()).SingleAsync(ct);
        var startYear = SchoolCalendar.StartYearOf(Today);
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Country == country && y.StartYear == startYear, ct);
        var plan = await PlanOfYearAsync(bodyId, year.Id, tracked, ct);
        return await WithPeopleAsync(body, year, plan, ct);
    }

    /// <summary>
    /// What the plan page shows, in a few round trips instead of one per collection: the body with its members only,
    /// today's school year, and of the plan every version with its route (the history and the R15 check need them)
    /// but the items only of the versions shown (being written, and the approved one) and the coordinated plans only
    /// of the shown version of a council's plan. Tracked, so the separate queries fix up into one graph; never saved.
    /// </summary>
    public async Task<PlanContext> LoadForViewAsync(BodyPlace place, CancellationToken ct)
    {
        var body = await db.MethodologicalBodies.AsNoTracking().Include(b => b.Memberships).SingleAsync(b => b.Id == place.BodyId, ct);
        var startYear = SchoolCalendar.StartYearOf(Today);
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Country == place.Country && y.StartYear == startYear, ct);
        var plan = await db.WorkPlans.Include(p => p.Analyses).SingleOrDefaultAsync(p => p.BodyId == place.BodyId && p.SchoolYearId == year.Id, ct);
        if (plan is not null)
        {
            var versions = await db.WorkPlanVersions.Include(v => v.Route).Where(v => v.PlanId == plan.Id).OrderBy(v => v.Id).ToListAsync(ct);
            var routeIds = versions.Select(v => v.RouteId).ToList();
            await db.ApprovalRoutes.Where(r => routeIds.Contains(r.Id)).OrderBy(r => r.Id).Include(r => r.Steps).Include(r => r.Decisions).AsSingleQuery().LoadAsync(ct);
            var shown = plan.Working ?? plan.Current ?? plan.Latest;
            var withItems = new[] { shown.Id, plan.Current?.Id ?? shown.Id };
            await db.WorkPlanItems.Where(i => withItems.Contains(i.VersionId)).OrderBy(i => i.Id).Include(i => i.Responsible).LoadAsync(ct);
            if (body.IsCouncil)
            {
                await db.Set<CoordinatedPlan>().Where(c => c.VersionId == shown.Id).LoadAsync(ct);
            }
        }
        return await WithPeopleAsync(body, year, plan, ct);
    }

    /// <summary>The context with the names of the members and of everyone the plan's history and analyses mention.</summary>
    private async Task<PlanContext> WithPeopleAsync(MethodologicalBody body, SchoolYear year, MethodologicalWorkPlan? plan, CancellationToken ct)
    {
        var ids = body.Memberships.Select(m => m.PersonId)
            .Concat(plan?.Versions.SelectMany(v => v.Route.Decisions.Select(d => d.PersonId)) ?? [])
            .Concat(plan?.Versions.SelectMany(v => v.Route.Steps.Where(s => s.DecidedByPersonId != null).Select(s => s.DecidedByPersonId!.Value)) ?? [])
            .Concat(plan?.Analyses.Select(a => a.RecordedByPersonId) ?? [])
            .Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Surname, p.Name, p.Patronymic }).ToListAsync(ct);
        return new PlanContext(body, year, plan,
            people.ToDictionary(p => p.Id, p => new PlanPerson(p.Id, PersonName.SurnameWithInitials(p.Surname, p.Name, p.Patronymic))));
    }

    public Task<MethodologicalWorkPlan?> PlanOfYearAsync(int bodyId, int yearId, bool tracked, CancellationToken ct) =>
        Plans(tracked).SingleOrDefaultAsync(p => p.BodyId == bodyId && p.SchoolYearId == yearId, ct);

    /// <summary>The plans with their versions, routes, items and responsible members.</summary>
    public IQueryable<MethodologicalWorkPlan> Plans(bool tracked)
    {
        var plans = tracked ? db.WorkPlans : db.WorkPlans.AsNoTracking();
        return plans
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Steps)
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Decisions)
            .Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
            .Include(p => p.Versions).ThenInclude(v => v.CoordinatedPlans)
            .Include(p => p.Analyses)
            .AsSplitQuery();
    }

    /// <summary>The route roles the user holds over the body: deputy (agree) and director (approve), district methodologist for district bodies.</summary>
    public async Task<RouteActor?> ActorAsync(BodyPlace place, CancellationToken ct)
    {
        if (await access.CurrentPersonIdAsync(ct) is not { } me)
        {
            return null;
        }
        var roles = new List<AppRole>();
        if (await access.CanAgreePlanAsync(place, ct))
        {
            roles.Add(AppRole.DeputyDirector);
        }
        if (await access.CanApprovePlanAsync(place, ct))
        {
            roles.Add(AppRole.Director);
            if (place.Scope.OrganizationId is null)
            {
                roles.Add(AppRole.DistrictMethodologist);
            }
        }
        return RouteActor.Person(me, [.. roles]);
    }
}
