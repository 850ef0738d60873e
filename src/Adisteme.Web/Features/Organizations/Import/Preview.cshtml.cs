using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// /Organizations/Import/Preview?organizationId=N&amp;file=KEY: the stored upload checked row by row
/// against the register as it is now. Nothing is written until Confirm; then all valid rows go in
/// one transaction. If the register changed since the preview, nothing is written and the new
/// preview is shown.
/// </summary>
public sealed class PreviewModel(StaffImport import, IStringLocalizer<SharedResource> s) : PageModel
{
    /// <summary>Valid rows are summarized; a long list is cut to keep the page light (invalid rows are always all shown).</summary>
    public const int ValidRowsShown = 100;

    public sealed record ValidRowView(int Number, string FullName, string? Iin, string Position, bool ExistingPerson);

    public sealed record InvalidRowView(int Number, string Person, IReadOnlyList<string> Problems);

    public ImportTarget Target { get; private set; } = new(0, "");
    public string FileKey { get; private set; } = "";
    public IReadOnlyList<string> FileErrors { get; private set; } = [];
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];
    public IReadOnlyList<InvalidRowView> Invalid { get; private set; } = [];
    public IReadOnlyList<ValidRowView> Valid { get; private set; } = [];
    public int ValidCount { get; private set; }
    public int NewPeople { get; private set; }
    public int ExistingPeople { get; private set; }
    public string Fingerprint { get; private set; } = "";
    public bool DataChanged { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, string? file, CancellationToken ct)
    {
        if (await OpenAsync(organizationId, file, ct) is { } refused)
        {
            return refused;
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int organizationId, string? file, string? fingerprint, CancellationToken ct)
    {
        if (await OpenAsync(organizationId, file, ct) is { } refused)
        {
            return refused;
        }
        var result = await import.CheckAsync(Target.Id, FileKey, ct);
        if (result is null)
        {
            return Gone();
        }
        if (result.File.Errors.Count > 0 || result.Check.Valid.Count == 0)
        {
            return Show(result);
        }
        if (result.Fingerprint != fingerprint || !await import.WriteAsync(Target.Id, result.Check.Valid, ct))
        {
            DataChanged = true;
            return await ShowAsync(ct);
        }
        await import.DeleteAsync(FileKey, ct);
        TempData["Message"] = s["Staff imported: {0}.", result.Check.Valid.Count].Value;
        return RedirectToPage("Index", new { organizationId = Target.Id });
    }

    public async Task<IActionResult> OnPostCancelAsync(int organizationId, string? file, CancellationToken ct)
    {
        if (await OpenAsync(organizationId, file, ct) is { } refused)
        {
            return refused;
        }
        await import.DeleteAsync(FileKey, ct);
        return RedirectToPage("Index", new { organizationId = Target.Id });
    }

    /// <summary>Checks the key's shape and the user's right on the organization; null when both are fine.</summary>
    private async Task<IActionResult?> OpenAsync(int organizationId, string? file, CancellationToken ct)
    {
        if (!StaffImport.IsValidKey(file))
        {
            return NotFound();
        }
        var (access, target) = await import.TargetAsync(organizationId, ct);
        if (access != TargetAccess.Allowed)
        {
            return this.Refuse(access);
        }
        (Target, FileKey) = (target!, file!);
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct) =>
        await import.CheckAsync(Target.Id, FileKey, ct) is { } result ? Show(result) : Gone();

    private PageResult Show(StaffImportResult result)
    {
        FileErrors = result.File.Errors.Select(Describe).ToList();
        IgnoredColumns = result.File.IgnoredColumns;
        Invalid = result.Check.Invalid.Select(r => new InvalidRowView(r.Number, r.Person, r.Errors.Select(Describe).ToList())).ToList();
        var valid = result.Check.Valid;
        ValidCount = valid.Count;
        ExistingPeople = valid.Count(v => v.ExistingPersonId is not null);
        NewPeople = ValidCount - ExistingPeople;
        Valid = valid.Take(ValidRowsShown)
            .Select(v => new ValidRowView(v.Number, v.Record.FullName, v.Record.Iin, s.Enum(v.Record.Position), v.ExistingPersonId is not null))
            .ToList();
        Fingerprint = result.Fingerprint;
        return Page();
    }

    /// <summary>The stored file is gone (imported, cancelled or cleaned up): back to the upload form.</summary>
    private RedirectToPageResult Gone()
    {
        TempData["Message"] = s["The uploaded file is no longer available. Upload it again."].Value;
        return RedirectToPage("Index", new { organizationId = Target.Id });
    }

    /// <summary>"Column: message" in the user's language.</summary>
    private string Describe(ImportMessage message)
    {
        var text = s[message.Text, message.Args].Value;
        return message.Column is { } column ? $"{s[StaffColumns.Header(column)]}: {text}" : text;
    }
}
