using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A new person with their first post, in an organization where the user may manage people.</summary>
public sealed class CreateModel(AppDbContext db, PeopleAccess people, PersonEditor persons, EmploymentEditor employments,
    IStringLocalizer<SharedResource> s, FigureCache cache) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [Display(Name = "Organization")]
        public int? OrganizationId { get; set; }

        public PersonInput Person { get; set; } = new();
        public EmploymentInput Employment { get; set; } = new();
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();


    public async Task<IActionResult> OnGetAsync(int? organizationId, CancellationToken ct)
    {
        if (organizationId is { } id && await people.CheckOrganizationAsync(id, Operation.ManagePeople, ct) is { } denied)
        {
            return denied;
        }
        Input.OrganizationId = organizationId;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.OrganizationId is { } organizationId)
        {
            if (await people.CheckOrganizationAsync(organizationId, Operation.ManagePeople, ct) is { } denied)
            {
                return denied;
            }
            (await persons.ValidateAsync(Input.Person, null, ct)).CopyTo(ModelState, "Input.Person");
            (await employments.ValidateAsync(Input.Employment, organizationId, null, null, ct)).CopyTo(ModelState, "Input.Employment");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }
        var person = persons.Add(Input.Person, Input.OrganizationId!.Value, Input.Employment);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = s["{0} has been added.", person.FullName].Value;
        return RedirectToPage("./Details", new { id = person.Id });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var organizations = await people.OrganizationsWhereAsync(Operation.ManagePeople, ct);
        if (organizations.Count == 0)
        {
            return Forbid();
        }
        Input.OrganizationId ??= organizations.Count == 1 ? organizations[0].Id : null;
        ViewData["Organizations"] = organizations;
        ViewData["Subjects"] = await SubjectGroup.LoadAsync(db, cache, ct);
        return Page();
    }
}
