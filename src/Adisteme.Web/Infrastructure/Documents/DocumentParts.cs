namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Someone who signs or approves: the name as printed («А.Ә. Тегі»), the date once known (a blank
/// «__» ________ 20__ ж. is printed otherwise) and the position when it is not the usual one for
/// the place (e.g. a district department head instead of the school director).
/// </summary>
public sealed record Signatory(string Name, DateOnly? Date = null, string? Position = null);

/// <summary>The meeting whose minutes decided something: number and date, each blank if unknown.</summary>
public sealed record MinutesReference(string? Number, DateOnly? Date);

/// <summary>The approval stamps of document-layouts.md, worded for the document's language.</summary>
internal static class DocumentStamps
{
    private const string BlankNumber = "__";

    public static DocxStamp Approved(Signatory director, DocumentText text) =>
        Signed(text["Doc.Stamp.Approved"], director.Position ?? text["Doc.Director"], director, text);

    public static DocxStamp Agreed(Signatory deputy, DocumentText text) =>
        Signed(text["Doc.Stamp.Agreed"], deputy.Position ?? text["Doc.Deputy"], deputy, text);

    public static DocxStamp Considered(MinutesReference minutes, DocumentText text) =>
        new(null, [text.Format("Doc.Stamp.Considered", minutes.Number ?? BlankNumber, DocumentDates.FormatOrBlank(minutes.Date, text))]);

    private static DocxStamp Signed(string heading, string position, Signatory who, DocumentText text) =>
        new(heading, [position, $"{DocxBuilder.SignatureBlank} {who.Name}", DocumentDates.FormatOrBlank(who.Date, text)]);
}

internal static class Sentence
{
    /// <summary>
    /// Ends <paramref name="value"/> with exactly one full stop, unless it already ends a sentence:
    /// «… А.А.» and «… 2025 ж.» stay as they are, «… Н.В..» (a wording's stop after initials) loses one.
    /// </summary>
    public static string End(string value)
    {
        var trimmed = value.TrimEnd();
        if (trimmed.EndsWith("..", StringComparison.Ordinal))
        {
            return trimmed[..^1];
        }
        return trimmed.Length > 0 && ".!?…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
