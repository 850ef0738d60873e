using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People.Employments;

/// <summary>Another post for a person, in an organization where the user may manage people.</summary>
public sealed class AddModel(AppDbContext db, PeopleAccess people, PersonEditor persons, EmploymentEditor employments, IStringLocalizer<SharedResource> s, FigureCache cache) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [Display(Name = "Organization")]
        public int? OrganizationId { get; set; }

        public EmploymentInput Employment { get; set; } = new();
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string FullName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int personId, int? organizationId, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(personId, Operation.ViewPeople, ct) is { } denied)
        {
            return denied;
        }
        if (organizationId is { } id && await people.CheckOrganizationAsync(id, Operation.ManagePeople, ct) is { } deniedHere)
        {
            return deniedHere;
        }
        Input.OrganizationId = organizationId;
        return await ShowAsync(personId, ct);
    }

    public async Task<IActionResult> OnPostAsync(int personId, CancellationToken ct)
    {
        if (await people.CheckPersonAsync(personId, Operation.ViewPeople, ct) is { } denied)
        {
            return denied;
        }
        if (Input.OrganizationId is { } organizationId)
        {
            if (await people.CheckOrganizationAsync(organizationId, Operation.ManagePeople, ct) is { } deniedHere)
            {
                return deniedHere;
            }
            (await employments.ValidateAsync(Input.Employment, organizationId, personId, null, ct)).CopyTo(ModelState, "Input.Employment");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(personId, ct);
        }
        employments.Add(personId, Input.OrganizationId!.Value, Input.Employment);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = s["The post has been added."].Value;
        return RedirectToPage("/Organizations/People/Details", new { id = personId });
    }

    private async Task<IActionResult> ShowAsync(int personId, CancellationToken ct)
    {
        var organizations = await people.OrganizationsWhereAsync(Operation.ManagePeople, ct);
        if (organizations.Count == 0)
        {
            return Forbid();
        }
        Input.OrganizationId ??= organizations.Count == 1 ? organizations[0].Id : null;
        ViewData["Organizations"] = organizations;
        FullName = await persons.FullNameAsync(personId, ct);
        ViewData["Subjects"] = await SubjectGroup.LoadAsync(db, cache, ct);
        return Page();
    }
}
