using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// One writer per kind of document. Writers take a plain view-model (no entities) and the
/// document's language, which is the organization's DocumentLanguage, not the reader's culture.
/// </summary>
public interface IDocumentWriter<in TDocument>
{
    /// <summary>The DOCX package (content type <see cref="DocxBuilder.ContentType"/>).</summary>
    byte[] Write(TDocument document, DocumentLanguage language);
}
