namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>
/// Where a record sits in the hierarchy region → district → organization. A permission is asked
/// "on this record", and a grant covers the record when the grant's scope contains it.
/// </summary>
public readonly record struct ScopeRef(ScopeKind Kind, int? RegionId, int? DistrictId, int? OrganizationId)
{
    public static ScopeRef Global => new(ScopeKind.Global, null, null, null);
    public static ScopeRef ForRegion(int regionId) => new(ScopeKind.Region, regionId, null, null);
    public static ScopeRef ForDistrict(int regionId, int districtId) => new(ScopeKind.District, regionId, districtId, null);
    public static ScopeRef ForOrganization(int regionId, int districtId, int organizationId) =>
        new(ScopeKind.Organization, regionId, districtId, organizationId);

    /// <summary>True when a grant held at <paramref name="kind"/>/<paramref name="id"/> contains this place.</summary>
    public bool IsWithin(ScopeKind kind, int? id) => kind switch
    {
        ScopeKind.Global => true,
        ScopeKind.Region => RegionId == id,
        ScopeKind.District => DistrictId is not null && DistrictId == id,
        ScopeKind.Organization => OrganizationId is not null && OrganizationId == id,
        _ => false,
    };
}
