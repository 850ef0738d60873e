using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Auth;

public sealed class AccessPolicyTests
{
    private static RoleGrant Grant(AppRole role, ScopeKind kind, int? id) => new() { UserId = "u", Role = role, ScopeKind = kind, ScopeId = id };

    private static readonly ScopeRef s_school = ScopeRef.ForOrganization(regionId: 1, districtId: 10, organizationId: 100);
    private static readonly ScopeRef s_otherDistrictSchool = ScopeRef.ForOrganization(regionId: 1, districtId: 11, organizationId: 110);
    private static readonly ScopeRef s_otherRegionSchool = ScopeRef.ForOrganization(regionId: 2, districtId: 20, organizationId: 200);

    [Fact]
    public void Allows_DistrictMethodologist_EditsOnlySchoolsOfOwnDistrict()
    {
        var grants = new[] { Grant(AppRole.DistrictMethodologist, ScopeKind.District, 10) };
        Assert.True(AccessPolicy.Allows(grants, Operation.EditOrganization, s_school));
        Assert.False(AccessPolicy.Allows(grants, Operation.EditOrganization, s_otherDistrictSchool));
        Assert.False(AccessPolicy.Allows(grants, Operation.CreateDistrict, ScopeRef.ForRegion(1)));
    }

    [Fact]
    public void Allows_Director_OwnSchoolOnly_AndNeverDistrictWork()
    {
        var grants = new[] { Grant(AppRole.Director, ScopeKind.Organization, 100) };
        Assert.True(AccessPolicy.Allows(grants, Operation.ManagePeople, s_school));
        Assert.False(AccessPolicy.Allows(grants, Operation.ManagePeople, s_otherDistrictSchool));
        Assert.False(AccessPolicy.Allows(grants, Operation.EditDistrict, ScopeRef.ForDistrict(1, 10)));
        Assert.False(AccessPolicy.Allows(grants, Operation.CreateOrganization, ScopeRef.ForDistrict(1, 10)));
    }

    [Fact]
    public void Allows_Teacher_ReadsButNeverWrites()
    {
        var grants = new[] { Grant(AppRole.Teacher, ScopeKind.Organization, 100) };
        Assert.True(AccessPolicy.Allows(grants, Operation.View, s_school));
        Assert.True(AccessPolicy.Allows(grants, Operation.ViewPeople, s_school));
        foreach (var write in new[] { Operation.EditOrganization, Operation.ManagePeople, Operation.GrantRoles, Operation.ViewAudit })
        {
            Assert.False(AccessPolicy.Allows(grants, write, s_school), write.ToString());
        }
    }

    [Fact]
    public void Allows_CentreStaff_WholeRegionButNotAnother()
    {
        var grants = new[] { Grant(AppRole.CentreStaff, ScopeKind.Region, 1) };
        Assert.True(AccessPolicy.Allows(grants, Operation.EditOrganization, s_otherDistrictSchool));
        Assert.True(AccessPolicy.Allows(grants, Operation.CreateDistrict, ScopeRef.ForRegion(1)));
        Assert.False(AccessPolicy.Allows(grants, Operation.View, s_otherRegionSchool));
        Assert.False(AccessPolicy.Allows(grants, Operation.CreateRegion, ScopeRef.Global));
    }

    [Fact]
    public void Allows_Administrator_EverythingEverywhere()
    {
        var grants = new[] { Grant(AppRole.Administrator, ScopeKind.Global, null) };
        foreach (var operation in Enum.GetValues<Operation>())
        {
            Assert.True(AccessPolicy.Allows(grants, operation, s_otherRegionSchool), operation.ToString());
        }
    }

    [Fact]
    public void Allows_OrganizationGrant_DoesNotCoverItsDistrict()
    {
        var grants = new[] { Grant(AppRole.Director, ScopeKind.Organization, 100) };
        Assert.False(AccessPolicy.Allows(grants, Operation.View, ScopeRef.ForDistrict(1, 10)));
    }

    [Fact]
    public void AllowsGranting_Director_GrantsTeacherAndHeadInOwnSchoolOnly()
    {
        var grants = new[] { Grant(AppRole.Director, ScopeKind.Organization, 100) };
        Assert.True(AccessPolicy.AllowsGranting(grants, AppRole.Teacher, s_school));
        Assert.True(AccessPolicy.AllowsGranting(grants, AppRole.AssociationHead, s_school));
        Assert.False(AccessPolicy.AllowsGranting(grants, AppRole.Director, s_school));
        Assert.False(AccessPolicy.AllowsGranting(grants, AppRole.Teacher, s_otherDistrictSchool));
        Assert.False(AccessPolicy.AllowsGranting(grants, AppRole.DistrictMethodologist, ScopeRef.ForDistrict(1, 10)));
    }

    [Fact]
    public void AllowsGranting_Teacher_GrantsNothing()
    {
        var grants = new[] { Grant(AppRole.Teacher, ScopeKind.Organization, 100) };
        Assert.All(Enum.GetValues<AppRole>(), role => Assert.False(AccessPolicy.AllowsGranting(grants, role, s_school)));
    }

    [Fact]
    public void Allows_PlanRoute_DeputyAgreesDirectorApprovesHeadNeither()
    {
        var d = new[] { Grant(AppRole.DeputyDirector, ScopeKind.Organization, 100) };
        var r = new[] { Grant(AppRole.Director, ScopeKind.Organization, 100) };
        var h = new[] { Grant(AppRole.AssociationHead, ScopeKind.Organization, 100) };
        Assert.True(AccessPolicy.Allows(d, Operation.AgreePlans, s_school));
        Assert.False(AccessPolicy.Allows(d, Operation.ApprovePlans, s_school));
        Assert.True(AccessPolicy.Allows(r, Operation.ApprovePlans, s_school));
        Assert.False(AccessPolicy.Allows(h, Operation.AgreePlans, s_school));
        Assert.False(AccessPolicy.Allows(h, Operation.ManageBodies, s_school));
        Assert.True(AccessPolicy.Allows(d, Operation.ManageBodies, s_school));
    }

    [Fact]
    public void ScopeKindFor_EachRole_HasItsScope()
    {
        Assert.Equal(ScopeKind.Global, RoleGrant.ScopeKindFor(AppRole.Administrator));
        Assert.Equal(ScopeKind.Region, RoleGrant.ScopeKindFor(AppRole.CentreStaff));
        Assert.Equal(ScopeKind.District, RoleGrant.ScopeKindFor(AppRole.DistrictMethodologist));
        Assert.Equal(ScopeKind.Organization, RoleGrant.ScopeKindFor(AppRole.Director));
    }
}
