using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// An order (бұйрық / приказ / буйрук), e.g. appointing the heads of methodological associations.
/// All text here is the document's own, already in the document's language.
/// </summary>
public sealed record OrderDocument
{
    /// <summary>The organization's full name, printed centred at the top.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>The order's number as registered («45», «12-ж»).</summary>
    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The town as written under the date: «Қостанай қ.» / «г. Костанай».</summary>
    public required string Town { get; init; }

    /// <summary>The "about…" title: «Әдістемелік бірлестік жетекшілерін тағайындау туралы».</summary>
    public required string Title { get; init; }

    /// <summary>The one-sentence basis before БҰЙЫРАМЫН / ПРИКАЗЫВАЮ.</summary>
    public required string Preamble { get; init; }

    /// <summary>The operative points, numbered in this order («… тағайындалсын» / «Назначить …»).</summary>
    public required IReadOnlyList<string> Points { get; init; }

    /// <summary>
    /// Who controls execution, worded as the last point takes it: Kazakh and Kyrgyz dative
    /// («директордың орынбасары А.Ә. Тегіне»), Russian accusative («заместителя директора Ивановой А.А.»).
    /// Null: the signer keeps control («…оставляю за собой»).
    /// </summary>
    public string? ControlAssignee { get; init; }

    /// <summary>The director who signs (position defaults to the school director).</summary>
    public required Signatory Director { get; init; }

    /// <summary>People to be acquainted with the order, each with space to sign and date.</summary>
    public IReadOnlyList<string> Acquainted { get; init; } = [];
}

public sealed class OrderDocumentWriter(DocumentTexts texts) : IDocumentWriter<OrderDocument>
{
    public byte[] Write(OrderDocument document, DocumentLanguage language)
    {
        var text = texts.For(language);
        var control = document.ControlAssignee is { } assignee
            ? Sentence.End(text.Format("Doc.Order.Control", assignee))
            : text["Doc.Order.ControlSelf"];
        var docx = new DocxBuilder(text.Culture)
            .Paragraph(document.OrganizationName, TextAlign.Centre, bold: true)
            .Blank()
            .Paragraph(text["Doc.Order.Heading"], TextAlign.Centre, bold: true)
            .Blank()
            .Spread(DocumentDates.Format(document.Date, text), text.Format("Doc.Number", document.Number))
            .Paragraph(document.Town, TextAlign.Centre)
            .Blank()
            .Paragraph(document.Title, TextAlign.Centre, bold: true)
            .Blank()
            .Paragraph(document.Preamble)
            .Paragraph(text["Doc.Order.Operative"], TextAlign.Left, bold: true)
            .Numbered([.. document.Points, control])
            .Blank()
            .Signatures([new DocxSignature(document.Director.Position ?? text["Doc.Director"], document.Director.Name)]);
        if (document.Acquainted.Count > 0)
        {
            var blankDate = DocumentDates.FormatOrBlank(null, text);
            docx.Blank()
                .Paragraph(text["Doc.Order.Acquainted"], TextAlign.Left)
                .Signatures(document.Acquainted.Select(name => new DocxSignature(name, blankDate)));
        }
        return docx.ToArray();
    }
}
