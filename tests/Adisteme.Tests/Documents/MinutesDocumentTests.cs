using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

public sealed class MinutesDocumentTests
{
    private static readonly MinutesDocumentWriter Writer = new(Texts);

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Математика пәні мұғалімдерінің әдістемелік бірлестігі отырысының\n№ 1 ХАТТАМАСЫ", "«15» қыркүйек 2025 ж.\tҚостанай қ.")]
    [InlineData(DocumentLanguage.Russian, "ПРОТОКОЛ № 1\nзаседания методического объединения учителей математики", "«15» сентября 2025 г.\tг. Костанай")]
    [InlineData(DocumentLanguage.Kyrgyz, "Математика мугалимдеринин усулдук бирикмеси отурумунун\n№ 1 ПРОТОКОЛУ", "«15» сентябрь 2025 ж.\tЖалал-Абад ш.")]
    public void Write_EachLanguage_TitleBlockNamesBodyNumberAndDate(DocumentLanguage language, string title, string dateLine)
    {
        var minutes = Minutes(language);
        using var docx = new DocxReader(Writer.Write(minutes, language));

        Assert.Equal([minutes.OrganizationName, title, dateLine], docx.Paragraphs.Where(p => p.Length > 0).Take(3));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Қатысқандар: 8", "Қатыспағандар: 1 (себебі: Сейітова Р.М. — науқас)", "Шақырылғандар: Нұрланова С.Қ., директордың орынбасары")]
    [InlineData(DocumentLanguage.Russian, "Присутствовали: 8 человек", "Отсутствовали: 1 человек (причина: Кузнецова Р.М. — болезнь)", "Приглашённые: Петрова Н.В., заместитель директора")]
    [InlineData(DocumentLanguage.Kyrgyz, "Катышкандар: 8", "Катышпагандар: 1 (себеби: Бакирова Р.М. — ооруп жатат)", "Чакырылгандар: Күштебаев А.А., директордун орун басары")]
    public void Write_EachLanguage_CountsPresentAbsentWithReasonAndInvited(DocumentLanguage language, string present, string absent, string invited)
    {
        using var docx = new DocxReader(Writer.Write(Minutes(language), language));

        Assert.Contains(present, docx.Paragraphs);
        Assert.Contains(absent, docx.Paragraphs);
        Assert.Contains(invited, docx.Paragraphs);
    }

    [Theory]
    [InlineData(3, 2, "Присутствовали: 3 человека", "Отсутствовали: 2 человека (причина: Кузнецова Р.М. — болезнь; Орлов П.П.)")]
    [InlineData(21, 0, "Присутствовали: 21 человек", "Отсутствовали: нет")]
    public void Write_RussianCounts_AgreeWithNumber(int present, int absentCount, string presentLine, string absentLine)
    {
        var minutes = Minutes(DocumentLanguage.Russian);
        minutes = minutes with { PresentCount = present, Absent = [.. minutes.Absent.Append(new Absence("Орлов П.П.")).Take(absentCount)] };
        using var docx = new DocxReader(Writer.Write(minutes, DocumentLanguage.Russian));

        Assert.Contains(presentLine, docx.Paragraphs);
        Assert.Contains(absentLine, docx.Paragraphs);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Күн тәртібі:", "Баяндамашы", "1. Тыңдалды: Ахметова Г.С. — жұмыс жоспарының жобасын таныстырды.", "Сөйлегендер:", "Шешім:")]
    [InlineData(DocumentLanguage.Russian, "Повестка дня:", "Докладчик", "1. СЛУШАЛИ: Иванова А.П. — представила проект плана работы.", "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:")]
    [InlineData(DocumentLanguage.Kyrgyz, "Күн тартиби:", "Баяндамачы", "1. Угулду: Асанова Г.Т. — иш планынын долбоорун тааныштырды.", "Сүйлөдү:", "Токтом кылынды:")]
    public void Write_EachLanguage_AgendaThenHeardSpokeDecidedPerItem(DocumentLanguage language, string agenda, string speaker, string heard, string spoke, string decided)
    {
        var minutes = Minutes(language);
        using var docx = new DocxReader(Writer.Write(minutes, language));
        var paragraphs = docx.Paragraphs.Where(p => p.Length > 0).ToList();

        var at = paragraphs.IndexOf(agenda);
        Assert.True(at > 0, $"no «{agenda}»");
        Assert.Equal($"1.\t{minutes.Items[0].Topic} ({speaker}: {minutes.Items[0].Speaker})", paragraphs[at + 1]);
        Assert.Equal($"2.\t{minutes.Items[1].Topic} ({speaker}: {minutes.Items[1].Speaker})", paragraphs[at + 2]);
        // The first item, in the order of the layout: heard, spoke (each speaker), decided (numbered 1.1, 1.2).
        Assert.Equal(heard, paragraphs[at + 3]);
        Assert.Equal(spoke, paragraphs[at + 4]);
        Assert.Equal($"{minutes.Items[0].Speeches[0].Speaker} — {minutes.Items[0].Speeches[0].Text}", paragraphs[at + 5]);
        Assert.Equal(decided, paragraphs[at + 6]);
        Assert.StartsWith("1.1.\t", paragraphs[at + 7], StringComparison.Ordinal);
        Assert.StartsWith("1.2.\t", paragraphs[at + 8], StringComparison.Ordinal);
        // The second item has no speeches: straight from heard to decided, numbered 2.1.
        Assert.StartsWith("2. ", paragraphs[at + 9], StringComparison.Ordinal);
        Assert.Equal(decided, paragraphs[at + 10]);
        Assert.StartsWith("2.1.\t", paragraphs[at + 11], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "1.1.\tЖұмыс жоспары бекітілсін. Жауапты: Ахметова Г.С. Мерзімі: «15» қазан 2025 ж.", "1.2.\tАшық сабақтар кестесі жасалсын.", "2.1.\tКесте қабылдансын. Мерзімі: «20» мамыр 2026 ж.")]
    [InlineData(DocumentLanguage.Russian, "1.1.\tУтвердить план работы. Ответственный: Иванова А.П. Срок: «15» октября 2025 г.", "1.2.\tСоставить график открытых уроков.", "2.1.\tПринять график. Срок: «20» мая 2026 г.")]
    [InlineData(DocumentLanguage.Kyrgyz, "1.1.\tИш планы бекитилсин. Жооптуу: Асанова Г.Т. Мөөнөтү: «15» октябрь 2025 ж.", "1.2.\tАчык сабактардын графиги түзүлсүн.", "2.1.\tГрафик кабыл алынсын. Мөөнөтү: «20» май 2026 ж.")]
    public void Write_EachLanguage_DecisionsCarryResponsibleAndDueDate(DocumentLanguage language, string withBoth, string withNeither, string withDueOnly)
    {
        using var docx = new DocxReader(Writer.Write(Minutes(language), language));

        Assert.Contains(withBoth, docx.Paragraphs);
        Assert.Contains(withNeither, docx.Paragraphs);
        Assert.Contains(withDueOnly, docx.Paragraphs);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Төрағасы:", "Хатшы:")]
    [InlineData(DocumentLanguage.Russian, "Председатель:", "Секретарь:")]
    [InlineData(DocumentLanguage.Kyrgyz, "Төрага:", "Катчы:")]
    public void Write_EachLanguage_ChairAndSecretarySign(DocumentLanguage language, string chair, string secretary)
    {
        var minutes = Minutes(language);
        using var docx = new DocxReader(Writer.Write(minutes, language));

        Assert.Equal(
            [[chair, DocxBuilder.SignatureBlank, minutes.ChairName], [secretary, DocxBuilder.SignatureBlank, minutes.SecretaryName]],
            docx.Tables.Single());
    }

    [Fact]
    public void Write_Book_EachMeetingStartsOnNewPage()
    {
        var book = MinutesYearBenchmark.Year(9);
        using var docx = new DocxReader(Writer.Write(book, DocumentLanguage.Kazakh));

        var titles = docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => DocxReader.TextOf(p).Contains("ХАТТАМАСЫ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"№ {n} ХАТТАМАСЫ"), titles.Select(p => DocxReader.TextOf(p).Split('\n')[1]));
        // The organization's name above each title after the first opens a page.
        var breaks = docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageBreakBefore>().Count();
        Assert.Equal(8, breaks);
        Assert.Equal(9 * 4, docx.Paragraphs.Count(p => p.Contains("Тыңдалды:", StringComparison.Ordinal)));
    }
}
