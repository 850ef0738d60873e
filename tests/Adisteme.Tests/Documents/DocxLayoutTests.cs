using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

/// <summary>Every writer's output: A4, 2 cm margins, Times New Roman 14 pt (12 pt in tables), page numbers, valid Open XML.</summary>
public sealed class DocxLayoutTests
{
    public static TheoryData<string, DocumentLanguage> Documents()
    {
        var data = new TheoryData<string, DocumentLanguage>();
        foreach (var kind in new[] { "order", "minutes", "plan" })
        {
            foreach (var language in Enum.GetValues<DocumentLanguage>())
            {
                data.Add(kind, language);
            }
        }
        return data;
    }

    private static byte[] Write(string kind, DocumentLanguage language) => kind switch
    {
        "order" => new OrderDocumentWriter(Texts).Write(Order(language), language),
        "minutes" => new MinutesDocumentWriter(Texts).Write(Minutes(language), language),
        _ => new WorkPlanDocumentWriter(Texts).Write(WorkPlan(language), language),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_AnyDocument_IsA4WithTwoCentimetreMargins(string kind, DocumentLanguage language)
    {
        using var docx = new DocxReader(Write(kind, language));
        var section = docx.Body.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal([1134, 1134], new[] { margin.Top!.Value, margin.Bottom!.Value });
        Assert.Equal([1134u, 1134u], new[] { margin.Left!.Value, margin.Right!.Value });
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_AnyDocument_IsValidOpenXml(string kind, DocumentLanguage language)
    {
        using var docx = new DocxReader(Write(kind, language));

        var errors = new OpenXmlValidator().Validate(docx.Package, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "kk-KZ")]
    [InlineData(DocumentLanguage.Russian, "ru-RU")]
    [InlineData(DocumentLanguage.Kyrgyz, "ky-KG")]
    public void Write_Defaults_TimesNewRoman14InDocumentLanguage(DocumentLanguage language, string culture)
    {
        using var docx = new DocxReader(Write("plan", language));
        var defaults = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.Equal(culture, defaults.Languages!.Val!.Value);
    }

    [Fact]
    public void Write_PlanTable_TextIsTwelvePoint()
    {
        using var docx = new DocxReader(Write("plan", DocumentLanguage.Kazakh));
        var styles = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var tableText = styles.Elements<Style>().Single(s => s.StyleId == DocxBuilder.TableTextStyle);

        Assert.Equal("24", tableText.StyleRunProperties!.FontSize!.Val!.Value);
        var cells = docx.Body.Elements<Table>().Last().Descendants<Paragraph>().ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, p => Assert.Equal(DocxBuilder.TableTextStyle, p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        // Stamps are not a data table: they keep the body's 14 pt.
        Assert.All(docx.Body.Elements<Table>().First().Descendants<Paragraph>(), p => Assert.Null(p.ParagraphProperties!.ParagraphStyleId));
    }

    [Fact]
    public void Write_Footer_HasPageNumberField()
    {
        using var docx = new DocxReader(Write("minutes", DocumentLanguage.Kazakh));
        var section = docx.Body.Elements<SectionProperties>().Single();
        var reference = section.GetFirstChild<FooterReference>()!;
        var footer = (DocumentFormat.OpenXml.Packaging.FooterPart)docx.Package.MainDocumentPart!.GetPartById(reference.Id!.Value!);

        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Contains(footer.Footer!.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
    }

    [Fact]
    public void Table_RowWithWrongCellCount_Throws()
    {
        var builder = new DocxBuilder(System.Globalization.CultureInfo.GetCultureInfo("kk-KZ"));

        Assert.Throws<ArgumentException>(() => builder.Table([new DocxColumn("A", 1), new DocxColumn("B", 1)], [DocxRow.Of("only one")]));
    }
}
