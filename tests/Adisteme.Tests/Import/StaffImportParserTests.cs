using System.Text;
using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Infrastructure.Files;
using static Adisteme.Tests.Import.StaffFiles;

namespace Adisteme.Tests.Import;

/// <summary>Reading staff files: CSV dialects, XLSX cell kinds, headers in any language, file-level problems.</summary>
public sealed class StaffImportParserTests
{
    private static readonly ImportVocabulary s_vocabulary = Vocabulary();

    private static StaffImportFile Parse(UploadKind kind, byte[] bytes) => StaffImportParser.Parse(kind, new MemoryStream(bytes), s_vocabulary);

    [Fact]
    public void Parse_CsvWithSemicolonsAndKazakhHeaders_MapsEveryColumn()
    {
        var file = Parse(UploadKind.Csv, Csv(';',
            KazakhHeader,
            ["Серікова", "Айгүл", "Болатқызы", "880101400123", "a@b.kz", "+7 701 000 00 00", "Пән мұғалімі", "Математика, Алгебра", "5-11",
             "Педагог-модератор", "25.08.2023", "25.08.2028", "01.09.2010", "Жоғары"]));

        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal(2, row.Number);
        Assert.Equal("Серікова", row[StaffColumn.Surname]);
        Assert.Equal("Болатқызы", row[StaffColumn.Patronymic]);
        Assert.Equal("880101400123", row[StaffColumn.Iin]);
        Assert.Equal("Математика, Алгебра", row[StaffColumn.Subjects]);
        Assert.Equal("01.09.2010", row[StaffColumn.ExperienceStartedOn]);
        Assert.Equal("Жоғары", row[StaffColumn.Education]);
    }

    [Fact]
    public void Parse_CsvWithCommasQuotesAndRussianHeaders_ReadsQuotedFields()
    {
        var text = "Фамилия,Имя,Отчество,Должность,Предметы\r\n"
            + "\"Иванова\",Елена,\"Петровна\",Учитель-предметник,\"Математика, Алгебра\"\r\n"
            + "\"О\"\"Нил\",\"Анна\nМария\",,Директор,\r\n";
        var file = Parse(UploadKind.Csv, Encoding.UTF8.GetBytes(text));

        Assert.Empty(file.Errors);
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("Математика, Алгебра", file.Rows[0][StaffColumn.Subjects]);
        Assert.Equal("О\"Нил", file.Rows[1][StaffColumn.Surname]);
        Assert.Equal("Анна\nМария", file.Rows[1][StaffColumn.Name]);
        Assert.Equal("", file.Rows[1][StaffColumn.Patronymic]);
        Assert.Equal(3, file.Rows[1].Number);
    }

    [Fact]
    public void Parse_CsvWithBomAndSemicolonsInsideQuotes_DetectsSemicolon()
    {
        var bytes = Csv(';', ["Тегі", "Аты", "Лауазымы", "Пәндер"], ["Омаров", "Арман", "Директор", "Математика; Алгебра"]);
        Assert.Equal(0xEF, bytes[0]);

        var file = Parse(UploadKind.Csv, bytes);

        Assert.Empty(file.Errors);
        Assert.Equal("Омаров", file.Rows[0][StaffColumn.Surname]);
        Assert.Equal("Математика; Алгебра", file.Rows[0][StaffColumn.Subjects]);
    }

    [Fact]
    public void Parse_HeadersInOtherCaseSpacingAndLanguages_AreRecognized()
    {
        var file = Parse(UploadKind.Csv, Csv(';',
            ["  тегі ", "FIRST NAME", "Атасынын аты", "e-mail", "КЫЗМАТЫ", "Qualification  category", "Дата присвоения категории", "ЖИН"],
            ["Омаров", "Арман", "Серікұлы", "a@b.kz", "Director", "Pedagogue", "2024-01-10", "880101400123"]));

        Assert.Empty(file.Errors);
        Assert.Empty(file.IgnoredColumns);
        var row = Assert.Single(file.Rows);
        Assert.Equal("Омаров", row[StaffColumn.Surname]);
        Assert.Equal("Арман", row[StaffColumn.Name]);
        Assert.Equal("Серікұлы", row[StaffColumn.Patronymic]);
        Assert.Equal("a@b.kz", row[StaffColumn.Email]);
        Assert.Equal("Director", row[StaffColumn.Position]);
        Assert.Equal("Pedagogue", row[StaffColumn.Category]);
        Assert.Equal("2024-01-10", row[StaffColumn.CategoryAwardedOn]);
        Assert.Equal("880101400123", row[StaffColumn.Iin]);
    }

    [Fact]
    public void Parse_XlsxWithSharedInlineNumberAndMissingCells_ReadsTextInPlace()
    {
        var bytes = Xlsx(
        [
            (1, Texts("Тегі", "Аты", "Әкесінің аты", "ЖСН", "Лауазымы", "Телефон")),
            (2, [S("Серікова"), new InlineText("Айгүл"), null, new Number(880101400123), S("Пән мұғалімі"), new Number(87011234567)]),
        ], secondSheetText: "not read");

        var file = Parse(UploadKind.Xlsx, bytes);

        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal("Серікова", row[StaffColumn.Surname]);
        Assert.Equal("Айгүл", row[StaffColumn.Name]);
        Assert.Equal("", row[StaffColumn.Patronymic]);
        Assert.Equal("880101400123", row[StaffColumn.Iin]);
        Assert.Equal("Пән мұғалімі", row[StaffColumn.Position]);
        Assert.Equal("87011234567", row[StaffColumn.Phone]);
    }

    [Fact]
    public void Parse_XlsxDateCellsAndSerialNumbers_GiveDatesTheValidatorAccepts()
    {
        var bytes = Xlsx(
        [
            (1, Texts("Тегі", "Аты", "Лауазымы", "Біліктілік санаты", "Санат берілген күн", "Санаттың аяқталу мерзімі", "Педагогтік өтілдің басталған күні")),
            (2, [S("Омаров"), S("Арман"), S("Директор"), S("Педагог-эксперт"), new DateCell(new DateOnly(2023, 8, 25)), new DateCell(new DateOnly(2028, 8, 24)), new Number(40422)]),
        ]);

        var file = Parse(UploadKind.Xlsx, bytes);

        var row = Assert.Single(file.Rows);
        Assert.Equal("2023-08-25", row[StaffColumn.CategoryAwardedOn]);
        Assert.Equal("2028-08-24", row[StaffColumn.CategoryExpiresOn]);
        Assert.Equal("40422", row[StaffColumn.ExperienceStartedOn]);
        var check = StaffRowValidator.Validate(file.Rows, s_vocabulary, new StaffImportContext(new DateOnly(2026, 11, 20), new Dictionary<string, ExistingPerson>()));
        var record = Assert.Single(check.Valid).Record;
        Assert.Equal(new DateOnly(2023, 8, 25), record.CategoryAwardedOn);
        Assert.Equal(new DateOnly(2028, 8, 24), record.CategoryExpiresOn);
        Assert.Equal(new DateOnly(2010, 9, 1), record.ExperienceStartedOn);
    }

    [Fact]
    public void Parse_HeaderBelowBlankRowsAndBlankRowsBetween_KeepsSheetRowNumbers()
    {
        var bytes = Xlsx(
        [
            (3, Texts("Surname", "First name", "Position")),
            (4, Texts("Омаров", "Арман", "Director")),
            (5, Texts("", "", "")),
            (7, Texts("Иванова", "Елена", "Teacher")),
        ]);

        var file = Parse(UploadKind.Xlsx, bytes);

        Assert.Equal([4, 7], file.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Parse_MissingRequiredColumns_ReportsEachAndNoRows()
    {
        var file = Parse(UploadKind.Csv, Csv(';', ["Тегі", "Телефон"], ["Омаров", "87011234567"]));

        Assert.Empty(file.Rows);
        Assert.Equal([StaffColumn.Name, StaffColumn.Position], file.Errors.Select(e => e.Column!.Value));
        Assert.All(file.Errors, e => Assert.Equal("The header row has no such column.", e.Text));
    }

    [Fact]
    public void Parse_SameColumnTwiceInDifferentLanguages_ReportsDuplicate()
    {
        var file = Parse(UploadKind.Csv, Csv(';', ["Тегі", "Фамилия", "Аты", "Лауазымы"], ["Омаров", "Омаров", "Арман", "Директор"]));

        var error = Assert.Single(file.Errors);
        Assert.Equal(StaffColumn.Surname, error.Column);
        Assert.Equal("This column appears more than once in the header row.", error.Text);
    }

    [Fact]
    public void Parse_UnknownColumn_IsSkippedAndListed()
    {
        var file = Parse(UploadKind.Csv, Csv(';', ["Тегі", "Аты", "Лауазымы", "Ескерту"], ["Омаров", "Арман", "Директор", "x"]));

        Assert.Empty(file.Errors);
        Assert.Equal(["Ескерту"], file.IgnoredColumns);
        Assert.Single(file.Rows);
    }

    [Fact]
    public void Parse_HeaderOnly_ReportsNoRows()
    {
        var file = Parse(UploadKind.Csv, Csv(';', ["Тегі", "Аты", "Лауазымы"]));

        Assert.Equal("The file has no rows below the header row.", Assert.Single(file.Errors).Text);
    }

    [Fact]
    public void Parse_MoreRowsThanTheLimit_IsRefused()
    {
        string[] header = ["Тегі", "Аты", "Лауазымы"];
        string[] person = ["Омаров", "Арман", "Директор"];
        var rows = new List<string[]> { header };
        rows.AddRange(Enumerable.Repeat(person, StaffImportParser.MaxRows + 1));

        var file = Parse(UploadKind.Csv, Csv(';', [.. rows]));

        Assert.Empty(file.Rows);
        Assert.Equal("The file has more than {0} rows; split it into several files.", Assert.Single(file.Errors).Text);
    }

    [Fact]
    public void Parse_PdfOrCorruptWorkbook_ReportsWhatIsWrong()
    {
        Assert.Equal(StaffImportParser.WrongType, Assert.Single(Parse(UploadKind.Pdf, "%PDF-1.4"u8.ToArray()).Errors).Text);
        var broken = Xlsx([(1, Texts("Тегі"))]).Take(600).ToArray();
        Assert.Equal(StaffImportParser.Unreadable, Assert.Single(Parse(UploadKind.Xlsx, broken).Errors).Text);
    }
}
