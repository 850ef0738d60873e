namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>A person's post in one organization, with what they teach and their qualification.</summary>
public sealed class Employment : IVersioned
{
    public int Id { get; private set; }
    public int PersonId { get; set; }
    public Person? Person { get; private set; }
    public int OrganizationId { get; set; }
    public EducationOrganization? Organization { get; private set; }
    public Position Position { get; set; }
    /// <summary>Lowest and highest grade taught (0 = preschool); null when the post teaches no class.</summary>
    public int? GradeFrom { get; set; }
    public int? GradeTo { get; set; }
    public QualificationCategory Category { get; set; }
    public DateOnly? CategoryAwardedOn { get; set; }
    public DateOnly? CategoryExpiresOn { get; set; }
    public DateOnly? ExperienceStartedOn { get; set; }
    public EducationDegree? Education { get; set; }
    public string? EducationDetails { get; set; }
    public DateOnly? EndedOn { get; set; }
    public Guid Version { get; set; }
    public List<EmploymentSubject> Subjects { get; } = [];
}

public sealed class EmploymentSubject
{
    public int EmploymentId { get; set; }
    public int SubjectId { get; set; }
    public Subject? Subject { get; private set; }
}
