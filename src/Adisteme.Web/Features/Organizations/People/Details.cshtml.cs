using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A person with their posts in the user's scope, their login and their roles.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentAccess access, PeopleAccess people, RoleGrantEditor roles) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<PostView> Posts { get; private set; } = [];
    public string? LoginName { get; private set; }
    public IReadOnlyList<GrantView> Grants { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanGrant { get; private set; }
    public IReadOnlyList<OrganizationOption> AddPostOrganizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(id, Operation.ViewPeople, ct) is { } denied)
        {
            return denied;
        }
        Person = await db.People.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        var grants = await access.GrantsAsync(ct);
        var organizations = await access.OrganizationsAsync(ct);
        var rows = await db.Employments.AsNoTracking()
            .Where(e => e.PersonId == id && organizations.Any(o => o.Id == e.OrganizationId))
            .OrderBy(e => e.EndedOn != null).ThenBy(e => e.Id)
            .Select(e => new
            {
                Employment = e,
                Organization = e.Organization!.Name,
                e.Organization.DistrictId,
                e.Organization.District!.RegionId,
                Subjects = e.Subjects.Select(x => x.Subject!).ToList(),
            })
            .ToListAsync(ct);
        var language = Cultures.CurrentLanguage;
        Posts = rows.Select(r => new PostView(r.Employment, r.Organization, r.Subjects.Select(x => x.NameIn(language)).ToArray(),
            AccessPolicy.Allows(grants, Operation.ManagePeople, ScopeRef.ForOrganization(r.RegionId, r.DistrictId, r.Employment.OrganizationId)))).ToList();

        CanEdit = await people.CanOnPersonAsync(id, Operation.ManagePeople, ct);
        CanGrant = await people.CanOnPersonAsync(id, Operation.GrantRoles, ct);
        AddPostOrganizations = await people.OrganizationsWhereAsync(Operation.ManagePeople, ct);
        if (Person.UserId is { } userId)
        {
            LoginName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
            Grants = await roles.ViewsAsync(userId, ct);
        }
        return Page();
    }
}

/// <summary>A post as the details page shows it.</summary>
public sealed record PostView(Employment Employment, string Organization, string[] Subjects, bool CanManage);
