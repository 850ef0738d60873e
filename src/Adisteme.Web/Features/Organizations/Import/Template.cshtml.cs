using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>/Organizations/Import/Template: the XLSX template in the user's language.</summary>
public sealed class TemplateModel(StaffImport import, CurrentAccess access, IStringLocalizer<SharedResource> s) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.HasAnyAsync(Operation.ManagePeople, ct))
        {
            return Forbid();
        }
        var subjects = await import.SubjectsAsync(ct);
        return File(StaffImportTemplate.Build(s, subjects, Cultures.CurrentLanguage), StaffImportTemplate.ContentType, StaffImportTemplate.FileName);
    }
}
