using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// Gathers what <see cref="BodyHealthRules"/> needs for every body of a scope in three SQL commands,
/// whatever the number of bodies: the bodies with their heads' appointments, their plan versions of the
/// year and their count of overdue decisions; the school years of today; the year's meetings.
/// </summary>
public static class BodyHealthData
{
    public static async Task<IReadOnlyList<BodyHealth>> LoadAsync(AppDbContext db, IQueryable<MethodologicalBody> scope, DateOnly today,
        AssociationRulesOptions options, CancellationToken ct)
    {
        var bodies = scope.Where(b => b.Status != BodyStatus.Closed);
        var startYear = SchoolCalendar.StartYearOf(today);
        var ofYear = db.SchoolYears.Where(y => y.StartYear == startYear).Select(y => y.Id);
        var rows = await bodies.AsNoTracking().Include(b => b.Appointments)
            .Select(b => new
            {
                Body = b,
                Place = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => new { d.RegionId, d.Name, d.Region!.Country }).First(),
                Organization = db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
                Plan = (from v in db.WorkPlanVersions
                        join p in db.WorkPlans on v.PlanId equals p.Id
                        where p.BodyId == b.Id && ofYear.Contains(p.SchoolYearId)
                        select v.Status).ToList(),
                Overdue = (from d in db.MeetingDecisions
                           join r in db.MeetingMinutes on d.MinutesId equals r.Id
                           join m in db.Meetings on r.MeetingId equals m.Id
                           where m.BodyId == b.Id && r.Status == MinutesStatus.Locked && d.Status == DecisionStatus.Open && d.DueDate < today
                           select d.Id).Count(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }
        var years = await db.SchoolYears.AsNoTracking().Include(y => y.Quarters).Where(y => y.StartYear == startYear).ToListAsync(ct);
        // From the bodies to their meetings (an index on BodyId), not from the year's meetings of the whole country.
        var meetings = (await (from b in bodies
                               join m in db.Meetings on b.Id equals m.BodyId
                               where ofYear.Contains(m.SchoolYearId) && m.Status != MeetingStatus.Cancelled
                               select m).AsNoTracking().ToListAsync(ct)).ToLookup(m => m.BodyId);

        return rows.Select(r =>
        {
            var b = r.Body;
            var year = years.FirstOrDefault(y => y.Country == r.Place.Country) ?? SchoolCalendar.DefaultYear(r.Place.Country, startYear);
            var place = b.OrganizationId is { } org
                ? ScopeRef.ForOrganization(r.Place.RegionId, b.DistrictId, org)
                : ScopeRef.ForDistrict(r.Place.RegionId, b.DistrictId);
            return BodyHealthRules.Evaluate(b, new BodyLabel(place, r.Organization ?? r.Place.Name), year, meetings[b.Id],
                r.Plan, r.Overdue, today, options);
        }).ToList();
    }
}
