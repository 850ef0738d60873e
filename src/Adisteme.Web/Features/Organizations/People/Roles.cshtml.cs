using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>
/// The roles of a person's login: grant a role in a scope, revoke one. Only roles and scopes the
/// signed-in user's own grants allow are offered, and the same check guards every POST.
/// </summary>
public sealed class RolesModel(AppDbContext db, PeopleAccess people, RoleGrantEditor roles, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public GrantInput Input { get; set; } = new();

    public string FullName { get; private set; } = "";
    public string? UserId { get; private set; }
    public IReadOnlyList<GrantView> Grants { get; private set; } = [];
    public GrantOptions Options { get; private set; } = new(new Dictionary<AppRole, IReadOnlyList<ScopeOption>>());

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken ct) =>
        await LoadAsync(personId, ct) ?? Page();

    /// <summary>htmx: the scope list for the role just chosen.</summary>
    public async Task<IActionResult> OnGetScopesAsync(int personId, [FromQuery(Name = "Input.Role")] AppRole? role, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(personId, Operation.GrantRoles, ct) is { } denied)
        {
            return denied;
        }
        Input.Role = role;
        Options = await roles.OptionsAsync(ct);
        return Partial("_ScopeSelect", this);
    }

    public async Task<IActionResult> OnPostGrantAsync(int personId, CancellationToken ct)
    {
        if (await LoadAsync(personId, ct) is { } denied)
        {
            return denied;
        }
        if (UserId is null)
        {
            return RedirectToPage("./Login", new { personId });
        }
        (await roles.ValidateAsync(UserId, Input, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.RoleGrants.Add(roles.Create(UserId, Input));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = s["The role has been granted."].Value;
        return RedirectToPage(new { personId });
    }

    public async Task<IActionResult> OnPostRevokeAsync(int personId, int grantId, CancellationToken ct)
    {
        if (await LoadAsync(personId, ct) is { } denied)
        {
            return denied;
        }
        var grant = UserId is null ? null : await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.UserId == UserId, ct);
        if (grant is null)
        {
            return NotFound();
        }
        if (!await roles.MayRevokeAsync(grant, ct))
        {
            return Forbid();
        }
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = s["The role has been revoked."].Value;
        return RedirectToPage(new { personId });
    }

    /// <summary>The person, their grants and what may be granted; null when the user may grant roles to them.</summary>
    private async Task<IActionResult?> LoadAsync(int personId, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(personId, Operation.GrantRoles, ct) is { } denied)
        {
            return denied;
        }
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Surname, p.Name, p.Patronymic, p.UserId }).SingleAsync(ct);
        FullName = Domain.PersonName.Full(person.Surname, person.Name, person.Patronymic);
        UserId = person.UserId;
        if (UserId is not null)
        {
            Grants = await roles.ViewsAsync(UserId, ct);
            Options = await roles.OptionsAsync(ct);
        }
        return null;
    }
}
