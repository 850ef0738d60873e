using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Districts;

/// <summary>A district and the organizations of it the user can see.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentAccess access) : PageModel
{
    public Place Place { get; private set; } = null!;
    public string? EducationDepartmentName { get; private set; }
    public IReadOnlyList<OrganizationRow> Organizations { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanCreateOrganization { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var place = await Hierarchy.DistrictAsync(access, id, ct);
        // Seeing is being in the visible set: a director sees the region of their school, though no grant covers the region.
        if (place is null)
        {
            return NotFound();
        }
        Place = place;
        EducationDepartmentName = await db.Districts.Where(d => d.Id == id).Select(d => d.EducationDepartmentName).SingleAsync(ct);
        Organizations = await Hierarchy.OrganizationRowsAsync(db, (await access.OrganizationsAsync(ct)).Where(o => o.DistrictId == id), ct);
        CanEdit = await access.CanAsync(Operation.EditDistrict, Place.Scope, ct);
        CanCreateOrganization = await access.CanAsync(Operation.CreateOrganization, Place.Scope, ct);
        return Page();
    }
}
