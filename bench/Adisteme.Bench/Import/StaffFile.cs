using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Bench.Generate.Steps;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;

namespace Adisteme.Bench.Import;

/// <summary>
/// A staff list as a school would upload it: the template's Kazakh headers, one valid employee per
/// row (Kazakh and Russian names, unique valid IINs, posts with subjects and grades, categories with
/// their dates, experience, education). Deterministic from the seed.
/// </summary>
public static class StaffFile
{
    private static readonly CultureInfo s_kazakh = CultureInfo.GetCultureInfo("kk-KZ");

    /// <summary>The workbooks (one unless the rows were split) and the IINs of all rows, in order.</summary>
    public sealed record Built(IReadOnlyList<byte[]> Files, IReadOnlyList<string> Iins)
    {
        public byte[] Xlsx => Files[0];
    }

    /// <param name="rows">Employees in the file.</param>
    /// <param name="seed">Same seed, same file.</param>
    /// <param name="takenIins">IINs already in the register, never reused (every row is a new person).</param>
    /// <param name="subjects">Subject names as the file writes them.</param>
    /// <param name="files">Split the rows into this many workbooks of (nearly) equal size, each with the header row.</param>
    public static Built Build(int rows, int seed, IEnumerable<string> takenIins, IReadOnlyList<string> subjects, int files = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(files);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        var random = new Random(seed);
        var used = new HashSet<string>(takenIins, StringComparer.Ordinal);
        var iins = new List<string>(rows);
        var header = StaffColumns.All.Select(c => Text(StaffColumns.Header(c))).ToList();
        var table = new List<IReadOnlyList<string>>(rows);
        var today = GenerationContext.Today;
        for (var i = 0; i < rows; i++)
        {
            var female = random.Chance(0.8);
            var person = Names.Person(random, random.Chance(0.25) ? NameOrigin.Russian : NameOrigin.Kazakh, female);
            var birth = today.AddYears(-random.Next(23, 63)).AddDays(-random.Next(0, 365));
            var iin = StaffStep.NewIin(random, birth, female, used);
            iins.Add(iin);
            var primary = random.Chance(0.2);
            var category = (QualificationCategory)random.Next((int)QualificationCategory.Pedagogue, (int)QualificationCategory.PedagogueMaster + 1);
            var awarded = today.AddYears(-random.Next(1, 5)).AddDays(-random.Next(0, 300));
            var values = new Dictionary<StaffColumn, string>
            {
                [StaffColumn.Surname] = person.Surname,
                [StaffColumn.Name] = person.Name,
                [StaffColumn.Patronymic] = person.Patronymic ?? "",
                [StaffColumn.Iin] = iin,
                [StaffColumn.Email] = string.Create(CultureInfo.InvariantCulture, $"teacher{i + 1}@school.example.kz"),
                [StaffColumn.Phone] = string.Create(CultureInfo.InvariantCulture, $"+7 7{random.Next(0, 80):D2} {random.Next(1000000, 10000000)}"),
                [StaffColumn.Position] = Text($"{nameof(Position)}.{(primary ? Position.PrimaryTeacher : Position.Teacher)}"),
                [StaffColumn.Subjects] = primary ? "" : Names.Pick(random, subjects),
                [StaffColumn.Grades] = primary ? "1-4" : "5-11",
                [StaffColumn.Category] = Text($"{nameof(QualificationCategory)}.{category}"),
                [StaffColumn.CategoryAwardedOn] = Date(awarded),
                [StaffColumn.CategoryExpiresOn] = Date(awarded.AddYears(5)),
                [StaffColumn.ExperienceStartedOn] = Date(new DateOnly(Math.Min(birth.Year + 22 + random.Next(0, 5), today.Year - 1), 9, 1)),
                [StaffColumn.Education] = Text($"{nameof(EducationDegree)}.{EducationDegree.Higher}"),
            };
            table.Add(StaffColumns.All.Select(c => values[c]).ToList());
        }
        var perFile = (rows + files - 1) / files;
        var workbooks = table.Chunk(perFile)
            .Select(part => XlsxWriter.Write([new XlsxSheet(Text("Staff"), [header, .. part], TextColumns: true)]))
            .ToList();
        return new Built(workbooks, iins);
    }

    private static string Text(string key) => ResourceText.Get(key, s_kazakh) ?? key;

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
