using System.Globalization;
using System.Text;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Features.Organizations.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Import;

/// <summary>Valid IINs for tests: the date of birth, the century/sex digit and a serial, with the real check digit.</summary>
public static class TestIin
{
    public static string Make(int year, int month, int day, int serial)
    {
        var century = year >= 2000 ? 5 : 4;
        for (var s = serial; ; s++)
        {
            var body = string.Create(CultureInfo.InvariantCulture, $"{year % 100:00}{month:00}{day:00}{century}{s % 10000:0000}");
            for (var check = 0; check <= 9; check++)
            {
                if (Iin.IsValid(body + check.ToString(CultureInfo.InvariantCulture)))
                {
                    return body + check.ToString(CultureInfo.InvariantCulture);
                }
            }
        }
    }
}

/// <summary>Staff files built in memory: CSV text and XLSX workbooks written directly with the Open XML SDK.</summary>
public static class StaffFiles
{
    /// <summary>The Kazakh headers of the template, in column order.</summary>
    public static readonly string[] KazakhHeader =
        ["Тегі", "Аты", "Әкесінің аты", "ЖСН", "Электрондық пошта", "Телефон", "Лауазымы", "Пәндер", "Сыныптар",
         "Біліктілік санаты", "Санат берілген күн", "Санаттың аяқталу мерзімі", "Педагогтік өтілдің басталған күні", "Білімі"];

    public static byte[] Csv(char delimiter, params string[][] rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(delimiter, row.Select(cell => cell.Contains(delimiter) || cell.Contains('"') || cell.Contains('\n')
                ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : cell)));
            text.Append("\r\n");
        }
        return new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    /// <summary>A cell of a test workbook: text (shared or inline), a plain number, or a number formatted as a date.</summary>
    public abstract record XCell;
    public sealed record SharedText(string Text) : XCell;
    public sealed record InlineText(string Text) : XCell;
    public sealed record Number(double Value) : XCell;
    public sealed record DateCell(DateOnly Date) : XCell;

    public static XCell S(string text) => new SharedText(text);

    /// <summary>Writes a workbook whose first sheet holds <paramref name="rows"/>; rows may start at any row number.</summary>
    public static byte[] Xlsx(IReadOnlyList<(int RowNumber, XCell?[] Cells)> rows, string? secondSheetText = null)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\.mm\\.yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                // 0 general, 1 custom date format, 2 built-in date format 14, 3 a number with two decimals (not a date)
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }) { Count = 4 });
            var shared = new List<string>();
            var sheetData = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i] is not { } cell)
                    {
                        continue; // a missing cell: the reader must keep later cells in their columns
                    }
                    var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
                    row.Append(cell switch
                    {
                        SharedText t => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(shared, t.Text)) },
                        InlineText t => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(t.Text)) },
                        Number n => new Cell { CellReference = reference, CellValue = new CellValue(n.Value) },
                        DateCell d => new Cell
                        {
                            CellReference = reference,
                            StyleIndex = d.Date.Day % 2 == 0 ? 1u : 2u,
                            CellValue = new CellValue(d.Date.DayNumber - new DateOnly(1899, 12, 30).DayNumber),
                        },
                        _ => throw new ArgumentOutOfRangeException(nameof(rows)),
                    });
                }
                sheetData.Append(row);
            }
            var sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(shared.Select(t => new SharedStringItem(new Text(t))));
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(sheetData);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Staff" });
            if (secondSheetText is not null)
            {
                var second = workbook.AddNewPart<WorksheetPart>();
                second.Worksheet = new Worksheet(new SheetData(new Row(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(secondSheetText)) }) { RowIndex = 1 }));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(second), SheetId = 2, Name = "Other" });
            }
        }
        return buffer.ToArray();
    }

    public static XCell?[] Texts(params string[] texts) => texts.Select(t => (XCell?)new SharedText(t)).ToArray();

    private static int Share(List<string> shared, string text)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }
        return index;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>The vocabulary of the real resource files with the demo subject catalogue's first entries.</summary>
    public static ImportVocabulary Vocabulary() => ImportVocabulary.FromResources(Subjects);

    public static readonly SubjectNames[] Subjects =
    [
        new(1, "mathematics", "Математика", "Математика", "Математика", "Mathematics"),
        new(2, "algebra", "Алгебра", "Алгебра", "Алгебра", "Algebra"),
        new(3, "kazakh-language", "Қазақ тілі", "Казахский язык", "Казак тили", "Kazakh language"),
        new(4, "history-kazakhstan", "Қазақстан тарихы", "История Казахстана", "Казакстандын тарыхы", "History of Kazakhstan"),
    ];
}

/// <summary>Where a login's single grant points: the school a demo director imports into.</summary>
public static class GrantScope
{
    public static Task<int> OfAsync(AppFactory app, string userName, CancellationToken ct) => app.WithDbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(ct);
        return (await db.RoleGrants.SingleAsync(g => g.UserId == userId, ct)).ScopeId!.Value;
    });
}
