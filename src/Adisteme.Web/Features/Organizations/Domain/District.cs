namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>A district or city with its DistrictEducationDepartment.</summary>
public sealed class District : IVersioned
{
    public int Id { get; private set; }
    public int RegionId { get; set; }
    public Region? Region { get; private set; }
    public required string Name { get; set; }
    public string? EducationDepartmentName { get; set; }
    public Guid Version { get; set; }
    public List<EducationOrganization> Organizations { get; } = [];
}
