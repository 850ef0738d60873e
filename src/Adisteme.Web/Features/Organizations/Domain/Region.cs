namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>An oblast or a city of republican significance; RegionalEducationAuthority in the glossary.</summary>
public sealed class Region : IVersioned
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public Country Country { get; set; }
    public string? EducationAuthorityName { get; set; }
    public Guid Version { get; set; }
    public List<District> Districts { get; } = [];
}
