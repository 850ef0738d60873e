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
        // One round trip: the card, its place in the hierarchy and the staff count, within the user's scope.
        // Seeing is being in the visible set: a director sees the region of their school, though no grant covers the region.
        var card = await (await access.OrganizationsAsync(ct)).AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                Organization = o,
                Place = new Place(o.District!.RegionId, o.District.Region!.Name, o.DistrictId, o.District.Name, o.Id, o.Name),
                Staff = db.Employments.Where(e => e.OrganizationId == o.Id && e.EndedOn == null).Select(e => e.PersonId).Distinct().Count(),
            })
            .SingleOrDefaultAsync(ct);
        if (card is null)
        {
            return NotFound();
        }
        (Organization, Place, Staff) = (card.Organization, card.Place, card.Staff);
        CanEdit = await access.CanAsync(Operation.EditOrganization, Place.Scope, ct);
        return Page();
    }
}
