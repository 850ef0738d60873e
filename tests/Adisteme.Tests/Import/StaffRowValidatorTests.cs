using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Infrastructure.Documents;

namespace Adisteme.Tests.Import;

/// <summary>Each rule a staff row is checked against, with the resource files' real vocabulary.</summary>
public sealed class StaffRowValidatorTests
{
    private static readonly ImportVocabulary s_vocabulary = StaffFiles.Vocabulary();
    private static readonly DateOnly s_today = new(2026, 11, 20);
    private static readonly string s_iin = TestIin.Make(1988, 1, 1, 123);

    /// <summary>A valid row; <paramref name="change"/> overrides single columns.</summary>
    private static StaffImportRow Row(int number = 2, params (StaffColumn Column, string Value)[] change)
    {
        var values = new Dictionary<StaffColumn, string>
        {
            [StaffColumn.Surname] = "Серікова",
            [StaffColumn.Name] = "Айгүл",
            [StaffColumn.Patronymic] = "Болатқызы",
            [StaffColumn.Iin] = "",
            [StaffColumn.Email] = "a.serikova@mail.kz",
            [StaffColumn.Phone] = "+7 (701) 123-45-67",
            [StaffColumn.Position] = "Пән мұғалімі",
            [StaffColumn.Subjects] = "mathematics; Алгебра, Казахский язык",
            [StaffColumn.Grades] = "5-11",
            [StaffColumn.Category] = "Педагог-модератор",
            [StaffColumn.CategoryAwardedOn] = "25.08.2023",
            [StaffColumn.CategoryExpiresOn] = "2028-08-25",
            [StaffColumn.ExperienceStartedOn] = "01.09.2010",
            [StaffColumn.Education] = "Высшее",
        };
        foreach (var (column, value) in change)
        {
            values[column] = value;
        }
        return new StaffImportRow(number, values);
    }

    private static StaffImportCheck Check(IReadOnlyList<StaffImportRow> rows, params ExistingPerson[] people) =>
        StaffRowValidator.Validate(rows, s_vocabulary, new StaffImportContext(s_today,
            people.ToDictionary(p => s_iin, p => p)));

    private static StaffImportCheck Check(StaffImportRow row, params ExistingPerson[] people) => Check([row], people);

    /// <summary>The single row is invalid with exactly this message on this column.</summary>
    private static void AssertError(StaffImportCheck check, StaffColumn column, string message)
    {
        Assert.Empty(check.Valid);
        var row = Assert.Single(check.Invalid);
        Assert.Contains(row.Errors, e => e.Column == column && e.Text == message);
    }

    [Fact]
    public void Validate_CompleteRowInMixedLanguages_GivesTheRecordToWrite()
    {
        var check = Check(Row());

        Assert.Empty(check.Invalid);
        var row = Assert.Single(check.Valid);
        Assert.Null(row.ExistingPersonId);
        var r = row.Record;
        Assert.Equal(("Серікова", "Айгүл", "Болатқызы"), (r.Surname, r.Name, r.Patronymic));
        Assert.Equal(Position.Teacher, r.Position);
        Assert.Equal([1, 2, 3], r.SubjectIds);
        Assert.Equal((5, 11), (r.GradeFrom!.Value, r.GradeTo!.Value));
        Assert.Equal(QualificationCategory.PedagogueModerator, r.Category);
        Assert.Equal(new DateOnly(2023, 8, 25), r.CategoryAwardedOn);
        Assert.Equal(new DateOnly(2028, 8, 25), r.CategoryExpiresOn);
        Assert.Equal(new DateOnly(2010, 9, 1), r.ExperienceStartedOn);
        Assert.Equal(EducationDegree.Higher, r.Education);
        Assert.Null(r.Iin);
    }

    [Fact]
    public void Validate_OnlyRequiredColumns_DefaultsTheRest()
    {
        var row = new StaffImportRow(2, new Dictionary<StaffColumn, string>
        {
            [StaffColumn.Surname] = "Омаров", [StaffColumn.Name] = "Арман", [StaffColumn.Position] = "Director",
        });

        var record = Assert.Single(Check(row).Valid).Record;

        Assert.Equal(QualificationCategory.None, record.Category);
        Assert.Empty(record.SubjectIds);
        Assert.Null(record.GradeFrom);
        Assert.Null(record.Education);
    }

    [Theory]
    [InlineData(StaffColumn.Surname)]
    [InlineData(StaffColumn.Name)]
    [InlineData(StaffColumn.Position)]
    public void Validate_RequiredValueMissing_IsRequired(StaffColumn column) =>
        AssertError(Check(Row(2, (column, ""))), column, "The value is required.");

    [Fact]
    public void Validate_SurnameLongerThanTheRegisterAllows_IsTooLong() =>
        AssertError(Check(Row(2, (StaffColumn.Surname, new string('а', 101)))), StaffColumn.Surname, "The value is too long: at most {0} characters.");

    [Theory]
    [InlineData("880101400124")]
    [InlineData("8801014001")]
    [InlineData("88010140012x")]
    [InlineData("881301400123")]
    public void Validate_BadIin_IsNotValid(string iin) =>
        AssertError(Check(Row(2, (StaffColumn.Iin, iin))), StaffColumn.Iin, "“{0}” is not a valid IIN.");

    [Fact]
    public void Validate_IinWithSpacesOrLostLeadingZero_IsNormalized()
    {
        var young = TestIin.Make(2005, 3, 14, 77);
        Assert.StartsWith("0", young, StringComparison.Ordinal);

        var check = Check([Row(2, (StaffColumn.Iin, young[1..])), Row(3, (StaffColumn.Iin, s_iin[..6] + " " + s_iin[6..]))]);

        Assert.Empty(check.Invalid);
        Assert.Equal([young, s_iin], check.Valid.Select(v => v.Record.Iin));
    }

    [Fact]
    public void Validate_SameIinTwiceInFile_BothRowsInvalid()
    {
        var check = Check([Row(2, (StaffColumn.Iin, s_iin)), Row(3), Row(4, (StaffColumn.Iin, s_iin))]);

        Assert.Equal([3], check.Valid.Select(v => v.Number));
        Assert.Equal([2, 4], check.Invalid.Select(r => r.Number));
        Assert.Equal(["4"], check.Invalid[0].Errors.Single().Args);
        Assert.Equal(["2"], check.Invalid[1].Errors.Single().Args);
        Assert.All(check.Invalid, r => Assert.Equal("The same IIN is also given in row(s): {0}.", r.Errors.Single().Text));
    }

    [Fact]
    public void Validate_IinOfPersonInScopeElsewhere_AddsEmploymentToThatPerson()
    {
        var check = Check(Row(2, (StaffColumn.Iin, s_iin)), new ExistingPerson(42, "СЕРІКОВА", "айгүл", null, InScope: true, WorksHere: false));

        Assert.Equal(42, Assert.Single(check.Valid).ExistingPersonId);
    }

    [Fact]
    public void Validate_IinOfPersonAlreadyWorkingHere_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.Iin, s_iin)), new ExistingPerson(42, "Серікова", "Айгүл", null, InScope: true, WorksHere: true)),
            StaffColumn.Iin, "A person with this IIN already works in this organization.");

    [Fact]
    public void Validate_IinOfPersonOutsideScope_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.Iin, s_iin)), new ExistingPerson(42, "Серікова", "Айгүл", null, InScope: false, WorksHere: false)),
            StaffColumn.Iin, "A person with this IIN is registered in an organization outside your scope; ask the district methodologist or an administrator to add the employment.");

    [Fact]
    public void Validate_IinOfSomeoneWithAnotherName_IsRefusedNamingTheRegisteredPerson()
    {
        var check = Check(Row(2, (StaffColumn.Iin, s_iin)), new ExistingPerson(42, "Омаров", "Арман", "Серікұлы", InScope: true, WorksHere: false));

        AssertError(check, StaffColumn.Iin, "The register has this IIN for {0}, not for the person in this row.");
        Assert.Equal(["Омаров Арман Серікұлы"], check.Invalid[0].Errors.Single().Args);
    }

    [Theory]
    [InlineData("Директордың ғылыми-әдістемелік жұмыс жөніндегі орынбасары", Position.DeputyDirectorMethodological)]
    [InlineData("учитель начальных классов", Position.PrimaryTeacher)]
    [InlineData("Башталгыч класстардын мугалими", Position.PrimaryTeacher)]
    [InlineData("Social pedagogue", Position.SocialPedagogue)]
    [InlineData("SchoolLibrarian", Position.SchoolLibrarian)]
    public void Validate_PositionInAnyLanguageOrEnumName_IsRecognized(string text, Position expected) =>
        Assert.Equal(expected, Assert.Single(Check(Row(2, (StaffColumn.Position, text))).Valid).Record.Position);

    [Fact]
    public void Validate_UnknownPosition_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.Position, "Космонавт"))), StaffColumn.Position, "“{0}” is not a known position.");

    [Fact]
    public void Validate_UnknownSubject_IsRefusedByName()
    {
        var check = Check(Row(2, (StaffColumn.Subjects, "Математика; Астрология")));

        AssertError(check, StaffColumn.Subjects, "“{0}” is not a known subject.");
        Assert.Equal(["Астрология"], check.Invalid[0].Errors.Single().Args);
    }

    [Theory]
    [InlineData("1–4", 1, 4)]
    [InlineData("5 - 11", 5, 11)]
    [InlineData("9", 9, 9)]
    [InlineData("0-1", 0, 1)]
    public void Validate_GradeRange_IsRead(string text, int from, int to)
    {
        var record = Assert.Single(Check(Row(2, (StaffColumn.Grades, text))).Valid).Record;
        Assert.Equal((from, to), (record.GradeFrom!.Value, record.GradeTo!.Value));
    }

    [Theory]
    [InlineData("11-5")]
    [InlineData("5-13")]
    [InlineData("бесінші")]
    [InlineData("1-4-7")]
    [InlineData("-3")]
    public void Validate_BadGradeRange_IsRefused(string text) =>
        AssertError(Check(Row(2, (StaffColumn.Grades, text))), StaffColumn.Grades, "“{0}” is not a valid grade range; write it as 5-11 (grades 0 to 12).");

    [Theory]
    [InlineData("Педагог-исследователь", QualificationCategory.PedagogueResearcher)]
    [InlineData("Педагог-сарапшы", QualificationCategory.PedagogueExpert)]
    [InlineData("Highest category (old)", QualificationCategory.LegacyHighest)]
    [InlineData("Жогорку категория", QualificationCategory.LegacyHighest)]
    [InlineData("LegacyFirst", QualificationCategory.LegacyFirst)]
    public void Validate_CategoryInAnyLanguage_IsRecognized(string text, QualificationCategory expected) =>
        Assert.Equal(expected, Assert.Single(Check(Row(2, (StaffColumn.Category, text))).Valid).Record.Category);

    [Fact]
    public void Validate_UnknownCategory_IsRefusedOnce()
    {
        var check = Check(Row(2, (StaffColumn.Category, "Үздік")));

        AssertError(check, StaffColumn.Category, "“{0}” is not a known qualification category.");
        Assert.Single(check.Invalid[0].Errors);
    }

    [Fact]
    public void Validate_CategoryAwardedInTheFuture_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.CategoryAwardedOn, "21.11.2026"), (StaffColumn.CategoryExpiresOn, ""))),
            StaffColumn.CategoryAwardedOn, "The date is in the future.");

    [Fact]
    public void Validate_CategoryExpiringBeforeItWasAwarded_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.CategoryExpiresOn, "24.08.2023"))), StaffColumn.CategoryExpiresOn, "The category must expire after it was awarded.");

    [Theory]
    [InlineData("")]
    [InlineData("Без категории")]
    public void Validate_CategoryDatesWithoutCategory_AreRefused(string category) =>
        AssertError(Check(Row(2, (StaffColumn.Category, category))), StaffColumn.Category, "Category dates are given, but no category.");

    [Fact]
    public void Validate_ExperienceStartingInTheFuture_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.ExperienceStartedOn, "2027-01-01"))), StaffColumn.ExperienceStartedOn, "The date is in the future.");

    [Theory]
    [InlineData("31.02.2020")]
    [InlineData("2020/09/01")]
    [InlineData("күзде")]
    public void Validate_UnreadableDate_IsRefused(string text) =>
        AssertError(Check(Row(2, (StaffColumn.ExperienceStartedOn, text))), StaffColumn.ExperienceStartedOn, "“{0}” is not a valid date; write it as 25.08.2023.");

    [Fact]
    public void Validate_ExcelSerialDate_IsRead()
    {
        var record = Assert.Single(Check(Row(2, (StaffColumn.ExperienceStartedOn, "40422"))).Valid).Record;
        Assert.Equal(new DateOnly(2010, 9, 1), record.ExperienceStartedOn);
    }

    [Fact]
    public void Validate_TinySerialNumber_IsTooEarly() =>
        AssertError(Check(Row(2, (StaffColumn.ExperienceStartedOn, "5"))), StaffColumn.ExperienceStartedOn, "The date is too early.");

    [Theory]
    [InlineData("aigul")]
    [InlineData("aigul@mail")]
    [InlineData("a b@mail.kz")]
    public void Validate_BadEmail_IsRefused(string email) =>
        AssertError(Check(Row(2, (StaffColumn.Email, email))), StaffColumn.Email, "“{0}” is not a valid email address.");

    [Theory]
    [InlineData("телефон жоқ")]
    [InlineData("12")]
    public void Validate_BadPhone_IsRefused(string phone) =>
        AssertError(Check(Row(2, (StaffColumn.Phone, phone))), StaffColumn.Phone, "“{0}” is not a valid phone number.");

    [Fact]
    public void Validate_UnknownEducation_IsRefused() =>
        AssertError(Check(Row(2, (StaffColumn.Education, "Курстар"))), StaffColumn.Education, "“{0}” is not a known education level.");

    [Fact]
    public void Validate_SeveralProblemsInOneRow_ReportsThemAll()
    {
        var check = Check(Row(2, (StaffColumn.Surname, ""), (StaffColumn.Email, "x"), (StaffColumn.Grades, "13")));

        Assert.Equal([StaffColumn.Surname, StaffColumn.Email, StaffColumn.Grades], check.Invalid.Single().Errors.Select(e => e.Column!.Value));
        Assert.Equal("Айгүл Болатқызы", check.Invalid.Single().Person);
    }

    [Fact]
    public void Fingerprint_ChangesWhenARowTurnsFromNewToExisting()
    {
        var rows = new[] { Row(2, (StaffColumn.Iin, s_iin)) };
        var before = Check(rows).Fingerprint;
        var after = Check(rows, new ExistingPerson(42, "Серікова", "Айгүл", null, InScope: true, WorksHere: false)).Fingerprint;

        Assert.Equal(before, Check(rows).Fingerprint);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Vocabulary_EveryTranslationOfEveryEnumValue_IsRecognized()
    {
        foreach (var position in Enum.GetValues<Position>())
        {
            Assert.All(Adisteme.Web.Infrastructure.Localization.ResourceText.AllLanguages($"Position.{position}"), t => Assert.Equal(position, s_vocabulary.Position(t)));
        }
        foreach (var category in Enum.GetValues<QualificationCategory>())
        {
            Assert.All(Adisteme.Web.Infrastructure.Localization.ResourceText.AllLanguages($"QualificationCategory.{category}"), t => Assert.Equal(category, s_vocabulary.Category(t)));
        }
        foreach (var degree in Enum.GetValues<EducationDegree>())
        {
            Assert.All(Adisteme.Web.Infrastructure.Localization.ResourceText.AllLanguages($"EducationDegree.{degree}"), t => Assert.Equal(degree, s_vocabulary.Education(t)));
        }
        foreach (var column in StaffColumns.All)
        {
            var texts = Adisteme.Web.Infrastructure.Localization.ResourceText.AllLanguages(StaffColumns.Header(column));
            Assert.True(texts.Count >= 2, $"{column} has translations: {string.Join(", ", texts)}");
            Assert.All(texts, t => Assert.Equal(column, s_vocabulary.Column(t)));
        }
    }

    [Fact]
    public void CsvReader_DetectDelimiter_PrefersTheMoreFrequentSeparatorOutsideQuotes()
    {
        Assert.Equal(';', CsvReader.DetectDelimiter("a;b;\"c,d,e\"\nx,y,z,w"));
        Assert.Equal(',', CsvReader.DetectDelimiter("a,b,c;d"));
        Assert.Equal('\t', CsvReader.DetectDelimiter("a\tb\tc"));
    }
}
