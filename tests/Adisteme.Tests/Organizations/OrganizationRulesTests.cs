using Adisteme.Web.Features.Organizations;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Adisteme.Tests.Organizations;

/// <summary>The organization rules that need no database, checked with a localizer that returns the keys.</summary>
public sealed class OrganizationRulesTests
{
    /// <summary>Answers every key with itself, formatted, so tests can compare with the English keys.</summary>
    private sealed class KeyLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static readonly KeyLocalizer s_keys = new();

    private static OrganizationInput Valid() => new()
    {
        Name = "№ 7 мектеп",
        Kind = OrganizationKind.School,
        EducationLevel = EducationLevel.GeneralSecondary,
        InstructionLanguages = [InstructionLanguages.Kazakh],
        DocumentLanguage = DocumentLanguage.Kazakh,
    };

    private static IDictionary<string, string[]> Errors(OrganizationInput input) => OrganizationEditor.Check(input, s_keys).ToDictionary();

    [Fact]
    public void Check_ValidSchool_NoErrors() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData(OrganizationKind.School, true)]
    [InlineData(OrganizationKind.Gymnasium, true)]
    [InlineData(OrganizationKind.Lyceum, true)]
    [InlineData(OrganizationKind.BoardingSchool, true)]
    [InlineData(OrganizationKind.SmallSchoolWithCombinedClasses, false)]
    [InlineData(OrganizationKind.College, false)]
    [InlineData(OrganizationKind.MethodologicalCenter, false)]
    [InlineData(OrganizationKind.PreschoolOrganization, false)]
    public void MayBeFullyStaffed_Kind_OnlyGeneralSchools(OrganizationKind kind, bool expected) =>
        Assert.Equal(expected, OrganizationRules.MayBeFullyStaffed(kind));

    [Fact]
    public void Check_SmallSchoolFullyStaffed_ExplainsSmallSchool()
    {
        var input = Valid();
        input.Kind = OrganizationKind.SmallSchoolWithCombinedClasses;
        input.IsFullyStaffed = true;
        Assert.Equal([OrganizationEditor.SmallSchoolFullyStaffed], Errors(input)["IsFullyStaffed"]);
    }

    [Fact]
    public void Check_CollegeFullyStaffed_ExplainsWhichKindsMay()
    {
        var input = Valid();
        input.Kind = OrganizationKind.College;
        input.EducationLevel = EducationLevel.TechnicalAndVocational;
        input.IsFullyStaffed = true;
        var errors = Errors(input);
        Assert.Equal([OrganizationEditor.NotASchoolFullyStaffed], errors["IsFullyStaffed"]);
        Assert.Single(errors);
    }

    [Theory]
    [InlineData(OrganizationKind.MethodologicalCenter, EducationLevel.GeneralSecondary, false)]
    [InlineData(OrganizationKind.MethodologicalCenter, EducationLevel.NotApplicable, true)]
    [InlineData(OrganizationKind.PreschoolOrganization, EducationLevel.Preschool, true)]
    [InlineData(OrganizationKind.SmallSchoolWithCombinedClasses, EducationLevel.BasicSecondary, true)]
    [InlineData(OrganizationKind.School, EducationLevel.Higher, false)]
    [InlineData(OrganizationKind.College, EducationLevel.PostSecondary, true)]
    public void Check_KindAndLevel_LevelMustFitKind(OrganizationKind kind, EducationLevel level, bool fits)
    {
        var input = Valid();
        input.Kind = kind;
        input.EducationLevel = level;
        Assert.Equal(fits, !Errors(input).ContainsKey("EducationLevel"));
    }

    [Fact]
    public void Check_NoLanguage_AsksForOne()
    {
        var input = Valid();
        input.InstructionLanguages = [];
        Assert.Equal([OrganizationEditor.NoLanguage], Errors(input)["InstructionLanguages"]);
    }

    [Fact]
    public void Check_CombinedOrUnknownLanguageValue_IsInvalid()
    {
        var input = Valid();
        input.InstructionLanguages = [InstructionLanguages.Kazakh | InstructionLanguages.Russian, (InstructionLanguages)64];
        Assert.Equal(["The supplied value is invalid for Languages of instruction."], Errors(input)["InstructionLanguages"]);
    }

    [Fact]
    public void Check_UndefinedKind_IsInvalidWithoutLevelMessage()
    {
        var input = Valid();
        input.Kind = (OrganizationKind)99;
        var errors = Errors(input);
        Assert.Equal(["The supplied value is invalid for Kind of organization."], errors["Kind"]);
        Assert.False(errors.ContainsKey("EducationLevel"));
    }

    [Fact]
    public void Check_BlankNameTooLongShortNameBadContacts_ReportsEachField()
    {
        var input = Valid();
        input.Name = "   ";
        input.ShortName = new string('а', 101);
        input.Phone = "12-34";
        input.Email = "school.kz";
        var errors = Errors(input);
        Assert.Equal(["The Organization name field is required."], errors["Name"]);
        Assert.Equal(["Short name: at most 100 characters."], errors["ShortName"]);
        Assert.Equal([AnnotationCheck.Phone], errors["Phone"]);
        Assert.Equal([AnnotationCheck.Email], errors["Email"]);
    }

    [Theory]
    [InlineData("+7 (7142) 50-01-37", true)]
    [InlineData("87142500137", true)]
    [InlineData("", true)]
    [InlineData("1234", false)]
    [InlineData("+7 714 ext. 5", false)]
    [InlineData("7+7142500137", false)]
    public void IsPhone_Text_AcceptsOnlyPhoneCharacters(string text, bool expected) =>
        Assert.Equal(expected, PhoneNumberAttribute.IsPhone(text));

    [Fact]
    public void CombineAndSplit_Languages_RoundTrip()
    {
        var languages = InstructionLanguages.Kazakh | InstructionLanguages.Uzbek;
        Assert.Equal([InstructionLanguages.Kazakh, InstructionLanguages.Uzbek], OrganizationRules.Split(languages));
        Assert.Equal(languages, OrganizationRules.Combine(OrganizationRules.Split(languages)));
    }

    [Fact]
    public void ApplyTo_BlankOptionalFields_StoredAsNullAndTrimmed()
    {
        var input = Valid();
        input.Name = "  № 7 мектеп ";
        input.Address = "  ";
        input.InstructionLanguages = [InstructionLanguages.Kazakh, InstructionLanguages.Russian];
        var organization = new EducationOrganization { Name = "" };
        input.ApplyTo(organization);
        Assert.Equal("№ 7 мектеп", organization.Name);
        Assert.Null(organization.Address);
        Assert.Equal(InstructionLanguages.Kazakh | InstructionLanguages.Russian, organization.InstructionLanguages);
    }

    [Fact]
    public void Compare_ConflictingInputs_ListsOnlyDifferingFields()
    {
        var mine = Valid();
        mine.Address = "Абай к-сі, 1";
        var current = Valid();
        current.Address = "Абай к-сі, 2";
        var conflicts = ConflictView.Compare(mine, current, s_keys);
        Assert.Equal([new FieldConflict("Address", "Абай к-сі, 1", "Абай к-сі, 2")], conflicts);
    }
}
