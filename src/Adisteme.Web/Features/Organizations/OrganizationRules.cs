using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Which combinations of kind, education level and "fully staffed" make sense.</summary>
public static class OrganizationRules
{
    private static readonly EducationLevel[] s_schoolLevels = [EducationLevel.Primary, EducationLevel.BasicSecondary, EducationLevel.GeneralSecondary];

    /// <summary>
    /// Only general schools hold the methodological hour twice a week with the staff in halves
    /// (S002 ¶6); a small school with combined classes never has the full set of classes.
    /// </summary>
    public static bool MayBeFullyStaffed(OrganizationKind kind) =>
        kind is OrganizationKind.School or OrganizationKind.Gymnasium or OrganizationKind.Lyceum or OrganizationKind.BoardingSchool;

    /// <summary>The education levels an organization of <paramref name="kind"/> can deliver.</summary>
    public static IReadOnlyList<EducationLevel> LevelsFor(OrganizationKind kind) => kind switch
    {
        OrganizationKind.School or OrganizationKind.Gymnasium or OrganizationKind.Lyceum
            or OrganizationKind.SmallSchoolWithCombinedClasses or OrganizationKind.BoardingSchool => s_schoolLevels,
        OrganizationKind.PreschoolOrganization => [EducationLevel.Preschool],
        OrganizationKind.College => [EducationLevel.TechnicalAndVocational, EducationLevel.PostSecondary],
        OrganizationKind.HigherEducationInstitution => [EducationLevel.Higher],
        OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice => [EducationLevel.NotApplicable],
        _ => [],
    };

    /// <summary>The flags value of the chosen languages; None when nothing valid was chosen.</summary>
    public static InstructionLanguages Combine(IEnumerable<InstructionLanguages> languages) =>
        languages.Aggregate(InstructionLanguages.None, (all, one) => all | one);

    /// <summary>Every language one can choose, in the enum's order.</summary>
    public static IReadOnlyList<InstructionLanguages> AllLanguages { get; } =
        Enum.GetValues<InstructionLanguages>().Where(l => l != InstructionLanguages.None).ToArray();

    /// <summary>The single languages of a flags value, in the enum's order.</summary>
    public static List<InstructionLanguages> Split(InstructionLanguages languages) =>
        AllLanguages.Where(l => languages.HasFlag(l)).ToList();

    /// <summary>True for one defined language (not None, not a combination).</summary>
    public static bool IsSingleLanguage(InstructionLanguages language) =>
        language != InstructionLanguages.None && Enum.IsDefined(language);
}
