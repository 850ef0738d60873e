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
