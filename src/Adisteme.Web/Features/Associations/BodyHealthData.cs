using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// Gathers what <see cref="BodyHealthRules"/> needs for every body of a scope in five SQL commands,
/// whatever the number of bodies: the bodies with their heads' appointments, the school years of today,
/// the year's meetings, the year's plan versions and the count of overdue decisions per body.
/// </summary>
public static class BodyHealthData
{
    public static async Task<IReadOnlyList<BodyHealth>> LoadAsync(AppDbContext db, IQueryable<MethodologicalBody> scope, DateOnly today,
        AssociationRulesOptions options, CancellationToken ct)
    {
        var bodies = scope.Where(b => b.Status != BodyStatus.Closed);
        var rows = await bodies.AsNoTracking().Include(b => b.Appointments)
            .Select(b => new
            {
                Body = b,
                Place = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => new { d.RegionId, d.Name, d.Region!.Country }).First(),
                Organization = db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }
        var start = SchoolCalendar.StartYearOf(today);
        var years = await db.SchoolYears.AsNoTracking().Include(y => y.Quarters).Where(y => y.StartYear == start).ToListAsync(ct);
        var yearIds = years.Select(y => y.Id).ToList();
        var meetings = (await db.Meetings.AsNoTracking()
            .Where(m => yearIds.Contains(m.SchoolYearId) && m.Status != MeetingStatus.Cancelled && bodies.Any(b => b.Id == m.BodyId))
            .ToListAsync(ct)).ToLookup(m => m.BodyId);
        var plans = (await (
            from v in db.WorkPlanVersions
            join p in db.WorkPlans on v.PlanId equals p.Id
            where yearIds.Contains(p.SchoolYearId) && bodies.Any(b => b.Id == p.BodyId)
            select new { p.BodyId, v.Status }).ToListAsync(ct)).ToLookup(p => p.BodyId, p => p.Status);
        var overdue = await (
            from d in db.MeetingDecisions
            join r in db.MeetingMinutes on d.MinutesId equals r.Id
            join m in db.Meetings on r.MeetingId equals m.Id
            where r.Status == MinutesStatus.Locked && d.Status == DecisionStatus.Open && d.DueDate < today && bodies.Any(b => b.Id == m.BodyId)
            group d by m.BodyId into g
            select new { BodyId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.BodyId, g => g.Count, ct);

        return rows.Select(r =>
        {
            var b = r.Body;
            var year = years.FirstOrDefault(y => y.Country == r.Place.Country) ?? SchoolCalendar.DefaultYear(r.Place.Country, start);
            var place = b.OrganizationId is { } org
                ? ScopeRef.ForOrganization(r.Place.RegionId, b.DistrictId, org)
                : ScopeRef.ForDistrict(r.Place.RegionId, b.DistrictId);
            return BodyHealthRules.Evaluate(b, new BodyLabel(place, r.Organization ?? r.Place.Name), year, meetings[b.Id],
                plans[b.Id].ToList(), overdue.GetValueOrDefault(b.Id), today, options);
        }).ToList();
    }
}
