namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>
/// The one permission table: which roles may do what, and which roles each role may grant.
/// Pure: takes grants and a place, answers yes or no. Every page and API endpoint asks it.
/// </summary>
public static class AccessPolicy
{
    private static readonly AppRole[] s_everyone = Enum.GetValues<AppRole>();

    private static readonly Dictionary<Operation, AppRole[]> s_allowed = new()
    {
        [Operation.View] = s_everyone,
        [Operation.CreateRegion] = [AppRole.Administrator],
        [Operation.EditRegion] = [AppRole.Administrator, AppRole.CentreStaff],
        [Operation.CreateDistrict] = [AppRole.Administrator, AppRole.CentreStaff],
        [Operation.EditDistrict] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist],
        [Operation.CreateOrganization] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist],
        [Operation.EditOrganization] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist, AppRole.Director],
        [Operation.ViewPeople] = s_everyone,
        [Operation.ManagePeople] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist, AppRole.Director, AppRole.DeputyDirector],
        [Operation.GrantRoles] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist, AppRole.Director],
        [Operation.ViewAudit] = [AppRole.Administrator],
        // Creating bodies, memberships and head appointments: the school's administration for school
        // bodies, the district (and above) for district and inter-school ones (S000 4.4, S001 cl.30).
        [Operation.ManageBodies] = [AppRole.Administrator, AppRole.CentreStaff, AppRole.DistrictMethodologist, AppRole.Director, AppRole.DeputyDirector],
        // The deputy agrees an association's plan, the director approves it (S000 8.1); a district
        // body's plan is approved by the district methodologist.
        [Operation.AgreePlans] = [AppRole.Administrator, AppRole.DeputyDirector, AppRole.DistrictMethodologist],
        [Operation.ApprovePlans] = [AppRole.Administrator, AppRole.Director, AppRole.DistrictMethodologist],
    };

    /// <summary>Roles each role may hand out, always within its own scope.</summary>
    private static readonly Dictionary<AppRole, AppRole[]> s_grantable = new()
    {
        [AppRole.Administrator] = s_everyone,
        [AppRole.CentreStaff] = [AppRole.DistrictMethodologist, AppRole.Director, AppRole.DeputyDirector, AppRole.AssociationHead, AppRole.Teacher, AppRole.CommissionMember],
        [AppRole.DistrictMethodologist] = [AppRole.Director, AppRole.DeputyDirector, AppRole.AssociationHead, AppRole.Teacher],
        [AppRole.Director] = [AppRole.DeputyDirector, AppRole.AssociationHead, AppRole.Teacher],
    };

    public static IReadOnlyList<AppRole> RolesAllowed(Operation operation) => s_allowed[operation];

    public static bool Allows(IEnumerable<RoleGrant> grants, Operation operation, ScopeRef target)
    {
        var roles = s_allowed[operation];
        return grants.Any(g => roles.Contains(g.Role) && target.IsWithin(g.ScopeKind, g.ScopeId));
    }

    /// <summary>May a holder of <paramref name="grants"/> give <paramref name="role"/> at <paramref name="target"/>?</summary>
    public static bool AllowsGranting(IEnumerable<RoleGrant> grants, AppRole role, ScopeRef target) =>
        grants.Any(g => s_grantable.TryGetValue(g.Role, out var roles) && roles.Contains(role) && target.IsWithin(g.ScopeKind, g.ScopeId));
}
