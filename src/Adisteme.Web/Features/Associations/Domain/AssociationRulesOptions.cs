namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// Readings of the seeds that a client may change (rules.md "Configuration parameters"), bound from
/// the configuration section <c>Rules:Associations</c>, e.g. <c>Rules:Associations:Mo:MinMeetingsPerYear</c>.
/// Where the seeds disagree the default is the stricter reading.
/// </summary>
public sealed class AssociationRulesOptions
{
    public const string Section = "Rules:Associations";

    public AssociationOptions Mo { get; set; } = new();
    public DistrictAssociationOptions DistrictMo { get; set; } = new();
    public CouncilOptions Council { get; set; } = new();
    public PlanOptions Plan { get; set; } = new();

    /// <summary>Values that cannot work together; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Mo.MinTeachers < 1)
        {
            problems.Add("Mo:MinTeachers must be at least 1.");
        }
        if (Mo.HeadTermMonths is < 1 or > 12)
        {
            problems.Add("Mo:HeadTermMonths must be between 1 and 12 (S001 cl.30: one year).");
        }
        if (Mo.MinMeetingsPerYear < 0 || Mo.MinMeetingsPerQuarter < 0 || DistrictMo.MinMeetingsPerYear < 0 || Council.MinMeetingsPerQuarter < 0)
        {
            problems.Add("Meeting minimums cannot be negative.");
        }
        if (DistrictMo.ExpectedMaxMeetingsPerYear < DistrictMo.MinMeetingsPerYear)
        {
            problems.Add("DistrictMo:ExpectedMaxMeetingsPerYear must not be below DistrictMo:MinMeetingsPerYear.");
        }
        if (Council.MinMembers < 1 || Council.MaxMembers < Council.MinMembers)
        {
            problems.Add("Council:MinMembers must be at least 1 and not above Council:MaxMembers.");
        }
        if (Council.AllowedChairRoles == ChairEligibility.None)
        {
            problems.Add("Council:AllowedChairRoles must name at least one role.");
        }
        if (Plan.FirstMonth is < 1 or > 12 || Plan.LastMonth is < 1 or > 12)
        {
            problems.Add("Plan:FirstMonth and Plan:LastMonth are month numbers 1–12.");
        }
        if (Plan.AnalysisDueDays < 0 || Mo.HeadTermWarningDays < 0)
        {
            problems.Add("Day counts cannot be negative.");
        }
        return problems;
    }
}

/// <summary>School and inter-school associations and college commissions.</summary>
public sealed class AssociationOptions
{
    /// <summary>R1: teachers of one subject a school needs to form an association (S001 cl.26: 3).</summary>
    public int MinTeachers { get; set; } = 3;

    /// <summary>R1/R3: count per subject (strict, S001 cl.26) or for the association's related subjects together (S000 cl.1.2).</summary>
    public TeacherCountMode MinTeachersCountMode { get; set; } = TeacherCountMode.PerSubject;

    /// <summary>R9: longest term of a head (S001 cl.30: 1 year).</summary>
    public int HeadTermMonths { get; set; } = 12;

    /// <summary>R9: a term also ends by the end of the school year it starts in (the stricter reading of "1 year").</summary>
    public bool HeadTermWithinSchoolYear { get; set; } = true;

    /// <summary>R9 (proposal): warn this many days before a head's term ends.</summary>
    public int HeadTermWarningDays { get; set; } = 30;

    /// <summary>R20: S000 cl.4.3 asks for at least 5 meetings a year.</summary>
    public int MinMeetingsPerYear { get; set; } = 5;

    /// <summary>R20: S001 cl.25 asks for one a quarter; the strict reading requires both.</summary>
    public int MinMeetingsPerQuarter { get; set; } = 1;

    /// <summary>R8: a body becomes active only with an approved regulation.</summary>
    public bool RequireApprovedRegulation { get; set; } = true;
}

public sealed class DistrictAssociationOptions
{
    /// <summary>R6: S001 cl.27 «два-три раза в год».</summary>
    public int MinMeetingsPerYear { get; set; } = 2;

    /// <summary>R6: above this a note is shown; extra meetings are not forbidden.</summary>
    public int ExpectedMaxMeetingsPerYear { get; set; } = 3;
}

public sealed class CouncilOptions
{
    /// <summary>R32: S003 A§4 «5-19 адамга чейин».</summary>
    public int MinMembers { get; set; } = 5;

    public int MaxMembers { get; set; } = 19;

    /// <summary>R35: S003 A§4 and B§5.4.</summary>
    public int MinMeetingsPerQuarter { get; set; } = 1;

    /// <summary>
    /// R34: S003 A§4 allows the director, a deputy or a highest-category teacher; B§5.2 names the deputy
    /// for scientific-methodological work. The stricter B§5.2 is the default; configuration takes a list,
    /// e.g. "Director, DeputyDirectorMethodological, OtherDeputyDirector, HighestCategoryTeacher".
    /// </summary>
    public ChairEligibility AllowedChairRoles { get; set; } = ChairEligibility.DeputyDirectorMethodological;

    /// <summary>R42: the pedagogical council adopts the council's regulation before the head approves it.</summary>
    public bool RequireRegulationAdoption { get; set; } = true;
}

public sealed class PlanOptions
{
    /// <summary>R16: the months that need a monthly section (rules.md K1: September–May; June is optional).</summary>
    public int FirstMonth { get; set; } = 9;

    public int LastMonth { get; set; } = 5;

    /// <summary>R18: approving year Y's plan needs the analysis of year Y−1 (bodies created this year are exempt).</summary>
    public bool RequirePreviousYearAnalysis { get; set; } = true;

    /// <summary>R19 (proposal): an analysis is due this many days after its quarter or year ends.</summary>
    public int AnalysisDueDays { get; set; } = 10;

    /// <summary>R26: an association with young specialists plans mentoring in its work plan.</summary>
    public bool RequireMentoringForYoungSpecialists { get; set; } = true;

    /// <summary>R26: a teacher counts as a young specialist for this many years from the start of pedagogical work.</summary>
    public int YoungSpecialistYears { get; set; } = 3;

    /// <summary>The months of the plan's year in order, from <see cref="FirstMonth"/> to <see cref="LastMonth"/>.</summary>
    public IReadOnlyList<int> RequiredMonths()
    {
        var months = new List<int>();
        var month = FirstMonth;
        while (true)
        {
            months.Add(month);
            if (month == LastMonth || months.Count == 12)
            {
                return months;
            }
            month = month % 12 + 1;
        }
    }
}
