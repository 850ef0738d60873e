using Adisteme.Web.Features.Associations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Home;

/// <summary>A qualification category held in one current employment, with the day it expires.</summary>
public sealed record CategoryHolding(int PersonId, string PersonName, string OrganizationName, QualificationCategory Category, DateOnly ExpiresOn);

/// <summary>An organization and whether someone currently holds its director's post.</summary>
public sealed record DirectorPost(int OrganizationId, string OrganizationName, bool Filled);

/// <summary>An open decision of signed minutes the user is responsible for (from <c>DecisionRules.OverdueFor</c>).</summary>
public sealed record OverdueDecision(int MeetingId, string BodyName, int MeetingNumber, string Text, DateOnly DueDate);

/// <summary>A scheduled meeting of a body the user belongs to.</summary>
public sealed record UpcomingMeeting(int MeetingId, string BodyName, int Number, DateOnly Date);

/// <summary>
/// What the home page knows about the user's own record and their scope. <see cref="Bodies"/> are the
/// bodies of the organizations, districts and regions where <see cref="Grants"/> give an overseeing role.
/// </summary>
public sealed record AttentionFacts(
    IReadOnlyList<CategoryHolding> Own,
    IReadOnlyList<CategoryHolding> Staff,
    IReadOnlyList<DirectorPost> Organizations)
{
    public IReadOnlyList<RoleGrant> Grants { get; init; } = [];
    public IReadOnlyList<OverdueDecision> Decisions { get; init; } = [];
    public IReadOnlyList<UpcomingMeeting> Meetings { get; init; } = [];
    public IReadOnlyList<BodyHealth> Bodies { get; init; } = [];
}

public enum AttentionKind
{
    OwnCategoryExpired = 1,
    OwnCategoryExpiring,
    CategoryExpired,
    CategoryExpiring,
    NoDirector,
    OwnDecisionOverdue,
    UpcomingMeeting,
    PlanToAgree,
    PlanToApprove,
    BodyBehind,
    HeadMissing,
    MinutesNotSigned,
}

/// <summary>
/// One line of "Needs attention": what, about whom or which organization, and where to act. A body's
/// line may carry the rule's <see cref="Finding"/> (shown in its own words) and a number (a meeting's, or a count).
/// </summary>
public sealed record AttentionItem(AttentionKind Kind, string Subject, string? Place, QualificationCategory? Category, DateOnly? Date, string Href,
    RuleFinding? Finding = null, int? Number = null);

/// <summary>
/// Decides what needs the user's attention on the home page. Pure: takes plain facts and today's
/// date; the page's queries only narrow the candidates (same window), the rules decide.
/// </summary>
public static class AttentionRules
{
    /// <summary>A category is flagged this many days before it expires, so attestation can be planned in time.</summary>
    public const int ExpiryWarningDays = 90;

    /// <summary>The last expiry date that is already worth a warning today.</summary>
    public static DateOnly Horizon(DateOnly today) => today.AddDays(ExpiryWarningDays);

    /// <summary>At most this many lines of each kind: a region-wide list would not be read anyway.</summary>
    public const int PerKind = 30;

    /// <summary>Meetings of the user's bodies are announced this many days ahead.</summary>
    public const int UpcomingDays = 14;

    /// <summary>Roles that look after many organizations and so must see those left without a director.</summary>
    public static bool OverseesOrganizations(AppRole role) =>
        role is AppRole.DistrictMethodologist or AppRole.CentreStaff or AppRole.Administrator;

    public static IReadOnlyList<AttentionItem> Evaluate(AttentionFacts facts, DateOnly today)
    {
        var items = new List<AttentionItem>();
        var horizon = Horizon(today);
        var ownPeople = facts.Own.Select(h => h.PersonId).ToHashSet();

        foreach (var h in Due(facts.Own, horizon))
        {
            items.Add(new AttentionItem(h.ExpiresOn < today ? AttentionKind.OwnCategoryExpired : AttentionKind.OwnCategoryExpiring,
                h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId)));
        }
        // The user's own category is already said above in their own words.
        var staff = Due(facts.Staff.Where(h => !ownPeople.Contains(h.PersonId)), horizon).ToList();
        items.AddRange(staff.Where(h => h.ExpiresOn < today).Select(h =>
            new AttentionItem(AttentionKind.CategoryExpired, h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId))));
        items.AddRange(staff.Where(h => h.ExpiresOn >= today).Select(h =>
            new AttentionItem(AttentionKind.CategoryExpiring, h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId))));
        items.AddRange(facts.Organizations
            .Where(o => !o.Filled)
            .DistinctBy(o => o.OrganizationId)
            .OrderBy(o => o.OrganizationName, StringComparer.CurrentCulture)
            .Select(o => new AttentionItem(AttentionKind.NoDirector, o.OrganizationName, null, null, null, $"/Organizations/Details/{o.OrganizationId}")));
        items.AddRange(OwnWork(facts, today));
        items.AddRange(Oversight(facts));
        return items;
    }

    /// <summary>
    /// Roles that look after bodies: the deputy and the director those of their organization, the district
    /// methodologist and the centre the district and inter-school bodies of their district or region.
    /// </summary>
    public static bool OverseesBodies(AppRole role) =>
        role is AppRole.DeputyDirector or AppRole.Director or AppRole.DistrictMethodologist or AppRole.CentreStaff;

    /// <summary>A body is listed line by line to whoever oversees it directly.</summary>
    public static bool OverseesDirectly(IEnumerable<RoleGrant> grants, BodyHealth body) =>
        grants.Any(g => g.Role switch
        {
            AppRole.DeputyDirector or AppRole.Director => g.ScopeKind == ScopeKind.Organization && body.OrganizationId == g.ScopeId,
            AppRole.DistrictMethodologist or AppRole.CentreStaff => body.Scope != BodyScope.School && body.Place.IsWithin(g.ScopeKind, g.ScopeId),
            _ => false,
        });

    /// <summary>R22: the user's overdue decisions, oldest due first; their bodies' meetings of the next <see cref="UpcomingDays"/> days.</summary>
    private static IEnumerable<AttentionItem> OwnWork(AttentionFacts facts, DateOnly today)
    {
        var decisions = facts.Decisions
            .Where(d => d.DueDate < today)
            .OrderBy(d => d.DueDate).ThenBy(d => d.BodyName, StringComparer.CurrentCulture)
            .Take(PerKind)
            .Select(d => new AttentionItem(AttentionKind.OwnDecisionOverdue, d.BodyName, d.Text, null, d.DueDate, MeetingHref(d.MeetingId), Number: d.MeetingNumber));
        var meetings = facts.Meetings
            .Where(m => m.Date >= today && m.Date <= today.AddDays(UpcomingDays))
            .OrderBy(m => m.Date).ThenBy(m => m.BodyName, StringComparer.CurrentCulture)
            .Take(PerKind)
            .Select(m => new AttentionItem(AttentionKind.UpcomingMeeting, m.BodyName, null, null, m.Date, MeetingHref(m.MeetingId), Number: m.Number));
        return decisions.Concat(meetings);
    }

    /// <summary>
    /// R15 plans waiting for the user's step; R20/R35/R6 bodies behind schedule, R9 heads missing, R21
    /// minutes not signed, for the bodies overseen directly.
    /// </summary>
    private static IEnumerable<AttentionItem> Oversight(AttentionFacts facts)
    {
        var grants = facts.Grants;
        var bodies = facts.Bodies.OrderBy(b => b.Owner, StringComparer.CurrentCulture).ThenBy(b => b.Name, StringComparer.CurrentCulture).ToList();
        var plans = bodies
            .Select(b => (Body: b, Role: BodyHealthRules.NextStepRole(b.Scope, b.Awaiting)))
            .Where(p => p.Role is { } role && grants.Any(g => g.Role == role && p.Body.Place.IsWithin(g.ScopeKind, g.ScopeId)))
            .Take(PerKind)
            .Select(p => Line(p.Role == AppRole.DeputyDirector ? AttentionKind.PlanToAgree : AttentionKind.PlanToApprove, p.Body, $"/Associations/Plans/{p.Body.BodyId}"));
        var direct = bodies.Where(b => OverseesDirectly(grants, b)).ToList();
        var behind = direct.Where(b => b.IsBehind).Take(PerKind)
            .Select(b => Line(AttentionKind.BodyBehind, b, $"/Associations/Meetings/{b.BodyId}") with { Finding = b.Behind });
        var heads = direct.Where(b => b.HeadMissing).Take(PerKind)
            .Select(b => Line(AttentionKind.HeadMissing, b, $"/Associations/Head/{b.BodyId}") with { Finding = b.Head });
        var unsigned = direct.SelectMany(b => b.NotSigned.Select(u => Line(AttentionKind.MinutesNotSigned, b, MeetingHref(u.MeetingId)) with { Date = u.Date, Number = u.Number }))
            .OrderBy(i => i.Date).Take(PerKind);
        return plans.Concat(behind).Concat(heads).Concat(unsigned);
    }

    private static AttentionItem Line(AttentionKind kind, BodyHealth body, string href) => new(kind, body.Name, body.Owner, null, null, href);

    private static string MeetingHref(int meetingId) => $"/Associations/Meetings/Details/{meetingId}";

    /// <summary>Holdings expired or expiring by the horizon, soonest first, each person's category once.</summary>
    private static IEnumerable<CategoryHolding> Due(IEnumerable<CategoryHolding> holdings, DateOnly horizon) =>
        holdings
            .Where(h => h.ExpiresOn <= horizon)
            .DistinctBy(h => (h.PersonId, h.Category, h.ExpiresOn))
            .OrderBy(h => h.ExpiresOn)
            .ThenBy(h => h.PersonName, StringComparer.CurrentCulture);

    private static string PersonHref(int personId) => $"/Organizations/People/Details/{personId}";
}
