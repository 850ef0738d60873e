using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Account;

/// <summary>A role as people read it: "Director" of "School № 101".</summary>
public sealed record RoleInScope(AppRole Role, ScopeKind ScopeKind, int? ScopeId, string RoleText, string ScopeName);

public static class RolesInScope
{
    /// <summary>Names the place of every grant with at most one query per kind of scope.</summary>
    public static async Task<IReadOnlyList<RoleInScope>> DescribeAsync(AppDbContext db, IReadOnlyList<RoleGrant> grants, IStringLocalizer s, CancellationToken ct)
    {
        var regionIds = IdsOf(grants, ScopeKind.Region);
        var districtIds = IdsOf(grants, ScopeKind.District);
        var organizationIds = IdsOf(grants, ScopeKind.Organization);
        var regions = regionIds.Length == 0 ? [] : await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name }).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var districts = districtIds.Length == 0 ? [] : await db.Districts.AsNoTracking().Where(d => districtIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var organizations = organizationIds.Length == 0 ? [] : await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        string ScopeName(RoleGrant g) => g.ScopeKind switch
        {
            ScopeKind.Region => regions.GetValueOrDefault(g.ScopeId ?? 0, "?"),
            ScopeKind.District => districts.GetValueOrDefault(g.ScopeId ?? 0, "?"),
            ScopeKind.Organization => organizations.GetValueOrDefault(g.ScopeId ?? 0, "?"),
            _ => s["Whole system"],
        };

        return grants
            .Select(g => new RoleInScope(g.Role, g.ScopeKind, g.ScopeId, s.Enum(g.Role), ScopeName(g)))
            .OrderByDescending(r => r.Role).ThenBy(r => r.ScopeName, StringComparer.CurrentCulture)
            .ToList();
    }

    private static int[] IdsOf(IEnumerable<RoleGrant> grants, ScopeKind kind) =>
        grants.Where(g => g.ScopeKind == kind && g.ScopeId is not null).Select(g => g.ScopeId!.Value).Distinct().ToArray();
}
