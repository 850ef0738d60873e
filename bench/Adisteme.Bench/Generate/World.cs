using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Bench.Generate;

/// <summary>
/// What the steps so far have made, kept small (ids and the facts later steps choose by), so that
/// a module's step can build on the hierarchy and the staff without reading them back.
/// </summary>
public sealed class World
{
    /// <summary>Subject id by code (reference data).</summary>
    public Dictionary<string, int> Subjects { get; } = new(StringComparer.Ordinal);
    /// <summary>Subject names by id in Kazakh, Russian and Kyrgyz (reference data).</summary>
    public Dictionary<int, (string Kk, string Ru, string Ky)> SubjectNames { get; } = [];
    /// <summary>The school years of each country, oldest first (reference data: 2024–2026 with their quarters).</summary>
    public Dictionary<Country, List<SchoolYear>> SchoolYears { get; } = [];
    public List<RegionFact> Regions { get; } = [];
    public List<DistrictFact> Districts { get; } = [];
    public List<OrganizationFact> Organizations { get; } = [];
    /// <summary>Each person's main post (second and past posts are not listed).</summary>
    public List<StaffFact> Staff { get; } = [];
    public List<LoginFact> Logins { get; } = [];
}

public sealed record RegionFact(int Id, string Name, Country Country, double RussianShare);

public sealed record DistrictFact(int Id, int RegionId, string Name, string Settlement, Country Country);

public sealed record OrganizationFact(int Id, int DistrictId, int RegionId, Country Country, OrganizationKind Kind,
    EducationLevel Level, DocumentLanguage Language, int StaffSize);

public readonly record struct StaffFact(int PersonId, int EmploymentId, int OrganizationId, Position Position, int? SubjectId);

public sealed record LoginFact(string UserName, string UserId, AppRole Role, ScopeKind ScopeKind, int? ScopeId, int? PersonId);
