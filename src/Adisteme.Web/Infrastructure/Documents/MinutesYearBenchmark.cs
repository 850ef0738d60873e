using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// Entry point for the benchmarks (bench/): a school year of one association's minutes in one DOCX.
/// Nine meetings (September to May) make about 30 A4 pages. Time <see cref="Render"/> there; it
/// should take well under a second. Tests check what it writes, never how fast.
/// </summary>
public static class MinutesYearBenchmark
{
    private static readonly string[] Teachers =
        ["Ахметова Г.С.", "Бекова А.Н.", "Жұмабаев Е.Т.", "Исаева М.К.", "Қасымов Д.Б.", "Оспанова Л.Ж.", "Сейітова Р.М.", "Тоқтаров Н.А."];

    private const string Report =
        "Оқушылардың функционалдық сауаттылығын дамыту мақсатында сабақта қолданылатын әдіс-тәсілдер талданды, " +
        "жиынтық бағалау нәтижелері сыныптар бойынша салыстырылып, білім сапасының өзгерісі көрсетілді. " +
        "Үлгерімі төмен оқушылармен жеке жұмыс жоспары, дарынды оқушыларды олимпиадаға дайындау кестесі ұсынылды.";

    /// <summary>The minutes of <paramref name="meetings"/> meetings, one a month from September.</summary>
    public static MinutesBook Year(int meetings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(meetings);
        var start = new DateOnly(2025, 9, 5);
        return new MinutesBook([.. Enumerable.Range(1, meetings).Select(n => Meeting(n, start.AddMonths(n - 1)))]);
    }

    /// <summary>The DOCX of <see cref="Year"/>, written in <paramref name="language"/>'s fixed wordings.</summary>
    public static byte[] Render(int meetings, DocumentLanguage language = DocumentLanguage.Kazakh) =>
        new MinutesDocumentWriter(new DocumentTexts()).Write(Year(meetings), language);

    private static MinutesDocument Meeting(int number, DateOnly date) => new()
    {
        OrganizationName = "«Қостанай қаласы әкімдігінің білім бөлімінің № 7 жалпы білім беретін мектебі» КММ",
        BodyName = "Математика пәні мұғалімдерінің әдістемелік бірлестігі",
        Number = number,
        Date = date,
        Town = "Қостанай қ.",
        PresentCount = Teachers.Length - 1,
        Absent = [new Absence(Teachers[number % Teachers.Length], "біліктілікті арттыру курсында")],
        Invited = ["Нұрланова С.Қ., директордың оқу ісі жөніндегі орынбасары"],
        Items = [.. Enumerable.Range(1, 4).Select(i => Item(number, i, date))],
        ChairName = Teachers[0],
        SecretaryName = Teachers[1],
    };

    private static MinutesItem Item(int meeting, int item, DateOnly date)
    {
        string Teacher(int k) => Teachers[(meeting + item + k) % Teachers.Length];
        var topic = string.Create(CultureInfo.InvariantCulture, $"{meeting}-отырыстың {item}-мәселесі: оқушылардың білім сапасын арттыру жолдары");
        return new MinutesItem(topic, Teacher(0), Report)
        {
            Speeches = [.. Enumerable.Range(1, 2).Select(k => new Speech(Teacher(k), Report))],
            Decisions = [.. Enumerable.Range(1, 3).Select(k => new Decision(
                "Ұсынылған әдіс-тәсілдер сабақта жүйелі қолданылсын, нәтижесі келесі отырыста талқылансын",
                Teacher(k),
                date.AddDays(14 * k)))],
        };
    }
}
