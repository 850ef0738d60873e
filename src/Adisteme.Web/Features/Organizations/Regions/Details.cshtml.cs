using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Regions;

/// <summary>A region and the districts of it the user can see.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentAccess access) : PageModel
{
    public sealed record DistrictRow(int Id, string Name, string? EducationDepartmentName, int Organizations);

    public Place Place { get; private set; } = null!;
    public Country Country { get; private set; }
    public string? EducationAuthorityName { get; private set; }
    public IReadOnlyList<DistrictRow> Districts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanCreateDistrict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var place = await Hierarchy.RegionAsync(access, id, ct);
        // Seeing is being in the visible set: a director sees the region of their school, though no grant covers the region.
        if (place is null)
        {
            return NotFound();
        }
        Place = place;
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == id, ct);
        Country = region.Country;
        EducationAuthorityName = region.EducationAuthorityName;
        var organizations = await access.OrganizationsAsync(ct);
        var rows = await (await access.DistrictsAsync(ct)).Where(d => d.RegionId == id)
            .Select(d => new DistrictRow(d.Id, d.Name, d.EducationDepartmentName, organizations.Count(o => o.DistrictId == d.Id)))
            .ToListAsync(ct);
        Districts = rows.OrderBy(d => d.Name, Hierarchy.NameOrder).ToList();
        CanEdit = await access.CanAsync(Operation.EditRegion, Place.Scope, ct);
        CanCreateDistrict = await access.CanAsync(Operation.CreateDistrict, Place.Scope, ct);
        return Page();
    }
}
