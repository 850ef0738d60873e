namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>Any organization that delivers education or methodological support (glossary §1).</summary>
public sealed class EducationOrganization : IVersioned
{
    public int Id { get; private set; }
    public int DistrictId { get; set; }
    public District? District { get; private set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationKind Kind { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public InstructionLanguages InstructionLanguages { get; set; }
    public DocumentLanguage DocumentLanguage { get; set; }
    /// <summary>A fully staffed school runs the methodological hour twice a week (S002 ¶6).</summary>
    public bool IsFullyStaffed { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public Guid Version { get; set; }

    public bool IsSmallWithCombinedClasses => Kind == OrganizationKind.SmallSchoolWithCombinedClasses;
}
