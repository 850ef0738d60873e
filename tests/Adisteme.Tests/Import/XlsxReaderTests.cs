using Adisteme.Web.Infrastructure.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Adisteme.Tests.Import;

/// <summary>The streaming XLSX reader on markup the staff-file builder does not write: rich text, phonetic hints, formulas, empty rows.</summary>
public sealed class XlsxReaderTests
{
    [Fact]
    public void ReadFirstSheet_RichTextPhoneticHintsFormulasAndEmptyRows_ReadsTheTextAsShown()
    {
        var bytes = Workbook(
            [
                new SharedStringItem(new Run(new Text("Сері")), new Run(new RunProperties(new Bold()), new Text("кова"))),
                new SharedStringItem(new Text("Айгүл"), new PhoneticRun(new Text("hint")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }),
            ],
            new Row(
                new Cell { CellReference = "A2", DataType = CellValues.SharedString, CellValue = new CellValue(0) },
                new Cell { CellReference = "B2", DataType = CellValues.SharedString, CellValue = new CellValue(1) },
                new Cell { CellReference = "D2", CellFormula = new CellFormula("1+1"), CellValue = new CellValue(2) },
                new Cell { CellReference = "E2", DataType = CellValues.InlineString, InlineString = new InlineString(new Run(new Text("Пән ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new Text("мұғалімі"))) },
                new Cell { CellReference = "F2" })
            { RowIndex = 2 },
            new Row { RowIndex = 3 },
            new Row(new Cell { DataType = CellValues.String, CellValue = new CellValue("мәтін") }, new Cell { CellValue = new CellValue(880101400123d) }));

        var rows = XlsxReader.ReadFirstSheet(new MemoryStream(bytes));

        Assert.Equal([2, 3, 4], rows.Select(r => r.Number));
        Assert.Equal(["Серікова", "Айгүл", "", "2", "Пән мұғалімі", ""], rows[0].Cells);
        Assert.Empty(rows[1].Cells);
        Assert.Equal(["мәтін", "880101400123"], rows[2].Cells);
    }

    [Fact]
    public void ReadFirstSheet_MalformedSheetXml_IsInvalidData()
    {
        var bytes = Workbook([], new Row(new Cell { CellReference = "A1", CellValue = new CellValue(1) }) { RowIndex = 1 });
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                using var part = document.WorkbookPart!.WorksheetParts.Single().GetStream(FileMode.Create, FileAccess.Write);
                part.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c>"u8);
            }
            bytes = stream.ToArray();
        }

        Assert.Throws<InvalidDataException>(() => XlsxReader.ReadFirstSheet(new MemoryStream(bytes)));
    }

    private static byte[] Workbook(SharedStringItem[] strings, params Row[] rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(strings);
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Staff" }));
        }
        return buffer.ToArray();
    }
}
