using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Regions;

/// <summary>A new region; only administrators add regions.</summary>
public sealed class CreateModel(CurrentAccess access, RegionEditor editor, IStringLocalizer<SharedResource> s) : PageModel
{
    /// <summary>Checked by the editor (one rule check for pages and API); the input class tells MVC not to check it too.</summary>
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.CanAsync(Operation.CreateRegion, ScopeRef.Global, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await access.CanAsync(Operation.CreateRegion, ScopeRef.Global, ct))
        {
            return Forbid();
        }
        (await editor.ValidateAsync(Input, null, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var region = await editor.CreateAsync(Input, ct);
        TempData["Message"] = s["The region has been added."].Value;
        return Redirect($"/Organizations/Regions/Details/{region.Id}");
    }
}
