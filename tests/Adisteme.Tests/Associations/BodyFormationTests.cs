using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Tests.Associations;

/// <summary>Creating and activating bodies: R1, R2, R3, R5, R8, R9, R31, R32, R42.</summary>
public sealed class BodyFormationTests
{
    private readonly World _w = new();

    [Fact]
    public void R1_SubjectWithTwoTeachers_RefusedAndR5AdvisesInterSchool()
    {
        var findings = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers,
            [World.Math(2)], [], _w.Options.Mo);

        var error = FindingAssert.Single(findings, "R1", Severity.Error);
        Assert.Equal(RuleMessages.TooFewTeachersOfSubject, error.MessageKey);
        Assert.Equal([3, LocalizedName.Plain("Математика"), 2], error.Args);
        FindingAssert.Single(findings, "R5", Severity.Info);
        FindingAssert.Refused("R1", () => MethodologicalBody.CreateForOrganization(_w.School, BodyKind.MethodologicalAssociation, "ӘБ",
            MoAudience.SubjectTeachers, [World.Math(2)], [], _w.Options.Mo, _w.Today));
    }

    [Fact]
    public void R1_ThreeTeachersOfSubject_CreatedFormingWithItsSubject()
    {
        var body = _w.NewAssociation();

        Assert.Equal(BodyStatus.Forming, body.Status);
        Assert.Equal(BodyScope.School, body.Scope);
        Assert.Equal([1], body.Subjects.Select(s => s.SubjectId));
        Assert.Equal(_w.Today, body.CreatedOn);
    }

    [Fact]
    public void R1_PerSubjectDefault_RefusesTwoRelatedSubjectsWithTwoTeachersEach()
    {
        SubjectStaff[] subjects = [World.Subject(1, 10, 1, 2), World.Subject(2, 10, 3, 4)];

        var findings = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers, subjects, [], _w.Options.Mo);

        Assert.Equal(2, findings.Count(f => f.Rule.Id == "R1" && f.IsError));
    }

    [Fact]
    public void R1_PerAssociationConfigured_CountsRelatedSubjectsTogether()
    {
        _w.Options.Mo.MinTeachersCountMode = TeacherCountMode.PerAssociation;
        SubjectStaff[] subjects = [World.Subject(1, 10, 1, 2), World.Subject(2, 10, 2, 3)];

        var findings = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers, subjects, [], _w.Options.Mo);

        Assert.DoesNotContain(findings, f => f.IsError);
        var twoTeachers = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers,
            [World.Subject(1, 10, 1), World.Subject(2, 10, 1, 2)], [], _w.Options.Mo);
        Assert.Equal(RuleMessages.TooFewTeachersInAssociation, FindingAssert.Single(twoTeachers, "R1", Severity.Error).MessageKey);
    }

    [Fact]
    public void R1_ConfiguredMinimumOfTwo_AllowsTwoTeachers()
    {
        _w.Options.Mo.MinTeachers = 2;

        var findings = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers, [World.Math(2)], [], _w.Options.Mo);

        Assert.Empty(findings);
    }

    [Fact]
    public void R1_ClassTeachersAudienceOfTwo_Refused()
    {
        FindingAssert.Refused("R1", RuleMessages.TooFewTeachersInAudience, () => MethodologicalBody.CreateForOrganization(_w.School,
            BodyKind.MethodologicalAssociation, "Сынып жетекшілерінің ӘБ", MoAudience.ClassTeachers, [], [7, 8], _w.Options.Mo, _w.Today));
    }

    [Fact]
    public void R2_LibrariansAssociationInSchool_Refused()
    {
        FindingAssert.Refused("R2", RuleMessages.AudienceNotAllowedForScope, () => MethodologicalBody.CreateForOrganization(_w.School,
            BodyKind.MethodologicalAssociation, "Кітапханашылар", MoAudience.SchoolLibrarians, [], [1, 2, 3], _w.Options.Mo, _w.Today));
    }

    [Fact]
    public void R2_LibrariansAndCombinedClassesInDistrict_Created()
    {
        var librarians = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Кітапханашылардың аудандық ӘБ", MoAudience.SchoolLibrarians, [], _w.Today);
        var combined = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Біріккен сыныптар", MoAudience.CombinedClassTeachers, [], _w.Today);

        Assert.Equal(BodyScope.District, librarians.Scope);
        Assert.Null(librarians.OrganizationId);
        Assert.Equal(MoAudience.CombinedClassTeachers, combined.Audience);
    }

    [Fact]
    public void R2_ClassTeachersAtDistrictLevel_Refused()
    {
        FindingAssert.Refused("R2", () => MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Сынып жетекшілері", MoAudience.ClassTeachers, [], _w.Today));
        FindingAssert.Refused("R2", () => MethodologicalBody.CreateForDistrict(_w.District, BodyScope.InterSchool, "Кітапханашылар", MoAudience.SchoolLibrarians, [], _w.Today));
    }

    [Fact]
    public void R2_SubjectAssociationWithoutSubject_Refused()
    {
        FindingAssert.Refused("R2", RuleMessages.SubjectRequired, () => MethodologicalBody.CreateForDistrict(_w.District, BodyScope.InterSchool, "Мектепаралық ӘБ", MoAudience.SubjectTeachers, [], _w.Today));
    }

    [Fact]
    public void R2_CommissionInSchoolOrAssociationInCollege_Refused()
    {
        var college = new EducationOrganization { Name = "Колледж", Kind = OrganizationKind.College };

        FindingAssert.Refused("R2", RuleMessages.CommissionOnlyInColleges, () => MethodologicalBody.CreateForOrganization(_w.School,
            BodyKind.CycleCommission, "Циклдік комиссия", MoAudience.SubjectTeachers, [World.Math(3)], [], _w.Options.Mo, _w.Today));
        FindingAssert.Refused("R2", RuleMessages.AssociationNotForOrganizationKind, () => MethodologicalBody.CreateForOrganization(college,
            BodyKind.MethodologicalAssociation, "ӘБ", MoAudience.SubjectTeachers, [World.Math(3)], [], _w.Options.Mo, _w.Today));
        var commission = MethodologicalBody.CreateForOrganization(college, BodyKind.SubjectCommission, "Пәндік комиссия", MoAudience.SubjectTeachers, [World.Math(3)], [], _w.Options.Mo, _w.Today);
        Assert.True(commission.IsAssociation);
    }

    [Fact]
    public void R3_SubjectsFromDifferentAreas_WarnsButCreates()
    {
        SubjectStaff[] subjects = [World.Subject(1, 10, 1, 2, 3), World.Subject(2, 20, 4, 5, 6)];

        var findings = MethodologicalBody.CheckOrganizationBody(_w.School, BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers, subjects, [], _w.Options.Mo);
        var body = MethodologicalBody.CreateForOrganization(_w.School, BodyKind.MethodologicalAssociation, "Жаратылыстану", MoAudience.SubjectTeachers, subjects, [], _w.Options.Mo, _w.Today);

        FindingAssert.Single(findings, "R3", Severity.Warning);
        Assert.Equal(2, body.Subjects.Count);
    }

    [Fact]
    public void R31_SecondCouncilInOrganization_Refused()
    {
        FindingAssert.Refused("R31", () => MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Екінші кеңес", organizationHasOne: true, _w.Today));
        Assert.Equal(BodyKind.MethodologicalCouncil, MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today).Kind);
    }

    [Fact]
    public void R8_ActivateWithoutApprovedRegulation_Refused()
    {
        var body = _w.NewAssociation();
        body.AppointHead(World.Teacher(World.HeadId), World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);

        FindingAssert.Refused("R8", () => body.Activate(_w.Today, _w.Options));
        Assert.Equal(BodyStatus.Forming, body.Status);
    }

    [Fact]
    public void R8_RegulationNotRequiredByConfiguration_Activates()
    {
        _w.Options.Mo.RequireApprovedRegulation = false;
        var body = _w.NewAssociation();
        body.AppointHead(World.Teacher(World.HeadId), World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);

        body.Activate(_w.Today, _w.Options);

        Assert.Equal(BodyStatus.Active, body.Status);
        Assert.Equal(_w.Today, body.ActivatedOn);
    }

    [Fact]
    public void R9_ActivateWithoutHead_RefusedListingEveryMissingPiece()
    {
        var body = _w.NewAssociation();

        var ex = Assert.Throws<DomainException>(() => body.Activate(_w.Today, _w.Options));

        Assert.Equal(["R8", "R9"], ex.Errors.Select(e => e.Rule.Id).Order());
    }

    [Fact]
    public void R32_ActivateCouncilOfFour_Refused()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);
        council.AddMember(World.Deputy(), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.AdministrationRepresentative);
        for (var i = 0; i < 3; i++)
        {
            council.AddMember(World.Teacher(220 + i), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.MoHead);
        }
        council.AppointHead(World.Deputy(), World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);
        council.RecordRegulationAdoption("№ 1", _w.Today);
        council.ApproveRegulation(World.DirectorId, _w.Today, null, _w.Options);

        var error = FindingAssert.Refused("R32", () => council.Activate(_w.Today, _w.Options));

        Assert.Equal([5, 4], error.Args);
        council.AddMember(World.Teacher(230), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.SocialPedagogue);
        council.Activate(_w.Today, _w.Options);
        Assert.Equal(BodyStatus.Active, council.Status);
    }

    [Fact]
    public void R42_CouncilRegulationWithoutAdoption_Refused()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);

        FindingAssert.Refused("R42", RuleMessages.RegulationNotAdopted, () => council.ApproveRegulation(World.DirectorId, _w.Today, null, _w.Options));
        Assert.False(council.RegulationInForce);
    }

    [Fact]
    public void R42_ApprovedBeforeAdoption_Refused()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);
        council.RecordRegulationAdoption("Бүйрүк № 1", World.D(2025, 8, 29));

        FindingAssert.Refused("R42", RuleMessages.ApprovalBeforeAdoption, () => council.ApproveRegulation(World.DirectorId, World.D(2025, 8, 28), null, _w.Options));
    }

    [Fact]
    public void R42_AdoptedThenApproved_InForceUntilNewAdoption()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);
        council.RecordRegulationAdoption("Бүйрүк № 1", World.D(2022, 8, 29));
        council.ApproveRegulation(World.DirectorId, World.D(2022, 9, 9), "reg.pdf", _w.Options);

        Assert.True(council.RegulationInForce);
        Assert.Equal(World.D(2022, 9, 9), council.RegulationApprovedOn);

        council.RecordRegulationAdoption("№ 3 хаттама", World.D(2025, 8, 28));
        Assert.False(council.RegulationInForce);
        Assert.Equal("reg.pdf", council.RegulationFileKey);
    }

    [Fact]
    public void R42_AssociationRegulation_NeedsNoAdoption()
    {
        var body = _w.NewAssociation();

        body.ApproveRegulation(World.DirectorId, _w.Today, null, _w.Options);

        Assert.True(body.RegulationInForce);
    }

    [Fact]
    public void Close_EndsMembershipsAndHeadTermAndRefusesFurtherChanges()
    {
        var body = _w.ActiveAssociation();

        body.Close(World.D(2025, 12, 1));

        Assert.Equal(BodyStatus.Closed, body.Status);
        Assert.Equal(0, body.MemberCount);
        Assert.All(body.Memberships, m => Assert.Equal(MembershipEndReason.BodyClosed, m.EndReason));
        Assert.Null(body.CurrentHead(World.D(2025, 12, 2)));
        FindingAssert.Refused("Input", () => body.AddMember(World.Teacher(120), MembershipRole.Member, _w.Today, _w.Options));
    }
}
