using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations;

/// <summary>
/// The top of the hierarchy the user can see: the regions with their districts and organizations,
/// or, for someone whose grants are all on single organizations, those organizations directly.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentAccess access) : PageModel
{
    public sealed record RegionRow(int Id, string Name, Country Country, int Districts, int Organizations);

    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public IReadOnlyList<OrganizationRow> Organizations { get; private set; } = [];
    public bool OrganizationsOnly { get; private set; }
    public bool CanCreateRegion { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = await access.VisibleAsync(ct);
        var organizations = await access.OrganizationsAsync(ct);
        CanCreateRegion = await access.CanAsync(Operation.CreateRegion, ScopeRef.Global, ct);
        OrganizationsOnly = !visible.All && visible.RegionIds.Length == 0 && visible.DistrictIds.Length == 0;
        if (OrganizationsOnly)
        {
            Organizations = await Hierarchy.OrganizationRowsAsync(db, organizations, ct);
            return;
        }
        var districts = await access.DistrictsAsync(ct);
        var rows = await (await access.RegionsAsync(ct))
            .Select(r => new RegionRow(r.Id, r.Name, r.Country,
                districts.Count(d => d.RegionId == r.Id),
                organizations.Count(o => o.District!.RegionId == r.Id)))
            .ToListAsync(ct);
        Regions = rows.OrderBy(r => r.Name, Hierarchy.NameOrder).ToList();
    }
}
