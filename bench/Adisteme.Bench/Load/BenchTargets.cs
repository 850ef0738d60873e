using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Web.Data;
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

        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PageNames.Bare] = "/Bench/Bare",
            [PageNames.Home] = "/",
            [PageNames.Organization] = string.Create(CultureInfo.InvariantCulture, $"/Organizations/Details/{org.Id}"),
            [PageNames.Staff] = string.Create(CultureInfo.InvariantCulture, $"/Organizations/People?organizationId={org.Id}"),
            [PageNames.Search] = "/Organizations/People?q=" + Uri.EscapeDataString(surname),
        };
        var unknown = wanted.Where(w => !all.ContainsKey(w)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown page(s) {string.Join(", ", unknown)} (known: {string.Join(", ", all.Keys)}).");
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"user {userName} ({grant.Role}, {grant.ScopeKind} {grant.ScopeId}); organization {org.Id} «{org.Name}» with {org.Staff} staff; search «{surname}» ({sameSurname:N0} people with that surname in the database)");
        return new Resolved(wanted.Select(w => new PageTarget(w, all[w])).ToList(), description);
    }
}
