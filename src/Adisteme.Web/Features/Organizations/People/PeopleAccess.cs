using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>An organization a user may pick in a form, with its place for permission checks.</summary>
public sealed record OrganizationOption(int Id, string Name, ScopeRef Scope);

/// <summary>
/// The house rule for people pages and the people API in one place: outside the user's scope → 404, in scope but the
/// operation not allowed → 403. A person is checked against every organization they currently work in.
/// </summary>
public sealed class PeopleAccess(AppDbContext db, CurrentAccess access, FigureCache cache)
{
    private static readonly Type[] OptionFeeds = [typeof(EducationOrganization), typeof(District)];

    private List<OrganizationOption>? _visible;

    /// <summary>Null when <paramref name="operation"/> is allowed on the person; otherwise the result to return.</summary>
    public async Task<IActionResult?> CheckPersonAsync(int personId, Operation operation, CancellationToken ct = default) =>
        (await PersonVerdictAsync(personId, operation, ct)).ToActionResult();

    /// <summary>Hidden for a person outside the user's scope, Denied when the operation is not allowed on them.</summary>
    public async Task<AccessVerdict> PersonVerdictAsync(int personId, Operation operation, CancellationToken ct = default) =>
        !await (await access.PeopleAsync(ct)).AnyAsync(p => p.Id == personId, ct) ? AccessVerdict.Hidden
        : await CanOnPersonAsync(personId, operation, ct) ? AccessVerdict.Allowed
        : AccessVerdict.Denied;

    /// <summary>
    /// True when the user may do <paramref name="operation"/> in one of the organizations the person
    /// currently works in (an administrator also for a person with no current post).
    /// </summary>
    public async Task<bool> CanOnPersonAsync(int personId, Operation operation, CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        if (AccessPolicy.Allows(grants, operation, ScopeRef.Global))
        {
            return true;
        }
        var workplaces = await db.Employments.AsNoTracking()
            .Where(e => e.PersonId == personId && e.EndedOn == null)
            .Select(e => new { e.OrganizationId, e.Organization!.DistrictId, e.Organization.District!.RegionId })
            .ToListAsync(ct);
        return workplaces.Any(w => AccessPolicy.Allows(grants, operation, ScopeRef.ForOrganization(w.RegionId, w.DistrictId, w.OrganizationId)));
    }

    /// <summary>Null when <paramref name="operation"/> is allowed on the organization; otherwise 404 or 403.</summary>
    public async Task<IActionResult?> CheckOrganizationAsync(int organizationId, Operation operation, CancellationToken ct = default) =>
        (await OrganizationVerdictAsync(organizationId, operation, ct)).ToActionResult();

    public async Task<AccessVerdict> OrganizationVerdictAsync(int organizationId, Operation operation, CancellationToken ct = default)
    {
        if (!await (await access.OrganizationsAsync(ct)).AnyAsync(o => o.Id == organizationId, ct)
            || await access.ScopeOfOrganizationAsync(organizationId, ct) is not { } scope)
        {
            return AccessVerdict.Hidden;
        }
        return await access.CanAsync(operation, scope, ct) ? AccessVerdict.Allowed : AccessVerdict.Denied;
    }

    /// <summary>The organizations in scope where the user may do <paramref name="operation"/>, by name (one query per request).</summary>
    public async Task<List<OrganizationOption>> OrganizationsWhereAsync(Operation operation, CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        // A region's centre has hundreds of organizations to choose from on every staff page: cached per scope.
        _visible ??= await cache.GetOrAddAsync($"organization-options:{(await access.VisibleAsync(ct)).Key}", OptionFeeds, async () =>
        {
            var rows = await (await access.OrganizationsAsync(ct)).AsNoTracking()
                .OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name, o.DistrictId, o.District!.RegionId })
                .ToListAsync(ct);
            return rows.Select(o => new OrganizationOption(o.Id, o.Name, ScopeRef.ForOrganization(o.RegionId, o.DistrictId, o.Id))).ToList();
        });
        return _visible.Where(o => AccessPolicy.Allows(grants, operation, o.Scope)).ToList();
    }
}
