using Adisteme.Web.Features.Account;
using Adisteme.Web.Features.Associations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Home;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features;

/// <summary>
/// The home page: the user's roles and where they hold them, what is in their scope and what needs
/// their attention (rules in <see cref="AttentionRules"/>). A fixed handful of queries whatever the scope's size.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentAccess access, TimeProvider time, IStringLocalizer<SharedResource> s,
    IOptions<AssociationRulesOptions> options, FigureCache cache) : PageModel
{
    /// <summary>At most this many lines per kind: a region-wide list would not be read anyway.</summary>
    public const int ListLimit = AttentionRules.PerKind;

    /// <summary>What the counts of organizations and staff in scope are made of.</summary>
    private static readonly Type[] ScopeCountFeeds = [typeof(Region), typeof(District), typeof(EducationOrganization), typeof(Person), typeof(Employment)];

    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<RoleInScope> Roles { get; private set; } = [];
    public int Organizations { get; private set; }
    public int Staff { get; private set; }
    /// <summary>Set when the scope is one organization, so the staff card can open its list.</summary>
    public int? SingleOrganizationId { get; private set; }
    public IReadOnlyList<AttentionItem> Attention { get; private set; } = [];
    public bool AttentionCut { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = access.UserId;
        var grants = await access.GrantsAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, PersonId = db.People.Where(p => p.UserId == u.Id).Select(p => (int?)p.Id).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        DisplayName = user?.DisplayName is { Length: > 0 } name ? name : User.Identity?.Name ?? "";
        Roles = await RolesInScope.DescribeAsync(db, grants, s, ct);

        var organizations = await access.OrganizationsAsync(ct);
        var people = await access.PeopleAsync(ct);
        var visible = await access.VisibleAsync(ct);
        // Counting a region's staff reads tens of thousands of rows: the scope's counts are kept for a minute, or until staff change.
        (Organizations, Staff) = await cache.GetOrAddAsync($"home-counts:{visible.Key}", ScopeCountFeeds, async () =>
        {
            // Both counts in one command, as subqueries of a row that exists: the user's own.
            var counts = await db.Users.Where(u => u.Id == userId)
                .Select(u => new { Organizations = organizations.Count(), Staff = people.Count() })
                .FirstOrDefaultAsync(ct);
            return (counts?.Organizations ?? 0, counts?.Staff ?? 0);
        });
        if (!visible.All && visible.RegionIds.Length == 0 && visible.DistrictIds.Length == 0 && visible.OrganizationIds.Length == 1)
        {
            SingleOrganizationId = visible.OrganizationIds[0];
        }

        var today = LocalTime.Today(time);
        var horizon = AttentionRules.Horizon(today);
        var current = db.Employments.AsNoTracking().Where(e => e.EndedOn == null && e.CategoryExpiresOn != null && e.CategoryExpiresOn <= horizon);

        var own = await Holdings(current.Where(e => e.Person!.UserId == userId)).ToListAsync(ct);
        List<CategoryHolding> staff = [];
        if (await access.HasAnyAsync(Operation.ManagePeople, ct))
        {
            // A region's lists take tens of milliseconds to find and change with staff records only: cached per scope and day.
            staff = await cache.GetOrAddAsync($"home-expiring:{visible.Key}:{today.DayNumber}", ScopeCountFeeds, () =>
                Holdings(current.Where(e => organizations.Any(o => o.Id == e.OrganizationId))).Take(ListLimit).ToListAsync(ct));
        }
        List<DirectorPost> withoutDirector = [];
        if (grants.Any(g => AttentionRules.OverseesOrganizations(g.Role)))
        {
            withoutDirector = await cache.GetOrAddAsync($"home-no-director:{visible.Key}", ScopeCountFeeds, () => organizations
                .Where(o => !db.Employments.Any(e => e.OrganizationId == o.Id && e.EndedOn == null && e.Position == Position.Director))
                .OrderBy(o => o.Name).Take(ListLimit)
                .Select(o => new DirectorPost(o.Id, o.Name, false))
                .ToListAsync(ct));
        }
        var mine = user?.PersonId is { } me ? await OwnMeetingsAsync(me, today, ct) : (Decisions: [], Meetings: []);
        var facts = new AttentionFacts(own, staff, withoutDirector)
        {
            Grants = grants,
            Decisions = mine.Decisions,
            Meetings = mine.Meetings,
            Bodies = await OverseenBodiesAsync(grants, today, ct),
        };
        Attention = AttentionRules.Evaluate(facts, today);
        AttentionCut = staff.Count == ListLimit || withoutDirector.Count == ListLimit
            || Attention.CountBy(i => i.Kind).Any(k => k.Value >= ListLimit);
    }

    /// <summary>
    /// In one query, the meetings whose signed minutes hold an open decision of the person past its due date
    /// (R22, decided by <see cref="DecisionRules.OverdueFor"/>) and their bodies' meetings of the coming days.
    /// </summary>
    private async Task<(IReadOnlyList<OverdueDecision> Decisions, IReadOnlyList<UpcomingMeeting> Meetings)> OwnMeetingsAsync(int personId, DateOnly today, CancellationToken ct)
    {
        var until = today.AddDays(AttentionRules.UpcomingDays);
        // Each half starts from an index (the person's open decisions; the coming days' meetings): one condition
        // over all meetings with an OR between them would read every meeting of the country.
        var withOverdue = from d in db.MeetingDecisions
                          where d.ResponsiblePersonId == personId && d.Status == DecisionStatus.Open && d.DueDate < today
                          join r in db.MeetingMinutes on d.MinutesId equals r.Id
                          where r.Status == MinutesStatus.Locked
                          select r.MeetingId;
        var coming = from m in db.Meetings
                     where m.Status == MeetingStatus.Scheduled && m.Date >= today && m.Date <= until
                         && db.BodyMemberships.Any(x => x.BodyId == m.BodyId && x.PersonId == personId && x.LeftOn == null)
                     select m.Id;
        var ids = withOverdue.Union(coming);
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Include(m => m.MinutesRevisions.Where(r => r.Status == MinutesStatus.Locked)).ThenInclude(r => r.Decisions)
            .Select(m => new { Meeting = m, Body = db.MethodologicalBodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First() })
            .AsSingleQuery()
            .ToListAsync(ct);
        var bodies = rows.ToDictionary(r => r.Meeting.Id, r => r.Body);
        var decisions = DecisionRules.OverdueFor(personId, rows.Select(r => r.Meeting), today)
            .Select(md => new OverdueDecision(md.Meeting.Id, bodies[md.Meeting.Id], md.Meeting.Number, md.Decision.Text, md.Decision.DueDate))
            .ToList();
        var meetings = rows.Where(r => r.Meeting.Status == MeetingStatus.Scheduled && r.Meeting.Date >= today)
            .Select(r => new UpcomingMeeting(r.Meeting.Id, r.Body, r.Meeting.Number, r.Meeting.Date))
            .ToList();
        return (decisions, meetings);
    }

    /// <summary>The bodies of the organizations, districts and regions where the user oversees bodies, with the rules evaluated.</summary>
    private async Task<IReadOnlyList<BodyHealth>> OverseenBodiesAsync(IReadOnlyList<RoleGrant> grants, DateOnly today, CancellationToken ct)
    {
        var overseeing = grants.Where(g => AttentionRules.OverseesBodies(g.Role) && g.ScopeId is not null).ToList();
        if (overseeing.Count == 0)
        {
            return [];
        }
        int[] Ids(ScopeKind kind) => [.. overseeing.Where(g => g.ScopeKind == kind).Select(g => g.ScopeId!.Value).Distinct().Order()];
        var (organizations, districts, regions) = (Ids(ScopeKind.Organization), Ids(ScopeKind.District), Ids(ScopeKind.Region));
        // A district or a region holds hundreds to thousands of school bodies: evaluating them all on every view of the
        // home page took seconds at region scale. Their own (district, inter-school) bodies are listed here; the schools'
        // bodies are the overview's, one district at a time.
        var bodies = db.MethodologicalBodies.WhereAny<MethodologicalBody>(
            organizations.Length == 0 ? null : b => b.OrganizationId != null && organizations.Contains(b.OrganizationId.Value),
            districts.Length == 0 ? null : b => b.Scope != BodyScope.School && districts.Contains(b.DistrictId),
            regions.Length == 0 ? null : b => b.Scope != BodyScope.School && db.Districts.Any(d => d.Id == b.DistrictId && regions.Contains(d.RegionId)));
        var key = $"overseen:o{string.Join(',', organizations)};d{string.Join(',', districts)};r{string.Join(',', regions)}";
        return await BodyHealthData.LoadCachedAsync(cache, key, db, bodies, today, options.Value, ct);
    }

    private static IQueryable<CategoryHolding> Holdings(IQueryable<Employment> employments) =>
        employments
            .OrderBy(e => e.CategoryExpiresOn)
            .Select(e => new CategoryHolding(e.PersonId, PersonName.Full(e.Person!.Surname, e.Person.Name, e.Person.Patronymic),
                e.Organization!.Name, e.Category, e.CategoryExpiresOn!.Value));
}
