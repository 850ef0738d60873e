using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

public sealed record BodyRow(int Id, string Name, BodyKind Kind, BodyScope Scope, BodyStatus Status, string Owner, int MemberCount, string? HeadName);

public sealed record ExpiredHeadRow(int BodyId, string Name, string Owner, string HeadName, DateOnly TermEnd);

public sealed record OwnerOption(int Id, string Name);

/// <summary>The bodies the user can see, filtered by kind and owner, and the heads whose term ran out.</summary>
public sealed class IndexModel(AppDbContext db, BodyAccess bodies, CurrentAccess access, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public BodyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    public IReadOnlyList<BodyRow> Rows { get; private set; } = [];
    public IReadOnlyList<ExpiredHeadRow> Expired { get; private set; } = [];
    public IReadOnlyList<OwnerOption> Owners { get; private set; } = [];
    public IReadOnlyList<OwnerOption> CreatableOrganizations { get; private set; } = [];
    public IReadOnlyList<OwnerOption> CreatableDistricts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = LocalTime.Today(time);
        var visible = await bodies.VisibleBodiesAsync(ct);
        var query = visible.Where(b => b.Status != BodyStatus.Closed);
        if (Kind is { } kind)
        {
            query = query.Where(b => b.Kind == kind);
        }
        if (OrganizationId is { } org)
        {
            query = query.Where(b => b.OrganizationId == org);
        }
        Rows = await query
            .OrderBy(b => b.OrganizationId == null ? 0 : 1).ThenBy(b => b.Kind).ThenBy(b => b.Name)
            .Select(b => new BodyRow(b.Id, b.Name, b.Kind, b.Scope, b.Status,
                b.OrganizationId == null
                    ? db.Districts.Where(d => d.Id == b.DistrictId).Select(d => d.Name).First()
                    : db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.ShortName ?? o.Name).First(),
                b.MemberCount,
                b.Appointments.Where(a => a.EndedOn == null && a.TermStart <= today && a.TermEnd >= today)
                    .Select(a => db.People.Where(p => p.Id == a.PersonId).Select(p => p.Surname + " " + p.Name).First()).FirstOrDefault()))
            .Take(500)
            .ToListAsync(ct);
        var ownerIds = await visible.Where(b => b.OrganizationId != null).Select(b => b.OrganizationId!.Value).Distinct().ToListAsync(ct);
        Owners = await db.Organizations.Where(o => ownerIds.Contains(o.Id)).OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new OwnerOption(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);
        if (await access.HasAnyAsync(Operation.ManageBodies, ct))
        {
            Expired = await visible.Where(b => b.Status != BodyStatus.Closed
                    && b.Appointments.Any(a => a.EndedOn == null && a.TermEnd < today)
                    && !b.Appointments.Any(a => a.EndedOn == null && a.TermEnd >= today))
                .Select(b => new
                {
                    b.Id,
                    b.Name,
                    Owner = b.OrganizationId == null
                        ? db.Districts.Where(d => d.Id == b.DistrictId).Select(d => d.Name).First()
                        : db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.ShortName ?? o.Name).First(),
                    Last = b.Appointments.Where(a => a.EndedOn == null).OrderByDescending(a => a.TermEnd)
                        .Select(a => new { a.TermEnd, Head = db.People.Where(p => p.Id == a.PersonId).Select(p => p.Surname + " " + p.Name).First() })
                        .First(),
                })
                .OrderBy(b => b.Name)
                .Select(b => new ExpiredHeadRow(b.Id, b.Name, b.Owner, b.Last.Head, b.Last.TermEnd))
                .ToListAsync(ct);
            CreatableOrganizations = await CreatableAsync(await access.OrganizationsAsync(ct), ct);
            var districts = await (await access.DistrictsAsync(ct)).Select(d => new { d.Id, d.Name, d.RegionId }).ToListAsync(ct);
            var creatable = new List<OwnerOption>();
            foreach (var d in districts)
            {
                if (await access.CanAsync(Operation.ManageBodies, ScopeRef.ForDistrict(d.RegionId, d.Id), ct))
                {
                    creatable.Add(new OwnerOption(d.Id, d.Name));
                }
            }
            CreatableDistricts = creatable;
        }
    }

    private async Task<IReadOnlyList<OwnerOption>> CreatableAsync(IQueryable<Organizations.Domain.EducationOrganization> organizations, CancellationToken ct)
    {
        var rows = await organizations.OrderBy(o => o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name, o.DistrictId, RegionId = o.District!.RegionId }).Take(200).ToListAsync(ct);
        var result = new List<OwnerOption>();
        foreach (var o in rows)
        {
            if (await access.CanAsync(Operation.ManageBodies, ScopeRef.ForOrganization(o.RegionId, o.DistrictId, o.Id), ct))
            {
                result.Add(new OwnerOption(o.Id, o.Name));
            }
        }
        return result;
    }
}
