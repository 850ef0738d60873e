using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

/// <summary>A new organization in a district.</summary>
public sealed class CreateModel(CurrentAccess access, OrganizationEditor editor, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int DistrictId { get; set; }

    /// <summary>Checked by the editor (one rule check for pages and API); the input class tells MVC not to check it too.</summary>
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public Place Place { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Most schools teach in Kazakh; the box is ticked to start with.
        Input.InstructionLanguages = [Domain.InstructionLanguages.Kazakh];
        return await DenyAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }
        (await editor.ValidateAsync(Input, DistrictId, null, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var organization = await editor.CreateAsync(Input, DistrictId, ct);
        TempData["Message"] = s["The organization has been added."].Value;
        return Redirect($"/Organizations/Details/{organization.Id}");
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct)
    {
        var place = await Hierarchy.DistrictAsync(access, DistrictId, ct);
        Place = place!;
        return await this.DenyAsync(access, Operation.CreateOrganization, place, ct);
    }
}
