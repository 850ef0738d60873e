using System.Globalization;
using System.Linq.Expressions;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// Gathers what <see cref="BodyHealthRules"/> needs for every body of a scope in four SQL commands, whatever the
/// number of bodies, none returning a product of a body's children: the bodies, and their heads' appointments (a
/// split query); the school years of today; and, aggregated in the database (<see cref="FactsAsync"/>), the states of
/// their plan versions of the year, their counts of overdue decisions and their meetings counted per quarter.
/// </summary>
public static class BodyHealthData
{
    /// <summary>The entity types a body's health is computed from: a write of any of them makes cached figures stale.</summary>
    public static readonly IReadOnlyCollection<Type> Feeds =
    [
        typeof(MethodologicalBody), typeof(HeadAppointment), typeof(MethodologicalWorkPlan), typeof(WorkPlanVersion),
        typeof(Meeting), typeof(Minutes), typeof(Decision), typeof(SchoolYear), typeof(Quarter),
        typeof(Region), typeof(District), typeof(EducationOrganization),
    ];

    /// <summary>
    /// <see cref="LoadAsync"/> through the <see cref="FigureCache"/>: <paramref name="scopeKey"/> names the bodies of
    /// <paramref name="scope"/> (e.g. "district:12"); the result holds no text in the user's language, so any user
    /// allowed to see that scope may share it.
    /// </summary>
    public static Task<IReadOnlyList<BodyHealth>> LoadCachedAsync(FigureCache cache, string scopeKey, AppDbContext db,
        IQueryable<MethodologicalBody> scope, DateOnly today, AssociationRulesOptions options, CancellationToken ct) =>
        cache.GetOrAddAsync(string.Create(CultureInfo.InvariantCulture, $"body-health:{scopeKey}:{today:yyyy-MM-dd}"), Feeds,
            () => LoadAsync(db, scope, today, options, ct));

    public static async Task<IReadOnlyList<BodyHealth>> LoadAsync(AppDbContext db, IQueryable<MethodologicalBody> scope, DateOnly today,
        AssociationRulesOptions options, CancellationToken ct)
    {
        var bodies = scope.Where(b => b.Status != BodyStatus.Closed);
        var startYear = SchoolCalendar.StartYearOf(today);
        var rows = await bodies.AsNoTracking().Include(b => b.Appointments)
            .Select(b => new
            {
                Body = b,
                Place = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => new { d.RegionId, d.Name, d.Region!.Country }).First(),
                Organization = db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }
        var years = await db.SchoolYears.AsNoTracking().Include(y => y.Quarters).Where(y => y.StartYear == startYear).ToListAsync(ct);
        var facts = (await FactsAsync(db, bodies, years, today, ct)).ToLookup(f => f.BodyId);

        return rows.Select(r =>
        {
            var b = r.Body;
            var year = years.FirstOrDefault(y => y.Country == r.Place.Country) ?? SchoolCalendar.DefaultYear(r.Place.Country, startYear);
            var place = b.OrganizationId is { } org
                ? ScopeRef.ForOrganization(r.Place.RegionId, b.DistrictId, org)
                : ScopeRef.ForDistrict(r.Place.RegionId, b.DistrictId);
            var ofBody = facts[b.Id].Where(m => m.Kind == FactKind.Meetings && m.SchoolYearId == year.Id).ToList();
            var tally = new MeetingTally(
                ByQuarter(ofBody.Where(m => m.Status == (int)MeetingStatus.Held)),
                ByQuarter(ofBody.Where(m => m.Status == (int)MeetingStatus.Scheduled && m.Upcoming)));
            var unsigned = ofBody.Where(m => m.Status == (int)MeetingStatus.Scheduled && !m.Upcoming)
                .Select(m => new UnsignedMeeting(m.UnsignedId, m.Number, m.Date));
            var plan = facts[b.Id].Where(f => f.Kind == FactKind.PlanVersions).Select(f => (PlanStatus)f.Status);
            var overdue = facts[b.Id].Where(f => f.Kind == FactKind.OverdueDecisions).Sum(f => f.Count);
            return BodyHealthRules.Evaluate(b, new BodyLabel(place, r.Organization ?? r.Place.Name), year, tally, unsigned,
                plan, overdue, today, options);
        }).ToList();
    }

    private static Dictionary<int, int> ByQuarter(IEnumerable<BodyFact> counts) =>
        counts.GroupBy(c => c.Quarter).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

    private enum FactKind
    {
        PlanVersions = 1,
        OverdueDecisions = 2,
        Meetings = 3,
    }

    /// <summary>
    /// A row of <see cref="FactsAsync"/>: a state of the body's plan versions of the year (<see cref="Status"/>); its count of
    /// overdue decisions; or a count of its meetings of a year in a state and quarter (and whether still to come), where a
    /// past meeting still scheduled (its minutes not signed, R21) is a row of its own with its id, number and date.
    /// </summary>
    private sealed record BodyFact(FactKind Kind, int BodyId, int SchoolYearId, int Status, int Quarter, bool Upcoming, int UnsignedId,
        int Number, DateOnly Date, int Count);

    /// <summary>
    /// In one command, three GROUP BYs in a UNION ALL, each starting from the bodies (indexes on BodyId): the distinct
    /// states of each body's plan versions of the year (all <see cref="BodyHealthRules.PlanColumn"/> and
    /// <see cref="BodyHealthRules.Awaiting"/> look at); each body's open decisions of signed minutes past their due date
    /// (R22); each body's meetings of the year counted per state and quarter (<see cref="WithQuarter"/>).
    /// </summary>
    private static async Task<List<BodyFact>> FactsAsync(AppDbContext db, IQueryable<MethodologicalBody> bodies, IReadOnlyList<SchoolYear> years,
        DateOnly today, CancellationToken ct)
    {
        // The years' ids as a parameter, not a subquery: PostgreSQL misjudged the subquery's rows and read the year's
        // meetings of the whole region (21,000) instead of the bodies' own (1,600) through IX_Meetings_BodyId_SchoolYearId_Number.
        var ofYear = years.Select(y => y.Id).ToArray();
        var plans = from b in bodies
                    join p in db.WorkPlans on b.Id equals p.BodyId
                    join v in db.WorkPlanVersions on p.Id equals v.PlanId
                    where ofYear.Contains(p.SchoolYearId)
                    group v by new { p.BodyId, v.Status } into g
                    select new
                    {
                        Kind = (int)FactKind.PlanVersions, g.Key.BodyId, SchoolYearId = 0, Status = (int)g.Key.Status, Quarter = 0, Upcoming = false,
                        UnsignedId = 0, Number = 0, Date = today, Count = g.Count(),
                    };
        var overdue = from b in bodies
                      join m in db.Meetings on b.Id equals m.BodyId
                      join r in db.MeetingMinutes on m.Id equals r.MeetingId
                      join d in db.MeetingDecisions on r.Id equals d.MinutesId
                      where r.Status == MinutesStatus.Locked && d.Status == DecisionStatus.Open && d.DueDate < today
                      group d by m.BodyId into g
                      select new
                      {
                          Kind = (int)FactKind.OverdueDecisions, BodyId = g.Key, SchoolYearId = 0, Status = 0, Quarter = 0, Upcoming = false,
                          UnsignedId = 0, Number = 0, Date = today, Count = g.Count(),
                      };
        var meetings = (from b in bodies
                        join m in db.Meetings on b.Id equals m.BodyId
                        where ofYear.Contains(m.SchoolYearId) && m.Status != MeetingStatus.Cancelled
                        select m)
            .Select(WithQuarter(years, (Meeting m, int quarter) => new
            {
                m.BodyId,
                m.SchoolYearId,
                Status = (int)m.Status,
                Quarter = quarter,
                Upcoming = m.Date >= today,
                UnsignedId = m.Status == MeetingStatus.Scheduled && m.Date < today ? m.Id : 0,
                Number = m.Status == MeetingStatus.Scheduled && m.Date < today ? m.Number : 0,
                Date = m.Status == MeetingStatus.Scheduled && m.Date < today ? m.Date : today,
            }))
            .GroupBy(f => f)
            .Select(g => new
            {
                Kind = (int)FactKind.Meetings, g.Key.BodyId, g.Key.SchoolYearId, g.Key.Status, g.Key.Quarter, g.Key.Upcoming,
                g.Key.UnsignedId, g.Key.Number, g.Key.Date, Count = g.Count(),
            });
        var rows = await plans.Concat(overdue).Concat(meetings).ToListAsync(ct);
        return rows.Select(f => new BodyFact((FactKind)f.Kind, f.BodyId, f.SchoolYearId, f.Status, f.Quarter, f.Upcoming, f.UnsignedId,
            f.Number, f.Date, f.Count)).ToList();
    }

    /// <summary>
    /// <paramref name="shape"/> with its second parameter replaced by the quarter a meeting counts towards, as SQL:
    /// per year, the highest-numbered quarter that started on or before the meeting's date, else 1
    /// (<see cref="SchoolYearQuarters.NumberOf"/>).
    /// </summary>
    private static Expression<Func<Meeting, T>> WithQuarter<T>(IEnumerable<SchoolYear> years, Expression<Func<Meeting, int, T>> shape)
    {
        var meeting = shape.Parameters[0];
        Expression quarter = Expression.Constant(1);
        foreach (var year in years)
        {
            // Built from the lowest number up, so the outermost test is the highest-numbered quarter.
            foreach (var q in year.Quarters.OrderBy(q => q.Number))
            {
                quarter = Expression.Condition(
                    Expression.AndAlso(
                        Expression.Equal(Expression.Property(meeting, nameof(Meeting.SchoolYearId)), Expression.Constant(year.Id)),
                        Expression.GreaterThanOrEqual(Expression.Property(meeting, nameof(Meeting.Date)), Expression.Constant(q.StartsOn))),
                    Expression.Constant(q.Number),
                    quarter);
            }
        }
        var body = new ReplacingExpressionVisitor([shape.Parameters[1]], [quarter]).Visit(shape.Body);
        return Expression.Lambda<Func<Meeting, T>>(body, meeting);
    }
}
