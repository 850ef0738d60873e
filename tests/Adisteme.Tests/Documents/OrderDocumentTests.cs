using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

public sealed class OrderDocumentTests
{
    private static readonly OrderDocumentWriter Writer = new(Texts);

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "БҰЙРЫҚ", "«01» қыркүйек 2025 ж.", "БҰЙЫРАМЫН:")]
    [InlineData(DocumentLanguage.Russian, "ПРИКАЗ", "«01» сентября 2025 г.", "ПРИКАЗЫВАЮ:")]
    [InlineData(DocumentLanguage.Kyrgyz, "БУЙРУК", "«01» сентябрь 2025 ж.", "БУЙРУК КЫЛАМ:")]
    public void Write_EachLanguage_HasTitleBlockInLayoutOrder(DocumentLanguage language, string heading, string date, string operative)
    {
        var order = Order(language);
        using var docx = new DocxReader(Writer.Write(order, language));
        var paragraphs = docx.Paragraphs.Where(p => p.Length > 0).ToList();

        Assert.Equal(
            [order.OrganizationName, heading, $"{date}\t№ 45", order.Town, order.Title, order.Preamble, operative],
            paragraphs.Take(7));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "3.\tБұйрықтың орындалуын бақылау директордың ғылыми-әдістемелік жұмыс жөніндегі орынбасары С.Қ. Нұрлановаға жүктелсін.")]
    [InlineData(DocumentLanguage.Russian, "3.\tКонтроль за исполнением настоящего приказа возложить на заместителя директора по научно-методической работе Петрову Н.В.")]
    [InlineData(DocumentLanguage.Kyrgyz, "3.\tБуйруктун аткарылышын көзөмөлдөө директордун илимий-методикалык иштер боюнча орун басары А.А. Күштебаевга жүктөлсүн.")]
    public void Write_EachLanguage_NumbersPointsAndEndsWithControl(DocumentLanguage language, string control)
    {
        var order = Order(language);
        using var docx = new DocxReader(Writer.Write(order, language));

        Assert.Contains("1.\t" + order.Points[0], docx.Paragraphs);
        Assert.Contains("2.\t" + order.Points[1], docx.Paragraphs);
        Assert.Contains(control, docx.Paragraphs);
    }

    [Fact]
    public void Write_NoControlAssignee_DirectorKeepsControl()
    {
        var order = Order(DocumentLanguage.Russian) with { ControlAssignee = null };
        using var docx = new DocxReader(Writer.Write(order, DocumentLanguage.Russian));

        Assert.Contains("3.\tКонтроль за исполнением настоящего приказа оставляю за собой.", docx.Paragraphs);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Мектеп директоры", "Бұйрықпен таныстырылды:", "«__» ________ 20__ ж.")]
    [InlineData(DocumentLanguage.Russian, "Директор школы", "С приказом ознакомлены:", "«__» ________ 20__ г.")]
    [InlineData(DocumentLanguage.Kyrgyz, "Мектеп жетекчиси", "Буйрук менен тааныштырылды:", "«__» ________ 20__ ж.")]
    public void Write_EachLanguage_DirectorSignsAndStaffSignAcquaintance(DocumentLanguage language, string director, string acquainted, string blankDate)
    {
        var order = Order(language);
        using var docx = new DocxReader(Writer.Write(order, language));

        var signature = Assert.Single(docx.Tables[0]);
        Assert.Equal([director, DocxBuilder.SignatureBlank, order.Director.Name], signature);
        Assert.Contains(acquainted, docx.Paragraphs);
        Assert.Equal(
            order.Acquainted.Select(name => new[] { name, DocxBuilder.SignatureBlank, blankDate }),
            docx.Tables[1]);
    }
}
