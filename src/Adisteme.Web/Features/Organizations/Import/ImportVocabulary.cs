using System.Text;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>A subject as the import recognizes it: by code or by its name in any language.</summary>
public sealed record SubjectNames(int Id, string Code, string Kk, string Ru, string Ky, string En)
{
    public string NameIn(string twoLetterLanguage) => twoLetterLanguage switch
    {
        "ru" => Ru,
        "ky" => Ky,
        "en" => En,
        _ => Kk,
    };
}

/// <summary>
/// The words a staff file may use: column headers, positions, categories, education degrees and
/// subjects, in Kazakh, Russian, Kyrgyz or English (and enum names). Comparison ignores case,
/// spaces and punctuation. Translations come from the resource files, never from code.
/// </summary>
public sealed class ImportVocabulary
{
    private readonly Dictionary<string, StaffColumn> _columns;
    private readonly Dictionary<string, Position> _positions;
    private readonly Dictionary<string, QualificationCategory> _categories;
    private readonly Dictionary<string, EducationDegree> _education;
    private readonly Dictionary<string, int> _subjects;

    /// <param name="translations">All texts of a resource key (the key itself and each language).</param>
    /// <param name="subjects">The subject catalogue.</param>
    public ImportVocabulary(Func<string, IEnumerable<string>> translations, IEnumerable<SubjectNames> subjects)
    {
        _columns = Build(StaffColumns.All.Select(c => (c, translations(StaffColumns.Header(c)))));
        _positions = BuildEnum<Position>(translations);
        _categories = BuildEnum<QualificationCategory>(translations);
        _education = BuildEnum<EducationDegree>(translations);
        _subjects = Build(subjects.Select(s => (s.Id, (IEnumerable<string>)[s.Code, s.Kk, s.Ru, s.Ky, s.En])));
    }

    /// <summary>The vocabulary of the shared resource files.</summary>
    public static ImportVocabulary FromResources(IEnumerable<SubjectNames> subjects) => new(ResourceText.AllLanguages, subjects);

    public StaffColumn? Column(string header) => Find(_columns, header);

    public Position? Position(string text) => Find(_positions, text);

    public QualificationCategory? Category(string text) => Find(_categories, text);

    public EducationDegree? Education(string text) => Find(_education, text);

    public int? Subject(string text) => Find(_subjects, text);

    /// <summary>"Педагог-модератор " and "педагог модератор" compare equal: lower case, letters and digits only.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(c));
            }
        }
        return result.ToString();
    }

    private static T? Find<T>(Dictionary<string, T> map, string text) where T : struct =>
        map.TryGetValue(Normalize(text), out var value) ? value : null;

    private static Dictionary<string, TEnum> BuildEnum<TEnum>(Func<string, IEnumerable<string>> translations) where TEnum : struct, Enum =>
        Build(Enum.GetValues<TEnum>().Select(v => (v, translations($"{typeof(TEnum).Name}.{v}").Append(v.ToString()))));

    /// <summary>
    /// Maps each normalized text to its value. A text that means two different values (a translation
    /// that collides with another value's) is dropped, so the import never guesses.
    /// </summary>
    private static Dictionary<string, T> Build<T>(IEnumerable<(T Value, IEnumerable<string> Texts)> entries) where T : struct
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, texts) in entries)
        {
            foreach (var key in texts.Select(Normalize).Where(k => k.Length > 0))
            {
                if (map.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
                {
                    ambiguous.Add(key);
                }
                map[key] = value;
            }
        }
        foreach (var key in ambiguous)
        {
            map.Remove(key);
        }
        return map;
    }
}
