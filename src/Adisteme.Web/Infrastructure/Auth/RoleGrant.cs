namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>Roles of design.md; every one is held within a scope.</summary>
public enum AppRole
{
    Teacher = 1,
    AssociationHead = 2,
    DeputyDirector = 3,
    Director = 4,
    DistrictMethodologist = 5,
    CentreStaff = 6,
    CommissionMember = 7,
    Administrator = 8,
}

/// <summary>What a grant's <see cref="RoleGrant.ScopeId"/> points at.</summary>
public enum ScopeKind
{
    Global = 0,
    Region = 1,
    District = 2,
    Organization = 3,
}

/// <summary>One role held by one user within one scope: "Director of school 12", "Methodologist of district 3".</summary>
public sealed class RoleGrant
{
    public int Id { get; private set; }
    public required string UserId { get; set; }
    public AppRole Role { get; set; }
    public ScopeKind ScopeKind { get; set; }
    /// <summary>Id of the region, district or organization; null for <see cref="ScopeKind.Global"/>.</summary>
    public int? ScopeId { get; set; }
    public DateTime GrantedAtUtc { get; set; }
    public string? GrantedByUserId { get; set; }

    /// <summary>The scope each role is held in; a grant with another kind is refused.</summary>
    public static ScopeKind ScopeKindFor(AppRole role) => role switch
    {
        AppRole.Administrator => ScopeKind.Global,
        AppRole.CentreStaff => ScopeKind.Region,
        AppRole.DistrictMethodologist => ScopeKind.District,
        _ => ScopeKind.Organization,
    };
}
