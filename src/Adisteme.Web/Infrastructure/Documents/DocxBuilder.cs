using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Adisteme.Web.Infrastructure.Documents;

public enum TextAlign
{
    Left,
    Centre,
    Right,
    Justify,
}

/// <summary>A table column: its header and its share of the line width.</summary>
public sealed record DocxColumn(string Header, int Weight);

/// <summary>A table row: either cells, one per column, or a group title spanning all columns (a month).</summary>
public sealed record DocxRow
{
    private DocxRow(string? group, IReadOnlyList<string> cells) => (Group, Cells) = (group, cells);

    public string? Group { get; }

    public IReadOnlyList<string> Cells { get; }

    public static DocxRow GroupTitle(string title) => new(title, []);

    public static DocxRow Of(params IReadOnlyList<string> cells) => new(null, cells);
}

/// <summary>One approval stamp: a bold heading («БЕКІТЕМІН») if any, then its lines.</summary>
public sealed record DocxStamp(string? Heading, IReadOnlyList<string> Lines);

/// <summary>A signature: what stands left of the blank (a position or a name) and right of it.</summary>
public sealed record DocxSignature(string Left, string? Right);

/// <summary>
/// Writes a DOCX the way a deputy would type it in Word: A4, 2 cm margins, Times New Roman 14 pt
/// (12 pt in tables), page numbers in the footer. Text with "\n" breaks the line inside its paragraph.
/// Numbers of lists are typed text, not Word numbering, so they read the same in every program and
/// in extracted text.
/// </summary>
public sealed class DocxBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Lengths in twentieths of a point: A4 is 11906 × 16838, 2 cm is 1134, 1.25 cm is 709.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1134;
    public const int ContentWidth = PageWidth - (2 * Margin);
    private const int Indent = 709;
    private const short CellPadding = 57;

    // Font sizes in half-points.
    public const int BodyFontSize = 28;
    public const int TableFontSize = 24;
    public const string FontName = "Times New Roman";
    public const string TableTextStyle = "TableText";
    public const string SignatureBlank = "____________";

    private readonly Body _body = new();
    private readonly string _language;
    private bool _pageBreakPending;
    private bool _written;

    /// <param name="culture">The document's language, so Word checks spelling in it.</param>
    public DocxBuilder(CultureInfo culture) => _language = culture.Name;

    public DocxBuilder Paragraph(string text, TextAlign align = TextAlign.Justify, bool bold = false)
    {
        var paragraph = NewParagraph(align, Runs(text, bold));
        if (align == TextAlign.Justify)
        {
            paragraph.ParagraphProperties!.Indentation = new Indentation { FirstLine = Twips(Indent) };
        }
        _body.Append(paragraph);
        return this;
    }

    /// <summary>A bold label and the text after it in one paragraph: «СЛУШАЛИ: Иванова А.А. — …».</summary>
    public DocxBuilder Labelled(string label, string? text)
    {
        IEnumerable<Run> runs = Runs(label, bold: true);
        if (!string.IsNullOrEmpty(text))
        {
            runs = runs.Concat(Runs(" " + text));
        }
        _body.Append(NewParagraph(TextAlign.Justify, runs));
        return this;
    }

    /// <summary>Left text and right text on one line, e.g. the date and the order's number.</summary>
    public DocxBuilder Spread(string left, string right)
    {
        var paragraph = NewParagraph(TextAlign.Left, [.. Runs(left), new Run(new TabChar()), .. Runs(right)]);
        paragraph.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = ContentWidth });
        _body.Append(paragraph);
        return this;
    }

    public DocxBuilder Blank()
    {
        _body.Append(NewParagraph(TextAlign.Left, []));
        return this;
    }

    /// <summary>The next paragraph or table starts a new page.</summary>
    public DocxBuilder PageBreak()
    {
        _pageBreakPending = true;
        return this;
    }

    /// <summary>Items numbered "1.", "2." … or, with a prefix "3.", "3.1.", "3.2." …, with a hanging indent.</summary>
    public DocxBuilder Numbered(IEnumerable<string> items, string prefix = "")
    {
        var number = 0;
        foreach (var item in items)
        {
            number++;
            var label = string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}.");
            var paragraph = NewParagraph(TextAlign.Justify, [.. Runs(label), new Run(new TabChar()), .. Runs(item)]);
            paragraph.ParagraphProperties!.Indentation = new Indentation { Left = Twips(Indent), Hanging = Twips(Indent) };
            _body.Append(paragraph);
        }
        return this;
    }

    /// <summary>
    /// Approval stamps as a borderless two-column table: the approving head's stamp goes right (top
    /// right of the page), agreement and consideration left.
    /// </summary>
    public DocxBuilder Stamps(IReadOnlyList<DocxStamp> left, IReadOnlyList<DocxStamp> right)
    {
        var widths = new[] { ContentWidth / 2, ContentWidth - (ContentWidth / 2) };
        var row = new TableRow(StampCell(widths[0], left), StampCell(widths[1], right));
        AppendTable(NewTable(widths, bordered: false, row));
        return this;
    }

    /// <summary>Signature lines in a borderless table: «Төрағасы: ____________ А.Ә. Тегі».</summary>
    public DocxBuilder Signatures(IEnumerable<DocxSignature> signatures)
    {
        // The right column fits a blank date «__» ________ 20__ ж. on one line.
        var widths = new[] { ContentWidth * 38 / 100, ContentWidth * 22 / 100, ContentWidth - (ContentWidth * 60 / 100) };
        var rows = signatures.Select(s => new TableRow(
            Cell(widths[0], NewParagraph(TextAlign.Left, Runs(s.Left))),
            Cell(widths[1], NewParagraph(TextAlign.Centre, Runs(SignatureBlank))),
            Cell(widths[2], NewParagraph(TextAlign.Right, Runs(s.Right)))));
        AppendTable(NewTable(widths, bordered: false, [.. rows]));
        return this;
    }

    /// <summary>A bordered 12 pt table whose header row repeats at the top of every page.</summary>
    public DocxBuilder Table(IReadOnlyList<DocxColumn> columns, IEnumerable<DocxRow> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        widths[^1] += ContentWidth - widths.Sum();

        var header = new TableRow(columns.Select((c, i) => Cell(widths[i], TableParagraph(c.Header, TextAlign.Centre, bold: true))))
        {
            TableRowProperties = new TableRowProperties(new TableHeader(), new CantSplit()),
        };
        var lines = new List<TableRow> { header };
        foreach (var row in rows)
        {
            if (row.Group is { } group)
            {
                var title = TableParagraph(group, TextAlign.Centre, bold: true);
                // A month's title never stays alone at the foot of a page.
                title.ParagraphProperties!.KeepNext = new KeepNext();
                var cell = Cell(ContentWidth, title);
                cell.TableCellProperties!.GridSpan = new GridSpan { Val = columns.Count };
                lines.Add(new TableRow(cell));
                continue;
            }
            if (row.Cells.Count != columns.Count)
            {
                throw new ArgumentException($"A row has {row.Cells.Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }
            lines.Add(new TableRow(row.Cells.Select((text, i) => Cell(widths[i], TableParagraph(text, TextAlign.Left, bold: false))))
            {
                TableRowProperties = new TableRowProperties(new CantSplit()),
            });
        }
        AppendTable(NewTable(widths, bordered: true, [.. lines]));
        return this;
    }

    /// <summary>The finished package. A builder writes once.</summary>
    public byte[] ToArray()
    {
        if (_written)
        {
            throw new InvalidOperationException("This document has already been written.");
        }
        _written = true;
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles(_language);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            _body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = Margin, Bottom = Margin, Left = Margin, Right = Margin,
                    Header = (uint)Indent, Footer = (uint)Indent, Gutter = 0,
                }));
            main.Document = new Document(_body);
        }
        return stream.ToArray();
    }

    private Paragraph NewParagraph(TextAlign align, IEnumerable<Run> runs)
    {
        var props = new ParagraphProperties { Justification = new Justification { Val = Justify(align) } };
        if (_pageBreakPending)
        {
            props.PageBreakBefore = new PageBreakBefore();
            _pageBreakPending = false;
        }
        var paragraph = new Paragraph(props);
        paragraph.Append(runs);
        return paragraph;
    }

    private Paragraph TableParagraph(string text, TextAlign align, bool bold)
    {
        var paragraph = NewParagraph(align, Runs(text, bold));
        paragraph.ParagraphProperties!.ParagraphStyleId = new ParagraphStyleId { Val = TableTextStyle };
        return paragraph;
    }

    private void AppendTable(Table table)
    {
        if (_pageBreakPending)
        {
            _body.Append(NewParagraph(TextAlign.Left, []));
        }
        _body.Append(table);
    }

    private TableCell StampCell(int width, IReadOnlyList<DocxStamp> stamps)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var stamp in stamps)
        {
            if (paragraphs.Count > 0)
            {
                paragraphs.Add(NewParagraph(TextAlign.Left, []));
            }
            if (stamp.Heading is { } heading)
            {
                paragraphs.Add(NewParagraph(TextAlign.Left, Runs(heading, bold: true)));
            }
            paragraphs.AddRange(stamp.Lines.Select(line => NewParagraph(TextAlign.Left, Runs(line))));
        }
        // A table cell must hold at least one paragraph.
        return Cell(width, paragraphs.Count > 0 ? [.. paragraphs] : [NewParagraph(TextAlign.Left, [])]);
    }

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
        });
        cell.Append(paragraphs);
        return cell;
    }

    private static Table NewTable(int[] widths, bool bordered, params TableRow[] rows)
    {
        var border = bordered ? BorderValues.Single : BorderValues.None;
        var props = new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(ContentWidth), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 },
                new BottomBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 },
                new InsideVerticalBorder { Val = border, Size = 4 }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            // 1 mm inside each cell instead of Word's 1.9 mm: seven columns fit on a portrait page.
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = CellPadding, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = CellPadding, Type = TableWidthValues.Dxa }),
        };
        var table = new Table(props, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(rows);
        return table;
    }

    private static IEnumerable<Run> Runs(string? text, bool bold = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold)
            {
                run.RunProperties = new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() };
            }
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    private static JustificationValues Justify(TextAlign align) => align switch
    {
        TextAlign.Centre => JustificationValues.Center,
        TextAlign.Right => JustificationValues.Right,
        TextAlign.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Styles DefaultStyles(string language)
    {
        var size = Twips(BodyFontSize);
        var tableSize = Twips(TableFontSize);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties(new FontSize { Val = tableSize }, new FontSizeComplexScript { Val = tableSize }))
            {
                Type = StyleValues.Paragraph,
                StyleId = TableTextStyle,
            });
    }

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
}
