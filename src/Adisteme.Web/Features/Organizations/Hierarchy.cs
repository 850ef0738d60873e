using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations;

/// <summary>
/// Where a region, district or organization sits: the names for the breadcrumbs and the
/// <see cref="ScopeRef"/> for permission checks, read in one query.
/// </summary>
public sealed record Place(int RegionId, string RegionName, int? DistrictId = null, string? DistrictName = null, int? OrganizationId = null, string? OrganizationName = null)
{
    public ScopeRef Scope => (DistrictId, OrganizationId) switch
    {
        ({ } d, { } o) => ScopeRef.ForOrganization(RegionId, d, o),
        ({ } d, null) => ScopeRef.ForDistrict(RegionId, d),
        _ => ScopeRef.ForRegion(RegionId),
    };
}

/// <summary>A row of an organization list, with its current staff.</summary>
public sealed record OrganizationRow(int Id, string Name, OrganizationKind Kind, InstructionLanguages Languages, bool IsFullyStaffed, string DistrictName, int Staff);

/// <summary>The model of the _OrganizationTable partial.</summary>
public sealed record OrganizationTable(IReadOnlyList<OrganizationRow> Rows, bool ShowDistrict);

public static class Hierarchy
{
    /// <summary>Names sorted as the reader's language sorts them (Қ after К in Kazakh, not after Я).</summary>
    public static StringComparer NameOrder => StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);

    /// <summary>The place of a visible region; null when it does not exist or is outside the user's scope.</summary>
    public static async Task<Place?> RegionAsync(CurrentAccess access, int id, CancellationToken ct) =>
        await (await access.RegionsAsync(ct)).Where(r => r.Id == id)
            .Select(r => new Place(r.Id, r.Name, null, null, null, null)).SingleOrDefaultAsync(ct);

    public static async Task<Place?> DistrictAsync(CurrentAccess access, int id, CancellationToken ct) =>
        await (await access.DistrictsAsync(ct)).Where(d => d.Id == id)
            .Select(d => new Place(d.RegionId, d.Region!.Name, d.Id, d.Name, null, null)).SingleOrDefaultAsync(ct);

    public static async Task<Place?> OrganizationAsync(CurrentAccess access, int id, CancellationToken ct) =>
        await (await access.OrganizationsAsync(ct)).Where(o => o.Id == id)
            .Select(o => new Place(o.District!.RegionId, o.District.Region!.Name, o.DistrictId, o.District.Name, o.Id, o.Name)).SingleOrDefaultAsync(ct);

    /// <summary>
    /// The answer for a record the user asks to act on: 404 when it is outside their scope (its
    /// existence stays hidden), 403 when they may see it but not do <paramref name="operation"/>
    /// there, null when they may go on.
    /// </summary>
    public static async Task<IActionResult?> DenyAsync(this PageModel page, CurrentAccess access, Operation operation, Place? place, CancellationToken ct) =>
        (await VerdictAsync(access, operation, place, ct)).ToActionResult();

    /// <summary>The same answer for the JSON API: Hidden for a missing place, Denied without the permission there.</summary>
    public static async Task<AccessVerdict> VerdictAsync(CurrentAccess access, Operation operation, Place? place, CancellationToken ct) =>
        place is null ? AccessVerdict.Hidden
        : await access.CanAsync(operation, place.Scope, ct) ? AccessVerdict.Allowed
        : AccessVerdict.Denied;

    /// <summary>Organizations with their current staff: one query for the rows, one grouped query for the counts.</summary>
    public static async Task<List<OrganizationRow>> OrganizationRowsAsync(AppDbContext db, IQueryable<EducationOrganization> organizations, CancellationToken ct)
    {
        var rows = await organizations
            .Select(o => new { o.Id, o.Name, o.Kind, o.InstructionLanguages, o.IsFullyStaffed, District = o.District!.Name })
            .ToListAsync(ct);
        var staff = await StaffCountsAsync(db, rows.Select(r => r.Id).ToList(), ct);
        return rows
            .Select(r => new OrganizationRow(r.Id, r.Name, r.Kind, r.InstructionLanguages, r.IsFullyStaffed, r.District, staff.GetValueOrDefault(r.Id)))
            .OrderBy(r => r.DistrictName, NameOrder).ThenBy(r => r.Name, NameOrder)
            .ToList();
    }

    /// <summary>People now employed (no end date) by each organization, counted once per person.</summary>
    public static async Task<Dictionary<int, int>> StaffCountsAsync(AppDbContext db, List<int> organizationIds, CancellationToken ct) =>
        await db.Employments.Where(e => e.EndedOn == null && organizationIds.Contains(e.OrganizationId))
            .GroupBy(e => e.OrganizationId)
            .Select(g => new { g.Key, Count = g.Select(e => e.PersonId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
