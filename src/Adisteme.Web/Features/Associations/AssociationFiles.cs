using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Files;

namespace Adisteme.Web.Features.Associations;

/// <summary>Documents attached on the associations' pages (a regulation, an analysis): checked by content, kept in the file store.</summary>
public static class AssociationFiles
{
    private static readonly UploadKind[] s_documentKinds = [UploadKind.Pdf, UploadKind.Docx, UploadKind.Xlsx];

    /// <summary>
    /// The store key of the uploaded document, or null when nothing was uploaded. A file too large or not a
    /// PDF, Word or Excel document is refused at <paramref name="field"/> before anything is written.
    /// </summary>
    public static async Task<string?> SaveAsync(IFileStore files, IFormFile? upload, string field, CancellationToken ct)
    {
        if (upload is not { Length: > 0 })
        {
            return null;
        }
        var (kind, content, tooLarge) = await UploadCheck.ReadAsync(upload, ct: ct);
        if (tooLarge || content is null || !s_documentKinds.Contains(kind))
        {
            content?.Dispose();
            throw new DomainException(RuleCatalog.Input.Error(tooLarge ? "The file is too large." : "Upload a PDF, Word or Excel file.").For(field));
        }
        await using (content)
        {
            return await files.SaveAsync(content, "." + kind.ToString().ToLowerInvariant(), ct);
        }
    }
}
