using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Associations;

/// <summary>A past meeting of the school year whose minutes are not signed (R21).</summary>
public sealed record UnsignedMeeting(int MeetingId, int Number, DateOnly Date);

/// <summary>
/// One body as the overseers see it in the current school year: meetings held (signed minutes) against
/// those required so far, the finding that puts it behind schedule (R20, R35, R6), the head's term (R9),
/// past meetings without signed minutes (R21), its plan's state and the plan version awaiting a step (R15).
/// </summary>
public sealed record BodyHealth(
    int BodyId,
    string Name,
    BodyKind Kind,
    BodyScope Scope,
    ScopeRef Place,
    string Owner,
    int Held,
    int RequiredSoFar,
    RuleFinding? Behind,
    RuleFinding? Head,
    IReadOnlyList<UnsignedMeeting> NotSigned,
    PlanStatus? Plan,
    PlanStatus? Awaiting,
    int OverdueDecisions)
{
    public int? OrganizationId => Place.OrganizationId;
    public bool IsBehind => Behind is not null;
    public bool HeadMissing => Head is not null;
    public bool HasProblems => IsBehind || HeadMissing || NotSigned.Count > 0 || OverdueDecisions > 0 || (Plan is null && NeedsPlan);

    /// <summary>R14: every body but the pedagogical council works to a plan.</summary>
    public bool NeedsPlan => Kind != BodyKind.PedagogicalCouncil;
}

/// <summary>Where a body sits and what it is called, as loaded for <see cref="BodyHealthRules"/>.</summary>
public sealed record BodyLabel(ScopeRef Place, string Owner);

/// <summary>
/// Pure: evaluates the module's rules (<see cref="MeetingFrequencyRule"/>, <see cref="HeadTermRule"/>, R21)
/// over a body and its meetings of the year; the page's queries only gather the facts.
/// </summary>
public static class BodyHealthRules
{
    public static BodyHealth Evaluate(MethodologicalBody body, BodyLabel label, SchoolYear year, IEnumerable<Meeting> meetings,
        IEnumerable<PlanStatus> planVersions, int overdueDecisions, DateOnly today, AssociationRulesOptions options)
    {
        var ofYear = meetings.Where(m => m.BodyId == body.Id && m.SchoolYearId == year.Id).ToList();
        IReadOnlyList<UnsignedMeeting> notSigned = ofYear
            .Where(m => m.Status == MeetingStatus.Scheduled && m.Date < today)
            .Select(m => new UnsignedMeeting(m.Id, m.Number, m.Date))
            .ToList();
        return Evaluate(body, label, year, MeetingTally.Of(year, ofYear, today), notSigned, planVersions, overdueDecisions, today, options);
    }

    /// <summary>
    /// The same from facts a database can aggregate: the body's meetings of the year counted by quarter, its past
    /// meetings left without signed minutes, the distinct states of its plan's versions and its count of overdue decisions.
    /// </summary>
    public static BodyHealth Evaluate(MethodologicalBody body, BodyLabel label, SchoolYear year, MeetingTally tally,
        IEnumerable<UnsignedMeeting> pastUnsigned, IEnumerable<PlanStatus> planVersions, int overdueDecisions, DateOnly today, AssociationRulesOptions options)
    {
        var frequency = MeetingFrequencyRule.Evaluate(body, year, tally, today, options);
        var behind = frequency?.Findings.Where(f => f.Severity >= Severity.Warning).OrderByDescending(f => f.Severity).FirstOrDefault();
        var head = HeadTermRule.Evaluate(body, today, options).FirstOrDefault(f => f.IsError);
        IReadOnlyList<UnsignedMeeting> notSigned = body.Status == BodyStatus.Closed ? [] : pastUnsigned.OrderBy(m => m.Date).ThenBy(m => m.Number).ToList();
        var versions = planVersions.ToList();
        return new BodyHealth(body.Id, body.Name, body.Kind, body.Scope, label.Place, label.Owner,
            tally.Held, RequiredSoFar(frequency?.Requirement, year, today),
            behind, head, notSigned, PlanColumn(versions), Awaiting(versions), overdueDecisions);
    }

    /// <summary>
    /// Meetings a body should have held by today: the per-quarter minimum for every ended quarter, or the
    /// yearly minimum spread evenly over the quarters (R6's 2 a year is 1 by the end of the second quarter).
    /// </summary>
    public static int RequiredSoFar(FrequencyRequirement? requirement, SchoolYear year, DateOnly today)
    {
        if (requirement is null || year.Quarters.Count == 0)
        {
            return 0;
        }
        var quarters = year.Quarters.Count;
        var ended = today > year.EndsOn ? quarters : year.Quarters.Count(q => q.EndsOn < today);
        return Math.Max(requirement.PerQuarter * ended, requirement.PerYear * ended / quarters);
    }

    /// <summary>The plan of the year as one column: approved once any version was, else where its version stands (returned counts as draft); null without a plan.</summary>
    public static PlanStatus? PlanColumn(IReadOnlyCollection<PlanStatus> versions) =>
        versions.Count == 0 ? null
        : versions.Any(v => v is PlanStatus.Approved or PlanStatus.Superseded) ? PlanStatus.Approved
        : versions.Contains(PlanStatus.Agreed) ? PlanStatus.Agreed
        : versions.Contains(PlanStatus.Submitted) ? PlanStatus.Submitted
        : PlanStatus.Draft;

    /// <summary>The version on the route waiting for someone's step (the original or an amendment), if any.</summary>
    public static PlanStatus? Awaiting(IReadOnlyCollection<PlanStatus> versions) =>
        versions.Contains(PlanStatus.Agreed) ? PlanStatus.Agreed
        : versions.Contains(PlanStatus.Submitted) ? PlanStatus.Submitted
        : null;

    /// <summary>
    /// R15 (<see cref="RouteTemplates.WorkPlan"/>): who takes the next step of a plan in <paramref name="status"/>:
    /// a submitted plan waits for the first stage, an agreed one for the approval.
    /// </summary>
    public static AppRole? NextStepRole(BodyScope scope, PlanStatus? status)
    {
        var steps = RouteTemplates.WorkPlan(scope);
        return status switch
        {
            PlanStatus.Submitted => steps.OrderBy(s => s.Stage).First().Role,
            PlanStatus.Agreed => steps.FirstOrDefault(s => s.Kind == StepKind.Approve)?.Role,
            _ => null,
        };
    }
}

/// <summary>One line of the overview: an organization (or, with no id, the district's own bodies) and its bodies' health.</summary>
public sealed record OverviewRow(int? OrganizationId, string Name, IReadOnlyList<BodyHealth> Bodies)
{
    /// <summary>Bodies working to a plan whose plan of the year stands in <paramref name="column"/> (null: no plan yet).</summary>
    public int Plans(PlanStatus? column) => Bodies.Count(b => b.NeedsPlan && b.Plan == column);
    public int Held => Bodies.Sum(b => b.Held);
    public int Required => Bodies.Sum(b => b.RequiredSoFar);
    public int Behind => Bodies.Count(b => b.IsBehind);
    public int HeadsMissing => Bodies.Count(b => b.HeadMissing);
    public int OverdueDecisions => Bodies.Sum(b => b.OverdueDecisions);
    public bool HasProblems => Bodies.Any(b => b.HasProblems);
}

/// <summary>Pure: groups evaluated bodies into the overview's rows.</summary>
public static class OverviewRows
{
    /// <summary>
    /// The district's own (district and inter-school) bodies first when there are any, then every organization
    /// of <paramref name="organizations"/> by name, with or without bodies; <paramref name="onlyProblems"/> keeps rows with a problem.
    /// </summary>
    public static IReadOnlyList<OverviewRow> Build(IEnumerable<(int Id, string Name)> organizations, string districtRowName,
        IEnumerable<BodyHealth> bodies, bool onlyProblems)
    {
        var byOwner = bodies.ToLookup(b => b.OrganizationId);
        var rows = new List<OverviewRow>();
        if (byOwner[null].Any())
        {
            rows.Add(new OverviewRow(null, districtRowName, Sorted(byOwner[null])));
        }
        rows.AddRange(organizations.OrderBy(o => o.Name, StringComparer.CurrentCulture)
            .Select(o => new OverviewRow(o.Id, o.Name, Sorted(byOwner[o.Id]))));
        return onlyProblems ? rows.Where(r => r.HasProblems).ToList() : rows;
    }

    private static List<BodyHealth> Sorted(IEnumerable<BodyHealth> bodies) =>
        bodies.OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.CurrentCulture).ToList();
}
