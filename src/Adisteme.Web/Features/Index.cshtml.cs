using Adisteme.Web.Features.Account;
using Adisteme.Web.Features.Home;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features;

/// <summary>
/// The home page: the user's roles and where they hold them, what is in their scope and what needs
/// their attention (rules in <see cref="AttentionRules"/>). A fixed handful of queries whatever the scope's size.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentAccess access, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    /// <summary>At most this many lines per kind: a region-wide list would not be read anyway.</summary>
    public const int ListLimit = 30;

    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<RoleInScope> Roles { get; private set; } = [];
    public int Organizations { get; private set; }
    public int Staff { get; private set; }
    /// <summary>Set when the scope is one organization, so the staff card can open its list.</summary>
    public int? SingleOrganizationId { get; private set; }
    public IReadOnlyList<AttentionItem> Attention { get; private set; } = [];
    public bool AttentionCut { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = access.UserId;
        var grants = await access.GrantsAsync(ct);
        DisplayName = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } name
            ? name
            : User.Identity?.Name ?? "";
        Roles = await RolesInScope.DescribeAsync(db, grants, s, ct);

        var organizations = await access.OrganizationsAsync(ct);
        Organizations = await organizations.CountAsync(ct);
        Staff = await (await access.PeopleAsync(ct)).CountAsync(ct);
        var visible = await access.VisibleAsync(ct);
        if (!visible.All && visible.RegionIds.Length == 0 && visible.DistrictIds.Length == 0 && visible.OrganizationIds.Length == 1)
        {
            SingleOrganizationId = visible.OrganizationIds[0];
        }

        var today = LocalTime.Today(time);
        var horizon = AttentionRules.Horizon(today);
        var current = db.Employments.AsNoTracking().Where(e => e.EndedOn == null && e.CategoryExpiresOn != null && e.CategoryExpiresOn <= horizon);

        var own = await Holdings(current.Where(e => e.Person!.UserId == userId)).ToListAsync(ct);
        List<CategoryHolding> staff = [];
        if (await access.HasAnyAsync(Operation.ManagePeople, ct))
        {
            staff = await Holdings(current.Where(e => organizations.Any(o => o.Id == e.OrganizationId))).Take(ListLimit).ToListAsync(ct);
        }
        List<DirectorPost> withoutDirector = [];
        if (grants.Any(g => AttentionRules.OverseesOrganizations(g.Role)))
        {
            withoutDirector = await organizations
                .Where(o => !db.Employments.Any(e => e.OrganizationId == o.Id && e.EndedOn == null && e.Position == Position.Director))
                .OrderBy(o => o.Name).Take(ListLimit)
                .Select(o => new DirectorPost(o.Id, o.Name, false))
                .ToListAsync(ct);
        }
        AttentionCut = staff.Count == ListLimit || withoutDirector.Count == ListLimit;
        Attention = AttentionRules.Evaluate(new AttentionFacts(own, staff, withoutDirector), today);
    }

    private static IQueryable<CategoryHolding> Holdings(IQueryable<Employment> employments) =>
        employments
            .OrderBy(e => e.CategoryExpiresOn)
            .Select(e => new CategoryHolding(e.PersonId, PersonName.Full(e.Person!.Surname, e.Person.Name, e.Person.Patronymic),
                e.Organization!.Name, e.Category, e.CategoryExpiresOn!.Value));
}
