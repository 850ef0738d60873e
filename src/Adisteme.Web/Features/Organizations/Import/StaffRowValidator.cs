using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// A person already in the register whose IIN appears in the file. <c>InScope</c>: the importing user can
/// see the person (employed in an organization of their scope); <c>WorksHere</c>: the person already holds
/// a current employment in the target organization.
/// </summary>
public sealed record ExistingPerson(int Id, string Surname, string Name, string? Patronymic, bool InScope, bool WorksHere);

/// <summary>What the validator needs from outside: today's date and the register's people with the file's IINs.</summary>
public sealed record StaffImportContext(DateOnly Today, IReadOnlyDictionary<string, ExistingPerson> PeopleByIin);

/// <summary>A row that passed every check, in the shape it will be written.</summary>
public sealed record StaffRecord(
    string Surname, string Name, string? Patronymic, string? Iin, string? Email, string? Phone,
    Position Position, IReadOnlyList<int> SubjectIds, int? GradeFrom, int? GradeTo,
    QualificationCategory Category, DateOnly? CategoryAwardedOn, DateOnly? CategoryExpiresOn,
    DateOnly? ExperienceStartedOn, EducationDegree? Education)
{
    public string FullName => PersonName.Full(Surname, Name, Patronymic);
}

/// <summary>A valid row; <c>ExistingPersonId</c> is set when it adds an employment to a person already in the register.</summary>
public sealed record ValidStaffRow(int Number, StaffRecord Record, int? ExistingPersonId);

public sealed record InvalidStaffRow(int Number, string Person, IReadOnlyList<ImportMessage> Errors);

public sealed record StaffImportCheck(IReadOnlyList<ValidStaffRow> Valid, IReadOnlyList<InvalidStaffRow> Invalid)
{
    /// <summary>
    /// Identifies what the preview promised (which rows, new or existing people). The confirmation
    /// carries it back; if the re-check gives another fingerprint, the data changed and nothing is written.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Join('|', Valid.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Number}:{v.ExistingPersonId}")));
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        }
    }
}

/// <summary>
/// Checks staff rows one by one against the rules of the register: names and position required,
/// IIN valid and unique in the file and in the register (an IIN of a person in the user's scope
/// adds an employment to that person), grade range, category dates, email and phone. Pure.
/// </summary>
public static partial class StaffRowValidator
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 200;
    public const int MaxPhoneLength = 40;
    public const int HighestGrade = 12;

    private static readonly DateOnly s_earliestDate = new(1940, 1, 1);
    private static readonly DateOnly s_excelEpoch = new(1899, 12, 30);
    private static readonly string[] s_dateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d"];
    private static readonly char[] s_rangeDashes = ['-', '–', '—', '‑', '−'];
    private static readonly char[] s_listSeparators = [';', ','];

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9()\-\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    public static StaffImportCheck Validate(IReadOnlyList<StaffImportRow> rows, ImportVocabulary vocabulary, StaffImportContext context)
    {
        var iins = rows.Select(r => (r.Number, Iin: NormalizeIin(r[StaffColumn.Iin])))
            .Where(r => r.Iin is { Length: > 0 })
            .GroupBy(r => r.Iin!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Number).ToArray(), StringComparer.Ordinal);
        var valid = new List<ValidStaffRow>();
        var invalid = new List<InvalidStaffRow>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, vocabulary, context, iins);
            if (check.Run() is { } record && check.Errors.Count == 0)
            {
                valid.Add(new ValidStaffRow(row.Number, record, check.ExistingPersonId));
            }
            else
            {
                invalid.Add(new InvalidStaffRow(row.Number, PersonLabel(row), check.Errors));
            }
        }
        return new StaffImportCheck(valid, invalid);
    }

    /// <summary>
    /// The 12 digits of an IIN typed with spaces or dashes; null if anything else is in it. Spreadsheets
    /// drop the leading zero of people born in 2000–2009 when the column is numeric, so 11 digits get it
    /// back; the checksum still catches typing mistakes.
    /// </summary>
    public static string? NormalizeIin(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }
        if (!text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-'))
        {
            return null;
        }
        var digits = Iin.Normalize(text);
        return digits.Length == 11 ? "0" + digits : digits;
    }

    /// <summary>dd.MM.yyyy, yyyy-MM-dd, or an Excel serial day number.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            date = s_excelEpoch.AddDays((int)Math.Floor(serial));
            return true;
        }
        return false;
    }

    /// <summary>"5-11", "1–4" or a single grade "9"; grades 0 (preschool) to 12.</summary>
    public static bool TryParseGrades(string text, out int from, out int to)
    {
        from = to = -1;
        var parts = text.Split(s_rangeDashes, StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from)
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out to))
        {
            return false;
        }
        return from <= to && to <= HighestGrade;
    }

    private static string PersonLabel(StaffImportRow row)
    {
        var parts = new[] { row[StaffColumn.Surname], row[StaffColumn.Name], row[StaffColumn.Patronymic] }.Where(p => p.Length > 0);
        var label = string.Join(' ', parts);
        return label.Length == 0 ? "—" : label;
    }

    /// <summary>The checks of one row; collects every problem rather than stopping at the first.</summary>
    private sealed class RowCheck(StaffImportRow row, ImportVocabulary vocabulary, StaffImportContext context, Dictionary<string, int[]> iins)
    {
        public List<ImportMessage> Errors { get; } = [];
        public int? ExistingPersonId { get; private set; }

        public StaffRecord? Run()
        {
            var surname = Text(StaffColumn.Surname, MaxNameLength, required: true);
            var name = Text(StaffColumn.Name, MaxNameLength, required: true);
            var patronymic = Text(StaffColumn.Patronymic, MaxNameLength, required: false);
            var iin = CheckIin(surname, name);
            var email = Text(StaffColumn.Email, MaxEmailLength, required: false);
            if (email is not null && !EmailPattern().IsMatch(email))
            {
                Add(StaffColumn.Email, "“{0}” is not a valid email address.", email);
            }
            var phone = Text(StaffColumn.Phone, MaxPhoneLength, required: false);
            if (phone is not null && (!PhonePattern().IsMatch(phone) || phone.Count(char.IsAsciiDigit) < 5))
            {
                Add(StaffColumn.Phone, "“{0}” is not a valid phone number.", phone);
            }
            var position = Lookup(StaffColumn.Position, vocabulary.Position, "“{0}” is not a known position.", required: true);
            var subjects = Subjects();
            var (gradeFrom, gradeTo) = Grades();
            var category = Lookup(StaffColumn.Category, vocabulary.Category, "“{0}” is not a known qualification category.", required: false);
            var awarded = Date(StaffColumn.CategoryAwardedOn, mayBeFuture: false);
            var expires = Date(StaffColumn.CategoryExpiresOn, mayBeFuture: true);
            CheckCategoryDates(category, awarded, expires);
            var experience = Date(StaffColumn.ExperienceStartedOn, mayBeFuture: false);
            var education = Lookup(StaffColumn.Education, vocabulary.Education, "“{0}” is not a known education level.", required: false);

            if (Errors.Count > 0)
            {
                return null;
            }
            return new StaffRecord(surname!, name!, patronymic, iin, email, phone, position!.Value, subjects, gradeFrom, gradeTo,
                category ?? QualificationCategory.None, awarded, expires, experience, education);
        }

        private void Add(StaffColumn column, string message, params string[] args) => Errors.Add(new ImportMessage(column, message, args));

        private string? Text(StaffColumn column, int maxLength, bool required)
        {
            var value = row[column];
            if (value.Length == 0)
            {
                if (required)
                {
                    Add(column, "The value is required.");
                }
                return null;
            }
            if (value.Length > maxLength)
            {
                Add(column, "The value is too long: at most {0} characters.", maxLength.ToString(CultureInfo.InvariantCulture));
            }
            return value;
        }

        private T? Lookup<T>(StaffColumn column, Func<string, T?> find, string unknown, bool required) where T : struct
        {
            var text = row[column];
            if (text.Length == 0)
            {
                if (required)
                {
                    Add(column, "The value is required.");
                }
                return null;
            }
            var value = find(text);
            if (value is null)
            {
                Add(column, unknown, text);
            }
            return value;
        }

        private string? CheckIin(string? surname, string? name)
        {
            var text = row[StaffColumn.Iin];
            if (text.Length == 0)
            {
                return null;
            }
            var iin = NormalizeIin(text);
            if (iin is null || !Iin.IsValid(iin))
            {
                Add(StaffColumn.Iin, "“{0}” is not a valid IIN.", text);
                return null;
            }
            var others = iins[iin].Where(n => n != row.Number).ToArray();
            if (others.Length > 0)
            {
                Add(StaffColumn.Iin, "The same IIN is also given in row(s): {0}.", string.Join(", ", others.Select(n => n.ToString(CultureInfo.InvariantCulture))));
            }
            if (context.PeopleByIin.TryGetValue(iin, out var person))
            {
                if (!person.InScope)
                {
                    Add(StaffColumn.Iin, "A person with this IIN is registered in an organization outside your scope; ask the district methodologist or an administrator to add the employment.");
                }
                else if (person.WorksHere)
                {
                    Add(StaffColumn.Iin, "A person with this IIN already works in this organization.");
                }
                else if (surname is not null && name is not null
                    && (ImportVocabulary.Normalize(surname) != ImportVocabulary.Normalize(person.Surname) || ImportVocabulary.Normalize(name) != ImportVocabulary.Normalize(person.Name)))
                {
                    Add(StaffColumn.Iin, "The register has this IIN for {0}, not for the person in this row.", PersonName.Full(person.Surname, person.Name, person.Patronymic));
                }
                else
                {
                    ExistingPersonId = person.Id;
                }
            }
            return iin;
        }

        private List<int> Subjects()
        {
            var ids = new List<int>();
            foreach (var part in row[StaffColumn.Subjects].Split(s_listSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (vocabulary.Subject(part) is not { } id)
                {
                    Add(StaffColumn.Subjects, "“{0}” is not a known subject.", part);
                }
                else if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            return ids;
        }

        private (int? From, int? To) Grades()
        {
            var text = row[StaffColumn.Grades];
            if (text.Length == 0)
            {
                return (null, null);
            }
            if (!TryParseGrades(text, out var from, out var to))
            {
                Add(StaffColumn.Grades, "“{0}” is not a valid grade range; write it as 5-11 (grades 0 to 12).", text);
                return (null, null);
            }
            return (from, to);
        }

        private DateOnly? Date(StaffColumn column, bool mayBeFuture)
        {
            var text = row[column];
            if (text.Length == 0)
            {
                return null;
            }
            if (!TryParseDate(text, out var date))
            {
                Add(column, "“{0}” is not a valid date; write it as 25.08.2023.", text);
                return null;
            }
            if (date < s_earliestDate)
            {
                Add(column, "The date is too early.");
                return null;
            }
            if (!mayBeFuture && date > context.Today)
            {
                Add(column, "The date is in the future.");
                return null;
            }
            return date;
        }

        private void CheckCategoryDates(QualificationCategory? category, DateOnly? awarded, DateOnly? expires)
        {
            // An unreadable category is reported on its own; "no category" means an empty cell or «Санаты жоқ».
            var noCategory = category == QualificationCategory.None || (category is null && row[StaffColumn.Category].Length == 0);
            if (noCategory && (awarded is not null || expires is not null))
            {
                Add(StaffColumn.Category, "Category dates are given, but no category.");
            }
            if (awarded is not null && expires is not null && expires <= awarded)
            {
                Add(StaffColumn.CategoryExpiresOn, "The category must expire after it was awarded.");
            }
        }
    }
}
