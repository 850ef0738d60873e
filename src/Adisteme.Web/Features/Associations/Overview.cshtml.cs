using System.Globalization;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// The district's (or one organization's) bodies at a glance, one row per organization: plans by state,
/// meetings held against those required so far, bodies behind schedule, missing heads, overdue decisions.
/// For those who control associations (<see cref="Operation.ManageBodies"/>); a fixed number of queries
/// whatever the rows (<see cref="BodyHealthData"/>), rules evaluated in memory.
/// </summary>
public sealed class OverviewModel(AppDbContext db, CurrentAccess access, TimeProvider time, IOptions<AssociationRulesOptions> options,
    IStringLocalizer<SharedResource> s, FigureCache cache) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? DistrictId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Problems { get; set; }

    public string ScopeName { get; private set; } = "";
    public IReadOnlyList<OwnerOption> Districts { get; private set; } = [];
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Plan columns in route order; null is "no plan".</summary>
    public static readonly PlanStatus?[] PlanColumns = [PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Agreed, PlanStatus.Approved, null];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1;
        var visible = await access.VisibleAsync(ct);
        var overDistricts = visible.All || visible.RegionIds.Length > 0 || visible.DistrictIds.Length > 0;
        if (OrganizationId is null && DistrictId is null)
        {
            if (overDistricts)
            {
                DistrictId = await (await access.DistrictsAsync(ct)).OrderBy(d => d.Name).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            }
            else
            {
                OrganizationId = visible.OrganizationIds.Length > 0 ? visible.OrganizationIds[0] : null;
            }
        }
        var scope = OrganizationId is { } org ? await access.ScopeOfOrganizationAsync(org, ct)
            : DistrictId is { } district ? await access.ScopeOfDistrictAsync(district, ct)
            : null;
        if (scope is not { } place || !await access.CanAsync(Operation.View, place, ct))
        {
            return NotFound();
        }
        if (!await access.CanAsync(Operation.ManageBodies, place, ct))
        {
            return Forbid();
        }

        IQueryable<Organizations.Domain.EducationOrganization> organizations;
        IQueryable<MethodologicalBody> bodies;
        string bodiesKey;
        if (OrganizationId is { } organizationId)
        {
            DistrictId = null;
            organizations = db.Organizations.Where(o => o.Id == organizationId);
            bodies = db.MethodologicalBodies.Where(b => b.OrganizationId == organizationId);
            bodiesKey = string.Create(CultureInfo.InvariantCulture, $"organization:{organizationId}");
        }
        else
        {
            var districtId = DistrictId!.Value;
            ScopeName = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).SingleAsync(ct);
            organizations = db.Organizations.Where(o => o.DistrictId == districtId);
            bodies = db.MethodologicalBodies.Where(b => b.DistrictId == districtId);
            bodiesKey = string.Create(CultureInfo.InvariantCulture, $"district:{districtId}");
            if (overDistricts)
            {
                Districts = await (await access.DistrictsAsync(ct)).OrderBy(d => d.Name).Select(d => new OwnerOption(d.Id, d.Name)).ToListAsync(ct);
            }
        }
        var owners = await organizations.AsNoTracking().Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        if (OrganizationId is not null)
        {
            ScopeName = owners.Single().Name;
        }
        // Evaluating a district's few hundred bodies is the page's cost: kept for a minute, or until a write to what they are made of.
        var health = await BodyHealthData.LoadCachedAsync(cache, bodiesKey, db, bodies, LocalTime.Today(time), options.Value, ct);
        var rows = OverviewRows.Build(owners.Select(o => (o.Id, o.Name)), s["{0}: district and inter-school bodies", ScopeName], health, Problems);
        Total = rows.Count;
        PageNumber = Math.Min(PageNumber, PageCount);
        Rows = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public string PageUrl(int page)
    {
        var scope = OrganizationId is { } org
            ? string.Create(CultureInfo.InvariantCulture, $"organizationId={org}")
            : string.Create(CultureInfo.InvariantCulture, $"districtId={DistrictId}");
        return string.Create(CultureInfo.InvariantCulture, $"/Associations/Overview?{scope}{(Problems ? "&problems=true" : "")}&page={page}");
    }
}
