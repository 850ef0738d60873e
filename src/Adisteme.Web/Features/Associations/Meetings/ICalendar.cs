using System.Globalization;
using System.Text;

namespace Adisteme.Web.Features.Associations.Meetings;

/// <summary>One event of the feed; <see cref="StartUtc"/> null makes it an all-day event on <see cref="Date"/>.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Date, DateTime? StartUtc, int DurationMinutes, string Summary, string? Location);

/// <summary>RFC 5545 text: CRLF line ends, TEXT escaping, lines folded at 75 octets.</summary>
public static class ICalendar
{
    public static string Write(IEnumerable<CalendarEvent> events, DateTime stampUtc)
    {
        var sb = new StringBuilder();
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:-//Adisteme//Meetings//KK");
        Line(sb, "CALSCALE:GREGORIAN");
        foreach (var e in events)
        {
            Line(sb, "BEGIN:VEVENT");
            Line(sb, "UID:" + e.Uid);
            Line(sb, "DTSTAMP:" + Utc(stampUtc));
            if (e.StartUtc is { } start)
            {
                Line(sb, "DTSTART:" + Utc(start));
                Line(sb, "DTEND:" + Utc(start.AddMinutes(e.DurationMinutes)));
            }
            else
            {
                Line(sb, "DTSTART;VALUE=DATE:" + e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }
            Line(sb, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                Line(sb, "LOCATION:" + Escape(e.Location));
            }
            Line(sb, "END:VEVENT");
        }
        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Folds at 75 octets of UTF-8 without splitting a character; continuation lines start with a space.</summary>
    private static void Line(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 0;
                limit = 74;
            }
            sb.Append(rune.ToString());
            octets += size;
        }
        sb.Append("\r\n");
    }
}
