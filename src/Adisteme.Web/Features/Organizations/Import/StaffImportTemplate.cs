using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// The XLSX template in the user's language: a staff sheet with the header row and one example row,
/// and a sheet with the allowed positions, categories, education levels and subjects.
/// </summary>
public static class StaffImportTemplate
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string FileName = "staff-import-template.xlsx";

    public static byte[] Build(IStringLocalizer s, IReadOnlyList<SubjectNames> subjects, string language)
    {
        var header = StaffColumns.All.Select(c => (string)s[StaffColumns.Header(c)]).ToList();
        var exampleSubjects = subjects.Where(x => x.Code is "mathematics" or "algebra").Select(x => x.NameIn(language));
        var example = StaffColumns.All.Select(c => c switch
        {
            StaffColumn.Surname => "Серікова",
            StaffColumn.Name => "Айгүл",
            StaffColumn.Patronymic => "Болатқызы",
            StaffColumn.Email => "a.serikova@example.kz",
            StaffColumn.Phone => "+7 701 123 45 67",
            StaffColumn.Position => s.Enum(Position.Teacher),
            StaffColumn.Subjects => string.Join("; ", exampleSubjects),
            StaffColumn.Grades => "5-11",
            StaffColumn.Category => s.Enum(QualificationCategory.PedagogueModerator),
            StaffColumn.CategoryAwardedOn => Date(2023, 8, 25),
            StaffColumn.CategoryExpiresOn => Date(2028, 8, 25),
            StaffColumn.ExperienceStartedOn => Date(2010, 9, 1),
            StaffColumn.Education => s.Enum(EducationDegree.Higher),
            _ => "",
        }).ToList();

        var lists = new[]
        {
            Enum.GetValues<Position>().Select(p => s.Enum(p)).ToList(),
            Enum.GetValues<QualificationCategory>().Select(c => s.Enum(c)).ToList(),
            Enum.GetValues<EducationDegree>().Select(e => s.Enum(e)).ToList(),
            subjects.Select(x => x.NameIn(language)).ToList(),
        };
        var allowed = new List<IReadOnlyList<string>>
        {
            new[] { s[StaffColumns.Header(StaffColumn.Position)].Value, s[StaffColumns.Header(StaffColumn.Category)], s[StaffColumns.Header(StaffColumn.Education)], s[StaffColumns.Header(StaffColumn.Subjects)] },
        };
        for (var i = 0; i < lists.Max(l => l.Count); i++)
        {
            allowed.Add(lists.Select(l => i < l.Count ? l[i] : "").ToList());
        }
        return XlsxWriter.Write(
        [
            new XlsxSheet(s["Staff"], [header, example], TextColumns: true),
            new XlsxSheet(s["Allowed values"], allowed),
        ]);
    }

    private static string Date(int year, int month, int day) => new DateOnly(year, month, day).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
