using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations;

/// <summary>The card of one organization.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentAccess access) : PageModel
{
    public Place Place { get; private set; } = null!;
    public EducationOrganization Organization { get; private set; } = null!;
    public int Staff { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var place = await Hierarchy.OrganizationAsync(access, id, ct);
        // Seeing is being in the visible set: a director sees the region of their school, though no grant covers the region.
        if (place is null)
        {
            return NotFound();
        }
        Place = place;
        Organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id, ct);
        Staff = (await Hierarchy.StaffCountsAsync(db, [id], ct)).GetValueOrDefault(id);
        CanEdit = await access.CanAsync(Operation.EditOrganization, Place.Scope, ct);
        return Page();
    }
}
