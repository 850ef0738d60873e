namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>Everything a permission is asked for. The roles allowed for each live in <see cref="AccessPolicy"/>.</summary>
public enum Operation
{
    View = 1,
    CreateRegion,
    EditRegion,
    CreateDistrict,
    EditDistrict,
    CreateOrganization,
    EditOrganization,
    ViewPeople,
    ManagePeople,
    GrantRoles,
    ViewAudit,
    // Associations and councils
    ManageBodies,
    AgreePlans,
    ApprovePlans,
}
