using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Reads the first worksheet of an XLSX workbook as text: shared and inline strings as written,
/// numbers in invariant form without exponent, and cells formatted as dates as yyyy-MM-dd.
/// An unreadable workbook raises <see cref="InvalidDataException"/>. The sheet and the shared strings
/// are streamed with an <see cref="XmlReader"/> (no element tree of the whole part, which made a
/// 20,000-row staff list take seconds); each part is still held to <see cref="MaxCharactersInPart"/>.
/// </summary>
public static class XlsxReader
{
    /// <summary>Keeps a small zipped file from unpacking into gigabytes of XML.</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    private static readonly DateOnly s_excelEpoch = new(1899, 12, 30);

    private static readonly XmlReaderSettings s_xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersInPart,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static IReadOnlyList<SheetRow> ReadFirstSheet(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new InvalidDataException("The workbook has no sheets.");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new InvalidDataException("The first sheet is not a worksheet.");
            }
            var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings) : [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            return ReadRows(part, shared, dateStyles);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or FormatException or IOException or KeyNotFoundException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException("The workbook could not be read.", e);
        }
    }

    private static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), s_xml);

    /// <summary>The shared string table: the text of each &lt;si&gt;.</summary>
    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var result = new List<string>();
        using var xml = Open(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                result.Add(TextOf(xml));
            }
        }
        return [.. result];
    }

    /// <summary>
    /// The text of the string item or inline string the reader is on (rich-text runs joined, phonetic hints
    /// &lt;rPh&gt; left out); leaves the reader on its end tag (on the element itself when it is empty).
    /// </summary>
    private static string TextOf(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        xml.Read();
        while (xml.Depth > depth && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }
        return text.ToString();
    }

    private static List<SheetRow> ReadRows(WorksheetPart part, string[] shared, HashSet<uint> dateStyles)
    {
        var rows = new List<SheetRow>();
        var next = 1;
        using var xml = Open(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }
            var number = xml.GetAttribute("r") is { } index ? int.Parse(index, NumberStyles.None, CultureInfo.InvariantCulture) : next;
            next = number + 1;
            var cells = new List<string>();
            if (!xml.IsEmptyElement)
            {
                var depth = xml.Depth;
                xml.Read();
                while (xml.Depth > depth && !xml.EOF)
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                    {
                        var column = xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }
                        var text = ReadCell(xml, shared, dateStyles);
                        if (column < cells.Count)
                        {
                            cells[column] = text;
                        }
                        else
                        {
                            cells.Add(text);
                        }
                    }
                    xml.Read();
                }
            }
            rows.Add(new SheetRow(number, cells));
        }
        return rows;
    }

    /// <summary>The text of the &lt;c&gt; the reader is on; leaves the reader on its end tag (on the element itself when it is empty).</summary>
    private static string ReadCell(XmlReader xml, string[] shared, HashSet<uint> dateStyles)
    {
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s") is { } s ? uint.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture) : (uint?)null;
        string? raw = null;
        string? inline = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth && !xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                {
                    raw = xml.ReadElementContentAsString();
                    continue;
                }
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
                {
                    inline = TextOf(xml);
                }
                xml.Read();
            }
        }
        return ValueOf(type, raw ?? "", inline, style, shared, dateStyles);
    }

    private static string ValueOf(string? type, string raw, string? inline, uint? style, string[] shared, HashSet<uint> dateStyles)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
            case "inlineStr":
                return inline ?? raw;
            case "d":
                // ISO 8601 date cells (strict OOXML); the date part is what a staff list needs.
                return raw.Length >= 10 ? raw[..10] : raw;
            case null or "n":
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return raw;
                }
                if (style is { } index && dateStyles.Contains(index) && number is >= 1 and < 2958466)
                {
                    return s_excelEpoch.AddDays((int)Math.Floor(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                // Long digit strings typed as numbers (IINs, phones) come back as digits, not "8.8E+11".
                return Math.Abs(number) < 1e15 && number == Math.Floor(number)
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            default:
                return raw;
        }
    }

    /// <summary>"C12" → 2 (zero-based).</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }

    /// <summary>Indexes of cell formats that display a date: the built-in date formats and custom ones with d, m or y.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)
                || (custom.TryGetValue(id, out var code) && IsDateFormat(code)))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    internal static bool IsDateFormat(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '[')
            {
                inBrackets = true;
            }
            else if (inBrackets && c == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets && c == '\\')
            {
                i++;
            }
            else if (!inQuotes && !inBrackets && char.ToLowerInvariant(c) is 'd' or 'm' or 'y')
            {
                return true;
            }
        }
        return false;
    }
}
