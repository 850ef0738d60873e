using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Load;

/// <summary>
/// Picks the concrete URLs for a user from the data: the largest school in the user's scope (for
/// its page and staff list) and the surname of one of its teachers (for the person search, which
/// runs over all staff in scope).
/// </summary>
public static class BenchTargets
{
    public sealed record Resolved(IReadOnlyList<PageTarget> Pages, string Description);

    public static async Task<Resolved> ResolveAsync(DatabaseProvider provider, string connectionString, string userName, IReadOnlyList<string> wanted, CancellationToken ct)
    {
        await using var db = BenchDb.Create(provider, connectionString);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, ct)
            ?? throw new InvalidOperationException($"No login '{userName}' in this database: run `generate` first, or pick another --user.");
        var grant = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).OrderBy(g => g.Id).FirstAsync(ct);
        var orgs = grant.ScopeKind switch
        {
            ScopeKind.Region => db.Organizations.Where(o => o.District!.RegionId == grant.ScopeId),
            ScopeKind.District => db.Organizations.Where(o => o.DistrictId == grant.ScopeId),
            ScopeKind.Organization => db.Organizations.Where(o => o.Id == grant.ScopeId),
            _ => db.Organizations,
        };
        var org = await orgs
            .Select(o => new { o.Id, o.Name, Staff = db.Employments.Count(e => e.OrganizationId == o.Id && e.EndedOn == null) })
            .OrderByDescending(o => o.Staff).ThenBy(o => o.Id)
            .FirstAsync(ct);
        var surname = await db.Employments.Where(e => e.OrganizationId == org.Id && e.EndedOn == null && e.Position == Position.Teacher)
            .OrderBy(e => e.Id).Select(e => e.Person!.Surname).FirstOrDefaultAsync(ct)
            ?? await db.Employments.Where(e => e.OrganizationId == org.Id).OrderBy(e => e.Id).Select(e => e.Person!.Surname).FirstAsync(ct);
        var sameSurname = await db.People.CountAsync(p => p.Surname == surname, ct);
        var districts = orgs.Select(o => o.DistrictId).Distinct();
        var association = await db.MethodologicalBodies.AsNoTracking()
            .Where(b => b.Kind == BodyKind.MethodologicalAssociation || b.Kind == BodyKind.SubjectCommission)
            .Where(b => b.OrganizationId == null ? districts.Contains(b.DistrictId) : orgs.Any(o => o.Id == b.OrganizationId))
            .OrderByDescending(b => b.MemberCount).ThenBy(b => b.Id)
            .Select(b => new { b.Id, b.Name, b.MemberCount }).FirstOrDefaultAsync(ct);
        var meeting = association is null ? null : await db.Meetings.AsNoTracking()
            .Where(m => m.BodyId == association.Id && m.Status == MeetingStatus.Held)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Select(m => new { m.Id, m.Date }).FirstOrDefaultAsync(ct);
        var orgDistrict = await db.Organizations.Where(o => o.Id == org.Id).Select(o => o.DistrictId).SingleAsync(ct);

        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PageNames.Bare] = "/Bench/Bare",
            [PageNames.Home] = "/",
            [PageNames.Organization] = string.Create(CultureInfo.InvariantCulture, $"/Organizations/Details/{org.Id}"),
            [PageNames.Staff] = string.Create(CultureInfo.InvariantCulture, $"/Organizations/People?organizationId={org.Id}"),
            [PageNames.Search] = "/Organizations/People?q=" + Uri.EscapeDataString(surname),
        };
        if (association is not null)
        {
            all[PageNames.Association] = string.Create(CultureInfo.InvariantCulture, $"/Associations/Details/{association.Id}");
            all[PageNames.Plan] = string.Create(CultureInfo.InvariantCulture, $"/Associations/Plans/{association.Id}");
        }
        if (meeting is not null)
        {
            all[PageNames.Minutes] = string.Create(CultureInfo.InvariantCulture, $"/Associations/Meetings/Details/{meeting.Id}");
        }
        // A director or deputy oversees one organization; district and region staff a district of their scope.
        all[PageNames.Overview] = grant.ScopeKind == ScopeKind.Organization
            ? string.Create(CultureInfo.InvariantCulture, $"/Associations/Overview?organizationId={org.Id}")
            : string.Create(CultureInfo.InvariantCulture, $"/Associations/Overview?districtId={orgDistrict}");
        var unknown = wanted.Where(w => !all.ContainsKey(w)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Page(s) {string.Join(", ", unknown)} unknown or with nothing to show in this scope or build " +
                $"(available: {string.Join(", ", all.Keys)}).");
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"user {userName} ({grant.Role}, {grant.ScopeKind} {grant.ScopeId}); organization {org.Id} «{org.Name}» with {org.Staff} staff; search «{surname}» ({sameSurname:N0} people with that surname in the database); association {association?.Id} «{association?.Name}» with {association?.MemberCount} members, its latest held meeting {meeting?.Id} of {meeting?.Date}");
        return new Resolved(wanted.Select(w => new PageTarget(w, all[w])).ToList(), description);
    }
}
