using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A person's own fields, guarded by their version.</summary>
public sealed class EditModel(AppDbContext db, PeopleAccess people, PersonEditor persons, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public string FullName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(id, Operation.ManagePeople, ct) is { } denied)
        {
            return denied;
        }
        Show(await db.People.AsNoTracking().SingleAsync(p => p.Id == id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(id, Operation.ManagePeople, ct) is { } denied)
        {
            return denied;
        }
        var person = await db.People.SingleAsync(p => p.Id == id, ct);
        FullName = person.FullName;
        (await persons.ValidateAsync(Input, id, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(person, Input.Version);
        PersonEditor.Apply(Input, person);
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.Clear();
            ModelState.AddModelError("", s[Concurrency.Message]);
            Show(await db.People.AsNoTracking().SingleAsync(p => p.Id == id, ct));
            return Page();
        }
        TempData["Message"] = s["The changes have been saved."].Value;
        return RedirectToPage("./Details", new { id });
    }

    private void Show(Person person)
    {
        FullName = person.FullName;
        Input = PersonInput.From(person);
    }
}
