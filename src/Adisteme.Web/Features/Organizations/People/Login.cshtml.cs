using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>
/// A person's login: create one, link an existing one, or unlink. Needs <see cref="Operation.GrantRoles"/>
/// in an organization where the person works. Two forms, so each handler binds only its own fields.
/// </summary>
public sealed class LoginModel(AppDbContext db, PeopleAccess people, LoginEditor logins, IStringLocalizer<SharedResource> s) : PageModel
{
    public Person Person { get; private set; } = null!;
    public string? LoginName { get; private set; }
    public NewLoginInput NewLogin { get; set; } = new();
    public LinkLoginInput Link { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken ct) =>
        await LoadAsync(personId, ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(int personId, [Bind(Prefix = nameof(NewLogin))] NewLoginInput input, Guid version, CancellationToken ct)
    {
        if (await LoadAsync(personId, ct) is { } denied)
        {
            return denied;
        }
        NewLogin = input;
        if (ModelState.IsValid)
        {
            var errors = await logins.CreateAsync(Person, input, version, ct);
            errors.CopyTo(ModelState, nameof(NewLogin));
        }
        return await DoneAsync(personId, s["The login {0} has been created.", input.UserName.Trim()], ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(int personId, [Bind(Prefix = nameof(Link))] LinkLoginInput input, Guid version, CancellationToken ct)
    {
        if (await LoadAsync(personId, ct) is { } denied)
        {
            return denied;
        }
        Link = input;
        if (ModelState.IsValid)
        {
            (await logins.LinkAsync(Person, input, version, ct)).CopyTo(ModelState, nameof(Link));
        }
        return await DoneAsync(personId, s["The login {0} has been linked.", input.UserName.Trim()], ct);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(int personId, Guid version, CancellationToken ct)
    {
        if (await LoadAsync(personId, ct) is { } denied)
        {
            return denied;
        }
        if (Person.UserId is not null)
        {
            (await logins.UnlinkAsync(Person, version, ct)).CopyTo(ModelState);
        }
        return await DoneAsync(personId, s["The login has been unlinked; it keeps its roles."], ct);
    }

    /// <summary>PRG on success; otherwise the page again with the messages and the person as stored now.</summary>
    private async Task<IActionResult> DoneAsync(int personId, string message, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            TempData["Message"] = message;
            return RedirectToPage("./Details", new { id = personId });
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(personId, ct) ?? Page();
    }

    /// <summary>Loads the person (tracked, for the handlers to change); null when the user may manage their login.</summary>
    private async Task<IActionResult?> LoadAsync(int personId, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(personId, Operation.GrantRoles, ct) is { } denied)
        {
            return denied;
        }
        Person = await db.People.SingleAsync(p => p.Id == personId, ct);
        LoginName = Person.UserId is null ? null : await db.Users.Where(u => u.Id == Person.UserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        return null;
    }
}
