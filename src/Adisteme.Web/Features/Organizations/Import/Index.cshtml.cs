using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// /Organizations/Import: choose the organization and upload a staff list. The file is checked by
/// content and size, kept in the file store, and the user goes on to the preview; nothing is written yet.
/// </summary>
// No lower request limit here: Kestrel's 30 MB default cuts off abuse, and files just above the 5 MB
// import limit get a message next to the field instead of a bare 413.
public sealed class IndexModel(StaffImport import, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Organization")]
        public int OrganizationId { get; set; }

        [Display(Name = "File")]
        public IFormFile? File { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ImportTarget> Targets { get; private set; } = [];

    public long MaxMegabytes => StaffImport.MaxBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync(int? organizationId, CancellationToken ct)
    {
        if (organizationId is { } id)
        {
            var (access, _) = await import.TargetAsync(id, ct);
            if (access != TargetAccess.Allowed)
            {
                return this.Refuse(access);
            }
            Input.OrganizationId = id;
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.OrganizationId == 0)
        {
            ModelState.AddModelError("Input.OrganizationId", s["Choose an organization."]);
            return await ShowAsync(ct);
        }
        var (access, target) = await import.TargetAsync(Input.OrganizationId, ct);
        if (access != TargetAccess.Allowed)
        {
            return this.Refuse(access);
        }
        if (Input.File is not { Length: > 0 } upload)
        {
            ModelState.AddModelError("Input.File", s["Choose a file."]);
            return await ShowAsync(ct);
        }
        var (kind, content, tooLarge) = await UploadCheck.ReadAsync(upload, StaffImport.MaxBytes, ct);
        await using (content)
        {
            if (tooLarge)
            {
                ModelState.AddModelError("Input.File", s["The file is too large: at most {0} MB.", MaxMegabytes]);
            }
            else if (content is null || kind is not (UploadKind.Xlsx or UploadKind.Csv))
            {
                ModelState.AddModelError("Input.File", s[StaffImportParser.WrongType]);
            }
            else
            {
                var key = await import.StoreAsync(kind, content, ct);
                return RedirectToPage("Preview", new { organizationId = target!.Id, file = key });
            }
        }
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Targets = await import.TargetsAsync(ct);
        if (Targets.Count == 0)
        {
            return Forbid();
        }
        if (Input.OrganizationId == 0 && Targets.Count == 1)
        {
            Input.OrganizationId = Targets[0].Id;
        }
        return Page();
    }
}

internal static class ImportPageExtensions
{
    /// <summary>404 outside the user's scope (existence stays hidden), 403 inside it without the right.</summary>
    public static IActionResult Refuse(this PageModel page, TargetAccess access) =>
        access == TargetAccess.NotFound ? page.NotFound() : page.Forbid();
}
