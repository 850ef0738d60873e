using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// A worksheet as plain text rows. The first <see cref="HeaderRows"/> rows are bold and stay in view;
/// with <see cref="TextColumns"/> the cells people fill in are formatted as text, so spreadsheet
/// programs keep leading zeros (IINs) and do not turn "1-4" into a date.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string>> Rows, int HeaderRows = 1, bool TextColumns = false);

/// <summary>Writes simple workbooks of text cells with the Open XML SDK.</summary>
public static class XlsxWriter
{
    private const uint BoldStyle = 1;
    private const uint TextStyle = 2;
    private const int MaxSheetNameLength = 31;

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name) });
            }
        }
        return buffer.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var columnCount = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Count);
        var worksheet = new Worksheet();
        if (sheet.HeaderRows > 0)
        {
            var pane = new Pane
            {
                VerticalSplit = sheet.HeaderRows,
                TopLeftCell = $"A{sheet.HeaderRows + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            };
            worksheet.Append(new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }));
        }
        var columns = new Columns(new Column
        {
            Min = 1,
            Max = (uint)Math.Max(1, columnCount),
            Width = 24,
            CustomWidth = true,
            Style = sheet.TextColumns ? TextStyle : null,
        });
        worksheet.Append(columns);
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var style = r < sheet.HeaderRows ? BoldStyle : sheet.TextColumns ? TextStyle : 0u;
            foreach (var value in sheet.Rows[r])
            {
                row.Append(new Cell
                {
                    DataType = CellValues.InlineString,
                    StyleIndex = style == 0 ? null : style,
                    InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
            data.Append(row);
        }
        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>Styles: 0 default, 1 bold, 2 text ("@", number format 49).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true })
        { Count = 3 });

    /// <summary>Sheet names are at most 31 characters and may not contain [ ] : * ? / \.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? ' ' : c).ToArray()).Trim();
        return clean.Length > MaxSheetNameLength ? clean[..MaxSheetNameLength] : clean.Length == 0 ? "Sheet" : clean;
    }
}
