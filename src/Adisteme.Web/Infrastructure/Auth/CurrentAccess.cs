using System.Security.Claims;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>
/// The signed-in user's grants, loaded once per request, and the queries that keep every list
/// within them. Records outside these filters are answered with 404 so their existence stays hidden.
/// </summary>
public sealed class CurrentAccess(IHttpContextAccessor http, AppDbContext db, FigureCache cache)
{
    /// <summary>
    /// Every request needs the grants, and they change rarely: they are kept in <see cref="FigureCache"/>, so a
    /// grant or a revocation in this process applies from the next request, on other app nodes within its lifetime.
    /// </summary>
    private static readonly Type[] GrantFeeds = [typeof(RoleGrant)];

    private IReadOnlyList<RoleGrant>? _grants;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IReadOnlyList<RoleGrant>> GrantsAsync(CancellationToken ct = default)
    {
        if (_grants is null)
        {
            var userId = UserId;
            _grants = userId is null ? [] : await cache.GetOrAddAsync<IReadOnlyList<RoleGrant>>($"grants:{userId}", GrantFeeds,
                async () => await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).ToArrayAsync(ct));
        }
        return _grants;
    }

    public async Task<bool> CanAsync(Operation operation, ScopeRef target, CancellationToken ct = default) =>
        AccessPolicy.Allows(await GrantsAsync(ct), operation, target);

    public async Task<bool> HasAnyAsync(Operation operation, CancellationToken ct = default)
    {
        var roles = AccessPolicy.RolesAllowed(operation);
        return (await GrantsAsync(ct)).Any(g => roles.Contains(g.Role));
    }

    public async Task<VisibleSet> VisibleAsync(CancellationToken ct = default) => VisibleSet.From(await GrantsAsync(ct));

    public async Task<IQueryable<EducationOrganization>> OrganizationsAsync(CancellationToken ct = default)
    {
        var v = await VisibleAsync(ct);
        return v.All ? db.Organizations : db.Organizations.WhereAny(
            v.RegionIds.Length == 0 ? null : o => v.RegionIds.Contains(o.District!.RegionId),
            v.DistrictIds.Length == 0 ? null : o => v.DistrictIds.Contains(o.DistrictId),
            v.OrganizationIds.Length == 0 ? null : o => v.OrganizationIds.Contains(o.Id));
    }

    public async Task<IQueryable<District>> DistrictsAsync(CancellationToken ct = default)
    {
        var v = await VisibleAsync(ct);
        return v.All ? db.Districts : db.Districts.WhereAny(
            v.RegionIds.Length == 0 ? null : d => v.RegionIds.Contains(d.RegionId),
            v.DistrictIds.Length == 0 ? null : d => v.DistrictIds.Contains(d.Id),
            v.OrganizationIds.Length == 0 ? null : d => d.Organizations.Any(o => v.OrganizationIds.Contains(o.Id)));
    }

    public async Task<IQueryable<Region>> RegionsAsync(CancellationToken ct = default)
    {
        var v = await VisibleAsync(ct);
        return v.All ? db.Regions : db.Regions.WhereAny(
            v.RegionIds.Length == 0 ? null : r => v.RegionIds.Contains(r.Id),
            v.DistrictIds.Length == 0 ? null : r => r.Districts.Any(d => v.DistrictIds.Contains(d.Id)),
            v.OrganizationIds.Length == 0 ? null : r => r.Districts.Any(d => d.Organizations.Any(o => v.OrganizationIds.Contains(o.Id))));
    }

    /// <summary>People employed (now) by a visible organization.</summary>
    public async Task<IQueryable<Person>> PeopleAsync(CancellationToken ct = default)
    {
        var v = await VisibleAsync(ct);
        return v.All ? db.People : db.People.WhereAny(
            v.RegionIds.Length == 0 ? null : p => p.Employments.Any(e => e.EndedOn == null && v.RegionIds.Contains(e.Organization!.District!.RegionId)),
            v.DistrictIds.Length == 0 ? null : p => p.Employments.Any(e => e.EndedOn == null && v.DistrictIds.Contains(e.Organization!.DistrictId)),
            v.OrganizationIds.Length == 0 ? null : p => p.Employments.Any(e => e.EndedOn == null && v.OrganizationIds.Contains(e.OrganizationId)));
    }

    /// <summary>The place of an organization in the hierarchy, for permission checks.</summary>
    public async Task<ScopeRef?> ScopeOfOrganizationAsync(int organizationId, CancellationToken ct = default)
    {
        var row = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.DistrictId, o.District!.RegionId }).SingleOrDefaultAsync(ct);
        return row is null ? null : ScopeRef.ForOrganization(row.RegionId, row.DistrictId, row.Id);
    }

    public async Task<ScopeRef?> ScopeOfDistrictAsync(int districtId, CancellationToken ct = default)
    {
        var row = await db.Districts.AsNoTracking().Where(d => d.Id == districtId)
            .Select(d => new { d.Id, d.RegionId }).SingleOrDefaultAsync(ct);
        return row is null ? null : ScopeRef.ForDistrict(row.RegionId, row.Id);
    }
}

/// <summary>The ids a user's grants reach, whatever the role.</summary>
public sealed record VisibleSet(bool All, int[] RegionIds, int[] DistrictIds, int[] OrganizationIds)
{
    public static VisibleSet From(IEnumerable<RoleGrant> grants)
    {
        var list = grants.ToList();
        return new VisibleSet(
            list.Any(g => g.ScopeKind == ScopeKind.Global),
            Ids(list, ScopeKind.Region),
            Ids(list, ScopeKind.District),
            Ids(list, ScopeKind.Organization));
    }

    /// <summary>The set in a few characters (ids in order), to key figures cached per scope.</summary>
    public string Key => All ? "all" : $"r{string.Join(',', RegionIds.Order())};d{string.Join(',', DistrictIds.Order())};o{string.Join(',', OrganizationIds.Order())}";

    private static int[] Ids(List<RoleGrant> grants, ScopeKind kind) =>
        grants.Where(g => g.ScopeKind == kind && g.ScopeId is not null).Select(g => g.ScopeId!.Value).Distinct().ToArray();
}
