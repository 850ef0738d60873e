using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using DocumentFormat.OpenXml.Wordprocessing;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

public sealed class WorkPlanDocumentTests
{
    private static readonly WorkPlanDocumentWriter Writer = new(Texts);

    [Theory]
    [InlineData(DocumentLanguage.Kazakh,
        "«КЕЛІСІЛДІ»\nДиректордың ғылыми-әдістемелік жұмыс жөніндегі орынбасары\n____________ С.Қ. Нұрланова\n«30» тамыз 2025 ж.\n\nӘБ отырысында қаралды, «28» тамыз 2025 ж. № 1 хаттама",
        "«БЕКІТЕМІН»\nМектеп директоры\n____________ Р.Т. Сәрсенбаев\n«01» қыркүйек 2025 ж.")]
    [InlineData(DocumentLanguage.Russian,
        "«СОГЛАСОВАНО»\nЗаместитель директора по научно-методической работе\n____________ Н.В. Петрова\n«30» августа 2025 г.\n\nРассмотрено на заседании МО, протокол № 1 от «28» августа 2025 г.",
        "«УТВЕРЖДАЮ»\nДиректор школы\n____________ О.В. Ким\n«01» сентября 2025 г.")]
    [InlineData(DocumentLanguage.Kyrgyz,
        "«МАКУЛДАШЫЛДЫ»\nДиректордун илимий-методикалык иштер боюнча орун басары\n____________ А.А. Күштебаев\n«30» август 2025 ж.\n\nУБ отурумунда каралды, «28» август 2025 ж. № 1 протокол",
        "«БЕКИТЕМ»\nМектеп жетекчиси\n____________ А.А. Маматов\n«__» ________ 20__ ж.")]
    public void Write_EachLanguage_StampsAgreedConsideredLeftApprovedRight(DocumentLanguage language, string left, string right)
    {
        using var docx = new DocxReader(Writer.Write(WorkPlan(language), language));

        // The stamps are the first thing on the page.
        Assert.IsType<Table>(docx.Body.FirstChild);
        Assert.Equal([left, right], Assert.Single(docx.Tables[0]));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, "Математика пәні мұғалімдері әдістемелік бірлестігінің 2025–2026 оқу жылына арналған жұмыс жоспары", "Әдістемелік тақырыбы: ", "Мақсаты: ", "Міндеттері:", "Басым бағыттары:")]
    [InlineData(DocumentLanguage.Russian, "План работы методического объединения учителей математики на 2025–2026 учебный год", "Методическая тема: ", "Цель: ", "Задачи:", "Приоритетные направления:")]
    [InlineData(DocumentLanguage.Kyrgyz, "Математика мугалимдеринин усулдук бирикмесинин 2025–2026-окуу жылына карата иш планы", "Методикалык темасы: ", "Максаты: ", "Милдеттери:", "Артыкчылыктуу багыттары:")]
    public void Write_EachLanguage_TitleThemeGoalNumberedTasksAndPriorities(DocumentLanguage language, string title, string theme, string goal, string tasks, string priorities)
    {
        var plan = WorkPlan(language);
        using var docx = new DocxReader(Writer.Write(plan, language));
        var body = docx.Body.Elements<Paragraph>().Select(DocxReader.TextOf).Where(p => p.Length > 0).ToList();

        Assert.Equal(
            [plan.OrganizationName, title, theme + plan.Theme, goal + plan.Goal, tasks, "1.\t" + plan.Tasks[0], "2.\t" + plan.Tasks[1], priorities, "1.\t" + plan.PriorityDirections[0]],
            body);
    }

    [Theory]
    [InlineData(DocumentLanguage.Kazakh, new[] { "№", "Мазмұны", "Жұмыс түрі", "Мерзімі", "Жауаптылар", "Күтілетін нәтиже", "Орындалуы" }, new[] { "Қыркүйек", "Мамыр", "Маусым" })]
    [InlineData(DocumentLanguage.Russian, new[] { "№", "Содержание работы", "Форма", "Сроки", "Ответственные", "Ожидаемый результат", "Отметка о выполнении" }, new[] { "Сентябрь", "Май", "Июнь" })]
    [InlineData(DocumentLanguage.Kyrgyz, new[] { "№", "Иштин мазмуну", "Иштин формасы", "Мөөнөтү", "Жооптуулар", "Күтүлүүчү натыйжа", "Аткарылышы" }, new[] { "Сентябрь", "Май", "Июнь" })]
    public void Write_EachLanguage_TableHasSevenColumnsGroupedByMonthInSchoolYearOrder(DocumentLanguage language, string[] headers, string[] months)
    {
        var plan = WorkPlan(language);
        using var docx = new DocxReader(Writer.Write(plan, language));
        var rows = docx.Tables[^1];

        Assert.Equal(headers, rows[0]);
        Assert.Equal([months[0]], rows[1]);
        Assert.Equal(["1", plan.Months[1].Items[0].Content], rows[2][..2]);
        Assert.Equal(["2", plan.Months[1].Items[1].Content], rows[3][..2]);
        Assert.Equal([months[1]], rows[4]);
        Assert.Equal("3", rows[5][0]);
        Assert.Equal([months[2]], rows[6]);
        var june = plan.Months[2].Items[0];
        Assert.Equal(["4", june.Content, june.Form, june.Timing, june.Responsible, june.ExpectedResult, "✓"], rows[7]);
        Assert.Equal(8, rows.Count);
    }

    [Fact]
    public void Write_Table_HeaderRepeatsOnEachPageAndMonthSpansAllColumns()
    {
        using var docx = new DocxReader(Writer.Write(WorkPlan(DocumentLanguage.Kazakh), DocumentLanguage.Kazakh));
        var table = docx.Body.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(7, rows[1].Elements<TableCell>().Single().TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(7, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
    }
}
