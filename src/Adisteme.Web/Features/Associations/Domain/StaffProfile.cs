using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// What the association rules need to know about a person: where they work, their post and their
/// qualification. Pages project it from <see cref="Employment"/>; tests build it directly.
/// </summary>
public sealed record StaffProfile(
    int PersonId,
    int OrganizationId,
    int DistrictId,
    Position Position,
    QualificationCategory Category = QualificationCategory.None,
    DateOnly? ExperienceStartedOn = null)
{
    public static StaffProfile From(Employment employment, EducationOrganization organization) =>
        new(employment.PersonId, organization.Id, organization.DistrictId, employment.Position, employment.Category, employment.ExperienceStartedOn);

    public bool IsDeputyDirector => Position is Position.DeputyDirectorMethodological or Position.DeputyDirectorTeachingUpbringing
        or Position.DeputyDirectorUpbringing or Position.DeputyDirectorIct;

    /// <summary>
    /// S003's «жогорку категориядагы мугалим» is the old "highest" category, which maps to
    /// педагог-зерттеуші (rules.md K2); педагог-шебер is above it.
    /// </summary>
    public bool HasHighestCategory => Category is QualificationCategory.LegacyHighest
        or QualificationCategory.PedagogueResearcher or QualificationCategory.PedagogueMaster;

    /// <summary>The grounds on which this person could chair the methodological council (R34).</summary>
    public ChairEligibility Eligibility
    {
        get
        {
            var result = Position switch
            {
                Position.Director => ChairEligibility.Director,
                Position.DeputyDirectorMethodological => ChairEligibility.DeputyDirectorMethodological,
                _ when IsDeputyDirector => ChairEligibility.OtherDeputyDirector,
                _ => ChairEligibility.None,
            };
            return HasHighestCategory ? result | ChairEligibility.HighestCategoryTeacher : result;
        }
    }

    /// <summary>A young specialist (жас маман) in the first <paramref name="years"/> years of pedagogical work (R26).</summary>
    public bool IsYoungSpecialist(DateOnly today, int years) =>
        ExperienceStartedOn is { } started && started <= today && started.AddYears(years) > today;
}

/// <summary>A director's or district department's order (бұйрық / приказ / буйрук): its number and date.</summary>
public sealed record OrderRef(string Number, DateOnly Date);
