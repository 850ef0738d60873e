namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>The country decides the time zone, the school-year calendar and the qualification system.</summary>
public enum Country
{
    Kazakhstan = 1,
    Kyrgyzstan = 2,
}

/// <summary>Organization kinds from the glossary (§1); a small school with combined classes is its own kind.</summary>
public enum OrganizationKind
{
    School = 1,
    Gymnasium = 2,
    Lyceum = 3,
    SmallSchoolWithCombinedClasses = 4,
    BoardingSchool = 5,
    PreschoolOrganization = 6,
    College = 7,
    HigherEducationInstitution = 8,
    MethodologicalCenter = 9,
    MethodologicalOffice = 10,
}

public enum EducationLevel
{
    Preschool = 1,
    Primary = 2,
    BasicSecondary = 3,
    GeneralSecondary = 4,
    TechnicalAndVocational = 5,
    PostSecondary = 6,
    Higher = 7,
    /// <summary>Methodological centres and offices deliver no programme of their own.</summary>
    NotApplicable = 8,
}

/// <summary>Languages of instruction; a school may teach in several.</summary>
[Flags]
public enum InstructionLanguages
{
    None = 0,
    Kazakh = 1,
    Russian = 2,
    Kyrgyz = 4,
    Uzbek = 8,
    Tajik = 16,
    English = 32,
}

/// <summary>The language the organization's generated documents are written in.</summary>
public enum DocumentLanguage
{
    Kazakh = 1,
    Russian = 2,
    Kyrgyz = 3,
}

/// <summary>Positions from the glossary (§2).</summary>
public enum Position
{
    Director = 1,
    DeputyDirectorMethodological = 2,
    DeputyDirectorTeachingUpbringing = 3,
    DeputyDirectorUpbringing = 4,
    DeputyDirectorIct = 5,
    Teacher = 6,
    PrimaryTeacher = 7,
    PreschoolEducator = 8,
    SchoolLibrarian = 9,
    SocialPedagogue = 10,
    Psychologist = 11,
    Methodologist = 12,
    MasterOfIndustrialTraining = 13,
    Other = 14,
}

/// <summary>
/// Qualification categories: the Kazakh system since 2020 (rules.md K2) and the older labels
/// still held by some teachers and used by seed 003 («жогорку категориядагы мугалим»).
/// </summary>
public enum QualificationCategory
{
    None = 0,
    Pedagogue = 1,
    PedagogueModerator = 2,
    PedagogueExpert = 3,
    PedagogueResearcher = 4,
    PedagogueMaster = 5,
    LegacySecond = 11,
    LegacyFirst = 12,
    LegacyHighest = 13,
}

public enum EducationDegree
{
    Higher = 1,
    Master = 2,
    TechnicalAndVocational = 3,
    SecondarySpecial = 4,
    Doctorate = 5,
}
