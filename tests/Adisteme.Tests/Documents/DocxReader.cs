using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Adisteme.Tests.Documents;

/// <summary>Opens a produced DOCX and reads it back as text: tabs as "\t", line breaks as "\n".</summary>
internal sealed class DocxReader : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxReader(byte[] docx)
    {
        _stream = new MemoryStream(docx, writable: false);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document!.Body!;

    /// <summary>Every paragraph's text in document order, table cells included.</summary>
    public IReadOnlyList<string> Paragraphs => [.. Body.Descendants<Paragraph>().Select(TextOf)];

    /// <summary>Each table as rows of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string[]>> Tables =>
        [.. Body.Elements<Table>().Select(t => (IReadOnlyList<string[]>)[.. t.Elements<TableRow>().Select(Cells)])];

    public static string[] Cells(TableRow row) =>
        [.. row.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(TextOf)))];

    public static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
