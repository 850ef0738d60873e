using Adisteme.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>What an attached document belongs to; the URL names it so a key from the store is never taken from the user.</summary>
public enum AttachmentKind
{
    Regulation,
    Analysis,
    Evidence,
    PreviousYearAnalysis,
}

/// <summary>
/// Downloads a document attached on the associations' pages (a regulation, an analysis, an item's evidence).
/// The file is found through the record it belongs to, so whoever may see the body may read it and nobody else.
/// </summary>
public sealed class FileModel(AppDbContext db, BodyAccess access, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken ct)
    {
        if (!Enum.TryParse<AttachmentKind>(kind, ignoreCase: true, out var attachment) || int.TryParse(kind, out _))
        {
            return NotFound();
        }
        var found = await FindAsync(attachment, id, ct);
        if (found is not { FileKey: { } key } || await access.FindAsync(found.BodyId, ct) is null)
        {
            return NotFound();
        }
        var content = await files.OpenAsync(key, ct);
        if (content is null)
        {
            return NotFound();
        }
        var extension = Path.GetExtension(key);
        return File(content, ContentTypeOf(extension), $"{attachment.ToString().ToLowerInvariant()}-{id}{extension}");
    }

    private sealed record Attachment(int BodyId, string? FileKey);

    private Task<Attachment?> FindAsync(AttachmentKind kind, int id, CancellationToken ct) => kind switch
    {
        AttachmentKind.Regulation => db.MethodologicalBodies.Where(b => b.Id == id)
            .Select(b => new Attachment(b.Id, b.RegulationFileKey)).SingleOrDefaultAsync(ct),
        AttachmentKind.Analysis => db.WorkPlans.SelectMany(p => p.Analyses).Where(a => a.Id == id)
            .Select(a => new Attachment(db.WorkPlans.Where(p => p.Id == a.PlanId).Select(p => p.BodyId).First(), a.FileKey)).SingleOrDefaultAsync(ct),
        AttachmentKind.Evidence => db.WorkPlanItems.Where(i => i.Id == id)
            .Select(i => new Attachment(db.WorkPlanVersions.Where(v => v.Id == i.VersionId)
                .Select(v => db.WorkPlans.Where(p => p.Id == v.PlanId).Select(p => p.BodyId).First()).First(), i.EvidenceFileKey))
            .SingleOrDefaultAsync(ct),
        AttachmentKind.PreviousYearAnalysis => db.WorkPlanVersions.Where(v => v.Id == id)
            .Select(v => new Attachment(db.WorkPlans.Where(p => p.Id == v.PlanId).Select(p => p.BodyId).First(), v.PreviousYearAnalysisFileKey))
            .SingleOrDefaultAsync(ct),
        _ => Task.FromResult<Attachment?>(null),
    };

    /// <summary>Only the kinds <see cref="AssociationFiles"/> accepts are ever stored here.</summary>
    private static string ContentTypeOf(string extension) => extension switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
