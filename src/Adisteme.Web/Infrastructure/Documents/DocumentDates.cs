using System.Globalization;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Dates as schools write them on paper: «01» қыркүйек 2025 ж. / «01» сентября 2025 г. /
/// «01» сентябрь 2025 ж. The pattern, the month in the case a date needs (Russian genitive) and the
/// «ж.»/«г.» come from the document's resources; this class only fills them in.
/// </summary>
public static class DocumentDates
{
    public static string Format(DateOnly date, DocumentText text) =>
        text.Format("Doc.Date",
            date.Day.ToString("00", CultureInfo.InvariantCulture),
            text[$"Doc.MonthInDate.{date.Month}"],
            date.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>The date, or the blank «__» ________ 20__ ж. to be filled in by hand.</summary>
    public static string FormatOrBlank(DateOnly? date, DocumentText text) =>
        date is { } d ? Format(d, text) : text["Doc.Date.Blank"];

    /// <summary>The month as a heading (Қыркүйек / Сентябрь), nominative and capitalized.</summary>
    public static string MonthName(int month, DocumentText text) =>
        month is >= 1 and <= 12
            ? text[$"Doc.Month.{month}"]
            : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
}
