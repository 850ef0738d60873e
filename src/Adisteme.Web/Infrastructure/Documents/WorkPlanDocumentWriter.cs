using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>The annual work plan of a methodological association, with its approval stamps.</summary>
public sealed record WorkPlanDocument
{
    public required string OrganizationName { get; init; }

    /// <summary>
    /// The association in the genitive the title takes: Kazakh «Математика пәні мұғалімдері
    /// әдістемелік бірлестігінің», Russian «методического объединения учителей математики», Kyrgyz
    /// «Математика мугалимдеринин усулдук бирикмесинин».
    /// </summary>
    public required string BodyName { get; init; }

    /// <summary>As printed in the title: «2025–2026».</summary>
    public required string SchoolYear { get; init; }

    /// <summary>«БЕКІТЕМІН»: the director (top right).</summary>
    public required Signatory ApprovedBy { get; init; }

    /// <summary>«КЕЛІСІЛДІ»: the deputy for methodological work, if the route has passed them.</summary>
    public Signatory? AgreedBy { get; init; }

    /// <summary>«ӘБ отырысында қаралды»: the association's meeting that considered the plan.</summary>
    public MinutesReference? ConsideredAt { get; init; }

    public required string Theme { get; init; }

    public required string Goal { get; init; }

    public IReadOnlyList<string> Tasks { get; init; } = [];

    public IReadOnlyList<string> PriorityDirections { get; init; } = [];

    /// <summary>The table's month groups; printed in school-year order, September to August.</summary>
    public required IReadOnlyList<WorkPlanMonth> Months { get; init; }
}

public sealed record WorkPlanMonth(int Month, IReadOnlyList<WorkPlanItem> Items);

/// <summary>One line of the plan's table; the number (№) is given by the writer.</summary>
public sealed record WorkPlanItem(string Content, string Form, string Timing, string Responsible, string ExpectedResult, string? Completion = null);

public sealed class WorkPlanDocumentWriter(DocumentTexts texts) : IDocumentWriter<WorkPlanDocument>
{
    public byte[] Write(WorkPlanDocument document, DocumentLanguage language)
    {
        var text = texts.For(language);
        var left = new List<DocxStamp>();
        if (document.AgreedBy is { } deputy)
        {
            left.Add(DocumentStamps.Agreed(deputy, text));
        }
        if (document.ConsideredAt is { } meeting)
        {
            left.Add(DocumentStamps.Considered(meeting, text));
        }

        var docx = new DocxBuilder(text.Culture)
            .Stamps(left, [DocumentStamps.Approved(document.ApprovedBy, text)])
            .Blank()
            .Paragraph(document.OrganizationName, TextAlign.Centre, bold: true)
            .Paragraph(text.Format("Doc.WorkPlan.Title", document.BodyName, document.SchoolYear), TextAlign.Centre, bold: true)
            .Blank()
            .Labelled(text["Doc.WorkPlan.Theme"], document.Theme)
            .Labelled(text["Doc.WorkPlan.Goal"], document.Goal);
        if (document.Tasks.Count > 0)
        {
            docx.Labelled(text["Doc.WorkPlan.Tasks"], null).Numbered(document.Tasks);
        }
        if (document.PriorityDirections.Count > 0)
        {
            docx.Labelled(text["Doc.WorkPlan.Priorities"], null).Numbered(document.PriorityDirections);
        }
        return docx.Blank().Table(Columns(text), Rows(document.Months, text)).ToArray();
    }

    // Shares of the line so that every header word («Ответственные», «Аткарылышы») fits unbroken at 12 pt.
    private static DocxColumn[] Columns(DocumentText text) =>
    [
        new(text["Doc.WorkPlan.Column.Number"], 4),
        new(text["Doc.WorkPlan.Column.Content"], 17),
        new(text["Doc.WorkPlan.Column.Form"], 13),
        new(text["Doc.WorkPlan.Column.Timing"], 13),
        new(text["Doc.WorkPlan.Column.Responsible"], 19),
        new(text["Doc.WorkPlan.Column.Result"], 16),
        new(text["Doc.WorkPlan.Column.Completion"], 18),
    ];

    private static IEnumerable<DocxRow> Rows(IEnumerable<WorkPlanMonth> months, DocumentText text)
    {
        var number = 0;
        // September (9) first, August (8) last.
        foreach (var month in months.OrderBy(m => (m.Month + 3) % 12))
        {
            yield return DocxRow.GroupTitle(DocumentDates.MonthName(month.Month, text));
            foreach (var item in month.Items)
            {
                number++;
                yield return DocxRow.Of(number.ToString(text.Culture), item.Content, item.Form, item.Timing, item.Responsible, item.ExpectedResult, item.Completion ?? "");
            }
        }
    }
}
