using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Features.Organizations.People;

namespace Adisteme.Tests.People;

/// <summary>The pure rules of a post: grades, category dates, experience and end dates.</summary>
public sealed class EmploymentRulesTests
{
    private static readonly DateOnly s_today = new(2026, 11, 20);

    private static IDictionary<string, string[]> Check(EmploymentInput input) =>
        EmploymentRules.Check(input, s_today, new KeyLocalizer()).ToDictionary();

    private static EmploymentInput Valid() => new()
    {
        Position = Position.Teacher,
        GradeFrom = 5,
        GradeTo = 9,
        Category = QualificationCategory.PedagogueModerator,
        CategoryAwardedOn = new DateOnly(2024, 5, 1),
        CategoryExpiresOn = new DateOnly(2029, 5, 1),
        ExperienceStartedOn = new DateOnly(2015, 9, 1),
    };

    [Fact]
    public void Check_CompletePost_HasNoErrors() => Assert.Empty(Check(Valid()));

    [Fact]
    public void Check_PostWithoutClassesOrCategory_HasNoErrors() =>
        Assert.Empty(Check(new EmploymentInput { Position = Position.SchoolLibrarian, Category = QualificationCategory.None }));

    [Theory]
    [InlineData(null, 9, "GradeFrom")]
    [InlineData(5, null, "GradeTo")]
    [InlineData(9, 5, "GradeTo")]
    public void Check_GradesMissingOrReversed_ErrorOnTheField(int? from, int? to, string field)
    {
        var input = Valid();
        (input.GradeFrom, input.GradeTo) = (from, to);

        Assert.Equal([field], Check(input).Keys);
    }

    [Fact]
    public void Check_SameFirstAndLastGrade_IsAllowed()
    {
        var input = Valid();
        (input.GradeFrom, input.GradeTo) = (0, 0);

        Assert.Empty(Check(input));
    }

    [Fact]
    public void Check_ExpiryOnOrBeforeAward_ErrorOnExpiry()
    {
        var input = Valid();
        input.CategoryExpiresOn = input.CategoryAwardedOn;

        Assert.Equal(["The category must be valid until a date after the award date."], Check(input)["CategoryExpiresOn"]);
    }

    [Theory]
    [InlineData(QualificationCategory.PedagogueExpert)]
    [InlineData(QualificationCategory.LegacyHighest)]
    public void Check_AttestedCategoryWithoutDates_AsksForBoth(QualificationCategory category)
    {
        var input = Valid();
        input.Category = category;
        (input.CategoryAwardedOn, input.CategoryExpiresOn) = (null, null);

        var errors = Check(input);

        Assert.Equal(["Give the date of the order that awarded this category."], errors["CategoryAwardedOn"]);
        Assert.Equal(["Give the date until which this category is valid."], errors["CategoryExpiresOn"]);
    }

    [Fact]
    public void Check_PedagogueWithOrWithoutDates_IsAllowed()
    {
        var input = Valid();
        input.Category = QualificationCategory.Pedagogue;
        Assert.Empty(Check(input));

        (input.CategoryAwardedOn, input.CategoryExpiresOn) = (null, null);
        Assert.Empty(Check(input));
    }

    [Fact]
    public void Check_NoCategoryWithDates_ErrorOnEachDate()
    {
        var input = Valid();
        input.Category = QualificationCategory.None;

        Assert.Equal(["CategoryAwardedOn", "CategoryExpiresOn"], Check(input).Keys.Order());
    }

    [Fact]
    public void Check_AwardInTheFuture_Error()
    {
        var input = Valid();
        input.CategoryAwardedOn = s_today.AddDays(1);
        input.CategoryExpiresOn = s_today.AddYears(5);

        Assert.Equal(["The date cannot be in the future."], Check(input)["CategoryAwardedOn"]);
    }

    [Theory]
    [InlineData("2026-11-20", false)]
    [InlineData("2026-11-21", true)]
    [InlineData("1950-01-01", false)]
    [InlineData("1949-12-31", true)]
    public void Check_ExperienceStart_NotInTheFutureNorBefore1950(string date, bool error)
    {
        var input = Valid();
        input.ExperienceStartedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(error, Check(input).ContainsKey("ExperienceStartedOn"));
    }

    [Fact]
    public void Check_UndefinedEnumValues_ErrorOnEachField()
    {
        var input = Valid();
        input.Position = (Position)99;
        input.Category = (QualificationCategory)99;
        input.Education = (EducationDegree)99;

        Assert.Equal(["Category", "Education", "Position"], Check(input).Keys.Order());
    }

    [Theory]
    [InlineData("2026-11-20", false)]
    [InlineData("2026-12-01", true)]
    public void CheckEnd_LastWorkingDay_NotInTheFuture(string date, bool error)
    {
        var input = new EndEmploymentInput { EndedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(error, !EmploymentRules.CheckEnd(input, s_today, new KeyLocalizer()).IsEmpty);
    }

    [Fact]
    public void Apply_ChangedSubjects_RemovesUnselectedAndAddsNewOnce()
    {
        var employment = new Employment();
        employment.Subjects.AddRange([new EmploymentSubject { SubjectId = 1 }, new EmploymentSubject { SubjectId = 2 }]);
        var input = Valid();
        input.SubjectIds = [2, 3, 3];

        EmploymentEditor.Apply(input, employment);

        Assert.Equal([2, 3], employment.Subjects.Select(x => x.SubjectId).Order());
    }
}
