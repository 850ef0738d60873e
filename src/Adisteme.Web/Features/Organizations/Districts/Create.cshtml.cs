using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Districts;

/// <summary>A new district in a region.</summary>
public sealed class CreateModel(CurrentAccess access, DistrictEditor editor, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int RegionId { get; set; }

    /// <summary>Checked by the editor (one rule check for pages and API); the input class tells MVC not to check it too.</summary>
    [BindProperty]
    public DistrictInput Input { get; set; } = new();

    public Place Place { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await DenyAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }
        (await editor.ValidateAsync(Input, RegionId, null, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var district = await editor.CreateAsync(Input, RegionId, ct);
        TempData["Message"] = s["The district has been added."].Value;
        return Redirect($"/Organizations/Districts/Details/{district.Id}");
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct)
    {
        var place = await Hierarchy.RegionAsync(access, RegionId, ct);
        Place = place!;
        return await this.DenyAsync(access, Operation.CreateDistrict, place, ct);
    }
}
