using System.Text;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Reads CSV text as people save it from spreadsheets: UTF-8 with or without a BOM, fields separated by
/// semicolons (Excel in Kazakh and Russian locales) or commas, detected from the first line; fields in
/// double quotes may hold separators, doubled quotes and line breaks.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<SheetRow> Read(byte[] utf8)
    {
        var text = new UTF8Encoding(false, true).GetString(utf8);
        return Read(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
    }

    public static IReadOnlyList<SheetRow> Read(string text)
    {
        var delimiter = DetectDelimiter(text);
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                cells.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                cells.Add(field.ToString());
                field.Clear();
                rows.Add(new SheetRow(rowStart, cells));
                cells = [];
                line++;
                rowStart = line;
            }
            else
            {
                field.Append(c);
            }
            i++;
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            rows.Add(new SheetRow(rowStart, cells));
        }
        return rows;
    }

    /// <summary>The separator used more often in the first line (outside quotes): ';', ',' or a tab.</summary>
    public static char DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas)
        {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
