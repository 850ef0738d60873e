using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>The minutes (хаттама / протокол) of one meeting of an association or council.</summary>
public sealed record MinutesDocument
{
    public required string OrganizationName { get; init; }

    /// <summary>
    /// The body whose meeting it was, in the form the title takes around «отырысының» / «заседания»:
    /// Kazakh «Математика пәні мұғалімдерінің әдістемелік бірлестігі», Russian genitive «методического
    /// объединения учителей математики», Kyrgyz «Математика мугалимдеринин усулдук бирикмеси».
    /// </summary>
    public required string BodyName { get; init; }

    /// <summary>The meeting's number within the school year.</summary>
    public required int Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Printed right of the date when given: «Қостанай қ.».</summary>
    public string? Town { get; init; }

    public required int PresentCount { get; init; }

    public IReadOnlyList<Absence> Absent { get; init; } = [];

    /// <summary>Invited guests, each as «А.Ә. Тегі, position».</summary>
    public IReadOnlyList<string> Invited { get; init; } = [];

    /// <summary>The agenda, in order; each item is also heard, discussed and decided in that order.</summary>
    public required IReadOnlyList<MinutesItem> Items { get; init; }

    public required string ChairName { get; init; }

    public required string SecretaryName { get; init; }
}

/// <summary>A member who missed the meeting and why (the reason may be unknown).</summary>
public sealed record Absence(string Name, string? Reason = null);

/// <summary>
/// One agenda item: its topic and speaker, what the speaker reported (Тыңдалды / СЛУШАЛИ), who else
/// spoke (Сөйлегендер / ВЫСТУПИЛИ) and what was decided (Шешім / ПОСТАНОВИЛИ).
/// </summary>
public sealed record MinutesItem(string Topic, string Speaker, string Heard)
{
    public IReadOnlyList<Speech> Speeches { get; init; } = [];

    public IReadOnlyList<Decision> Decisions { get; init; } = [];
}

public sealed record Speech(string Speaker, string Text);

/// <summary>A decision with the person responsible and the due date, when set.</summary>
public sealed record Decision(string Text, string? Responsible = null, DateOnly? Due = null);

/// <summary>The minutes of several meetings in one file (a year's book), each from a new page.</summary>
public sealed record MinutesBook(IReadOnlyList<MinutesDocument> Meetings);

public sealed class MinutesDocumentWriter(DocumentTexts texts) : IDocumentWriter<MinutesDocument>, IDocumentWriter<MinutesBook>
{
    public byte[] Write(MinutesDocument document, DocumentLanguage language) => Write(new MinutesBook([document]), language);

    public byte[] Write(MinutesBook document, DocumentLanguage language)
    {
        var text = texts.For(language);
        var docx = new DocxBuilder(text.Culture);
        for (var i = 0; i < document.Meetings.Count; i++)
        {
            if (i > 0)
            {
                docx.PageBreak();
            }
            AppendMeeting(docx, document.Meetings[i], text);
        }
        return docx.ToArray();
    }

    private static void AppendMeeting(DocxBuilder docx, MinutesDocument minutes, DocumentText text)
    {
        docx.Paragraph(minutes.OrganizationName, TextAlign.Centre, bold: true)
            .Paragraph(text.Format("Doc.Minutes.Title", minutes.BodyName, minutes.Number), TextAlign.Centre, bold: true)
            .Blank()
            .Spread(DocumentDates.Format(minutes.Date, text), minutes.Town ?? "")
            .Blank()
            .Paragraph(text.Count("Doc.Minutes.Present", minutes.PresentCount), TextAlign.Left)
            .Paragraph(AbsentLine(minutes.Absent, text), TextAlign.Left);
        if (minutes.Invited.Count > 0)
        {
            docx.Labelled(text["Doc.Minutes.Invited"], string.Join(", ", minutes.Invited));
        }

        docx.Blank()
            .Paragraph(text["Doc.Minutes.Agenda"], TextAlign.Left, bold: true)
            .Numbered(minutes.Items.Select(item => $"{item.Topic} ({text.Format("Doc.Minutes.Speaker", item.Speaker)})"));

        for (var i = 0; i < minutes.Items.Count; i++)
        {
            var item = minutes.Items[i];
            var number = (i + 1).ToString(text.Culture);
            docx.Blank().Labelled($"{number}. {text["Doc.Minutes.Heard"]}", $"{item.Speaker} — {item.Heard}");
            if (item.Speeches.Count > 0)
            {
                docx.Labelled(text["Doc.Minutes.Spoke"], null);
                foreach (var speech in item.Speeches)
                {
                    docx.Paragraph($"{speech.Speaker} — {speech.Text}");
                }
            }
            if (item.Decisions.Count > 0)
            {
                docx.Labelled(text["Doc.Minutes.Decided"], null)
                    .Numbered(item.Decisions.Select(d => DecisionLine(d, text)), prefix: number + ".");
            }
        }

        docx.Blank()
            .Signatures([
                new DocxSignature(text["Doc.Minutes.Chair"], minutes.ChairName),
                new DocxSignature(text["Doc.Minutes.Secretary"], minutes.SecretaryName),
            ]);
    }

    private static string AbsentLine(IReadOnlyList<Absence> absent, DocumentText text)
    {
        if (absent.Count == 0)
        {
            return text["Doc.Minutes.AbsentNone"];
        }
        var reasons = string.Join("; ", absent.Select(a => a.Reason is null ? a.Name : $"{a.Name} — {a.Reason}"));
        return $"{text.Count("Doc.Minutes.Absent", absent.Count)} {text.Format("Doc.Minutes.AbsentReasons", reasons)}";
    }

    private static string DecisionLine(Decision decision, DocumentText text)
    {
        var parts = new List<string> { Sentence.End(decision.Text) };
        if (decision.Responsible is { } responsible)
        {
            parts.Add(Sentence.End(text.Format("Doc.Minutes.Responsible", responsible)));
        }
        if (decision.Due is { } due)
        {
            parts.Add(Sentence.End(text.Format("Doc.Minutes.Due", DocumentDates.Format(due, text))));
        }
        return string.Join(" ", parts);
    }
}
