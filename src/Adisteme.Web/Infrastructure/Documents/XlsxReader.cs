using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Reads the first worksheet of an XLSX workbook as text: shared and inline strings as written,
/// numbers in invariant form without exponent, and cells formatted as dates as yyyy-MM-dd.
/// An unreadable workbook raises <see cref="InvalidDataException"/>.
/// </summary>
public static class XlsxReader
{
    /// <summary>Keeps a small zipped file from unpacking into gigabytes of XML.</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    private static readonly DateOnly s_excelEpoch = new(1899, 12, 30);

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
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            return ReadRows(part.Worksheet, shared, dateStyles);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or FormatException or IOException or KeyNotFoundException or ArgumentException)
        {
            throw new InvalidDataException("The workbook could not be read.", e);
        }
    }

    private static List<SheetRow> ReadRows(Worksheet worksheet, string[] shared, HashSet<uint> dateStyles)
    {
        var rows = new List<SheetRow>();
        var next = 1;
        foreach (var row in worksheet.Descendants<Row>())
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }
                var text = ValueOf(cell, shared, dateStyles);
                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }
            }
            rows.Add(new SheetRow(number, cells));
        }
        return rows;
    }

    private static string ValueOf(Cell cell, string[] shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : raw;
        }
        if (type == CellValues.Date)
        {
            // ISO 8601 date cells (strict OOXML); the date part is what a staff list needs.
            return raw.Length >= 10 ? raw[..10] : raw;
        }
        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return raw;
            }
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is >= 1 and < 2958466)
            {
                return s_excelEpoch.AddDays((int)Math.Floor(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            // Long digit strings typed as numbers (IINs, phones) come back as digits, not "8.8E+11".
            return Math.Abs(number) < 1e15 && number == Math.Floor(number)
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    /// <summary>The text of a shared or inline string, rich-text runs joined, phonetic hints left out.</summary>
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

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
