using System.Globalization;
using System.Resources;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

public sealed class DocumentDatesTests
{
    [Theory]
    [InlineData(DocumentLanguage.Kazakh, 2025, 9, 1, "«01» қыркүйек 2025 ж.")]
    [InlineData(DocumentLanguage.Kazakh, 2026, 5, 25, "«25» мамыр 2026 ж.")]
    [InlineData(DocumentLanguage.Kazakh, 2026, 4, 6, "«06» сәуір 2026 ж.")]
    [InlineData(DocumentLanguage.Russian, 2025, 9, 1, "«01» сентября 2025 г.")]
    [InlineData(DocumentLanguage.Russian, 2026, 3, 8, "«08» марта 2026 г.")]
    [InlineData(DocumentLanguage.Russian, 2026, 5, 25, "«25» мая 2026 г.")]
    [InlineData(DocumentLanguage.Kyrgyz, 2025, 9, 1, "«01» сентябрь 2025 ж.")]
    [InlineData(DocumentLanguage.Kyrgyz, 2025, 12, 31, "«31» декабрь 2025 ж.")]
    public void Format_DocumentLanguage_DayQuotedMonthInDateCaseYearMark(DocumentLanguage language, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DocumentDates.Format(new DateOnly(year, month, day), Texts.For(language)));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "«__» ________ 20__ ж.")]
    [InlineData(DocumentLanguage.Russian, "«__» ________ 20__ г.")]
    [InlineData(DocumentLanguage.Kyrgyz, "«__» ________ 20__ ж.")]
    public void FormatOrBlank_NoDate_BlankToFillByHand(DocumentLanguage language, string expected)
    {
        Assert.Equal(expected, DocumentDates.FormatOrBlank(null, Texts.For(language)));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, 9, "Қыркүйек")]
    [InlineData(DocumentLanguage.Kazakh, 6, "Маусым")]
    [InlineData(DocumentLanguage.Russian, 9, "Сентябрь")]
    [InlineData(DocumentLanguage.Russian, 5, "Май")]
    [InlineData(DocumentLanguage.Kyrgyz, 10, "Октябрь")]
    public void MonthName_Heading_NominativeCapitalized(DocumentLanguage language, int month, string expected)
    {
        Assert.Equal(expected, DocumentDates.MonthName(month, Texts.For(language)));
    }

    [Fact]
    public void Format_PatternFromText_FillsDayMonthYearOnly()
    {
        var text = new DocumentText(DocumentLanguage.Russian, (key, _) => key switch
        {
            "Doc.Date" => "{2}/{1}/{0}",
            "Doc.MonthInDate.2" => "M2",
            _ => null,
        });

        Assert.Equal("2026/M2/03", DocumentDates.Format(new DateOnly(2026, 2, 3), text));
    }

    [Fact]
    public void Indexer_MissingKey_ThrowsNamingKeyAndCulture()
    {
        var text = new DocumentText(DocumentLanguage.Kyrgyz, (_, _) => null);

        var error = Assert.Throws<KeyNotFoundException>(() => text["Doc.Nothing"]);
        Assert.Contains("Doc.Nothing", error.Message, StringComparison.Ordinal);
        Assert.Contains("ky-KG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AnyLanguage_LeavesThreadCultureAlone()
    {
        var before = CultureInfo.CurrentUICulture;
        _ = DocumentDates.Format(new DateOnly(2025, 9, 1), Texts.For(DocumentLanguage.Russian));

        Assert.Same(before, CultureInfo.CurrentUICulture);
    }

    [Theory]
    [InlineData(1, "One")]
    [InlineData(2, "Few")]
    [InlineData(4, "Few")]
    [InlineData(5, "Many")]
    [InlineData(11, "Many")]
    [InlineData(12, "Many")]
    [InlineData(14, "Many")]
    [InlineData(21, "One")]
    [InlineData(22, "Few")]
    [InlineData(111, "Many")]
    [InlineData(0, "Many")]
    public void PluralForm_Count_RussianRule(int count, string expected)
    {
        Assert.Equal(expected, DocumentText.PluralForm(count));
    }

    [Fact]
    public void Resources_EveryDocKey_InKazakhRussianKyrgyzAndEnglish()
    {
        var resources = new ResourceManager("Adisteme.Web.Resources.SharedResource", typeof(DocumentText).Assembly);
        string[] Keys(string culture) =>
        [
            .. resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
                .Cast<System.Collections.DictionaryEntry>()
                .Select(e => (string)e.Key)
                .Where(k => k.StartsWith("Doc.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];

        var kazakh = Keys("kk");
        Assert.Contains("Doc.Minutes.Heard", kazakh);
        Assert.Equal(12, kazakh.Count(k => k.StartsWith("Doc.MonthInDate.", StringComparison.Ordinal)));
        Assert.Equal(kazakh, Keys("ru"));
        Assert.Equal(kazakh, Keys("ky"));
        Assert.Equal(kazakh, Keys("en"));
    }
}
