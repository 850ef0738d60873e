using System.Globalization;
using System.Text;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Files;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>One data row of a staff file: the text of each recognized column, trimmed.</summary>
public sealed record StaffImportRow(int Number, IReadOnlyDictionary<StaffColumn, string> Values)
{
    public string this[StaffColumn column] => Values.TryGetValue(column, out var value) ? value : "";
}

/// <summary>What a staff file holds; when <see cref="Errors"/> is not empty the file cannot be imported at all.</summary>
public sealed record StaffImportFile(IReadOnlyList<StaffImportRow> Rows, IReadOnlyList<ImportMessage> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public static StaffImportFile Failed(ImportMessage error) => new([], [error], []);
}

/// <summary>
/// Turns an uploaded XLSX or CSV file into staff rows: finds the header row (the first non-empty
/// one), recognizes its columns in any interface language and reads the rows below it. Pure: no
/// database, no web; values are checked by <see cref="StaffRowValidator"/>.
/// </summary>
public static class StaffImportParser
{
    public const int MaxRows = 20_000;

    public const string Unreadable = "The file could not be read. Save it as XLSX or as CSV in UTF-8 and upload it again.";
    public const string WrongType = "The file must be an XLSX workbook or a CSV text file in UTF-8.";

    public static StaffImportFile Parse(UploadKind kind, Stream content, ImportVocabulary vocabulary)
    {
        var (table, error) = Read(kind, content);
        return table is null ? StaffImportFile.Failed(error!) : Parse(table, vocabulary);
    }

    /// <summary>The cells of an XLSX or CSV file as text, or why it cannot be read; no column is interpreted yet.</summary>
    public static (IReadOnlyList<SheetRow>? Table, ImportMessage? Error) Read(UploadKind kind, Stream content)
    {
        try
        {
            var table = kind switch
            {
                UploadKind.Xlsx => XlsxReader.ReadFirstSheet(content),
                UploadKind.Csv => CsvReader.Read(ReadAll(content)),
                _ => null,
            };
            return table is null ? (null, new ImportMessage(null, WrongType)) : (table, null);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            return (null, new ImportMessage(null, Unreadable));
        }
    }

    public static StaffImportFile Parse(IReadOnlyList<SheetRow> table, ImportVocabulary vocabulary)
    {
        var header = table.FirstOrDefault(r => !r.IsBlank);
        if (header is null)
        {
            return StaffImportFile.Failed(new ImportMessage(null, "The file is empty."));
        }

        var errors = new List<ImportMessage>();
        var ignored = new List<string>();
        var positions = new Dictionary<StaffColumn, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (vocabulary.Column(text) is not { } column)
            {
                ignored.Add(text);
            }
            else if (!positions.TryAdd(column, i) && !errors.Any(e => e.Column == column))
            {
                errors.Add(new ImportMessage(column, "This column appears more than once in the header row."));
            }
        }
        errors.AddRange(StaffColumns.All.Where(c => StaffColumns.IsRequired(c) && !positions.ContainsKey(c))
            .Select(c => new ImportMessage(c, "The header row has no such column.")));

        var rows = table.Where(r => r.Number > header.Number && !r.IsBlank)
            .Select(r => new StaffImportRow(r.Number, positions.ToDictionary(p => p.Key, p => r.Cell(p.Value).Trim())))
            .ToList();
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new ImportMessage(null, "The file has no rows below the header row."));
        }
        if (rows.Count > MaxRows)
        {
            errors.Add(new ImportMessage(null, "The file has more than {0} rows; split it into several files.", MaxRows.ToString(CultureInfo.InvariantCulture)));
        }
        return errors.Count > 0 ? new StaffImportFile([], errors, ignored) : new StaffImportFile(rows, [], ignored);
    }

    private static byte[] ReadAll(Stream content)
    {
        if (content is MemoryStream memory)
        {
            return memory.ToArray();
        }
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
