using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Associations;

/// <summary>Members and heads: R4, R9, R10, R11, R12, R32, R33, R34, R40.</summary>
public sealed class MembershipAndHeadTests
{
    private readonly World _w = new();

    [Fact]
    public void AddMember_TeacherInSeveralBodies_Allowed()
    {
        var math = _w.ActiveAssociation();
        var classTeachers = MethodologicalBody.CreateForOrganization(_w.School, BodyKind.MethodologicalAssociation, "Сынып жетекшілері",
            MoAudience.ClassTeachers, [], [1, 2, 3], _w.Options.Mo, _w.Today);

        classTeachers.AddMember(World.Teacher(World.MemberA), MembershipRole.Member, _w.Today, _w.Options);

        Assert.True(math.IsActiveMember(World.MemberA));
        Assert.True(classTeachers.IsActiveMember(World.MemberA));
        Assert.False(classTeachers.ActiveMembership(World.MemberA)!.IsPrimary);
    }

    [Fact]
    public void AddMember_SecondSecretaryOrSameTeacherTwiceOrOtherSchool_Refused()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("Input", RuleMessages.SecretaryExists, () => body.AddMember(World.Teacher(120), MembershipRole.Secretary, _w.Today, _w.Options));
        FindingAssert.Refused("Input", RuleMessages.AlreadyMember, () => body.AddMember(World.Teacher(World.MemberA), MembershipRole.Member, _w.Today, _w.Options));
        FindingAssert.Refused("Input", RuleMessages.NotStaffOfOrganization, () => body.AddMember(World.Teacher(121, organizationId: 9), MembershipRole.Member, _w.Today, _w.Options));
        Assert.Equal(4, body.MemberCount);
    }

    [Fact]
    public void ChangeRole_SecretaryHandsOver_OneSecretaryAtATime()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("Input", RuleMessages.SecretaryExists, () => body.ChangeRole(World.MemberA, MembershipRole.Secretary));
        body.ChangeRole(World.SecretaryId, MembershipRole.Member);
        body.ChangeRole(World.MemberA, MembershipRole.Secretary);

        Assert.Equal(World.MemberA, body.Secretary!.PersonId);
        FindingAssert.Refused("R10", () => body.ChangeRole(World.HeadId, MembershipRole.Member));
    }

    [Fact]
    public void R4_PrimaryMembershipOfCouncil_Refused()
    {
        var council = _w.ActiveCouncil();

        FindingAssert.Refused("R4", () => council.AddMember(World.Teacher(240), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.MoHead, primary: true));
    }

    [Fact]
    public void R10_AddMemberAsHead_RefusedHeadComesByOrder()
    {
        var body = _w.NewAssociation();

        FindingAssert.Refused("R10", RuleMessages.HeadOnlyByOrder, () => body.AddMember(World.Teacher(World.HeadId), MembershipRole.Head, _w.Today, _w.Options));
    }

    [Fact]
    public void R10_HeadLeavesWithoutOrder_Refused()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("R10", RuleMessages.HeadLeavesOnlyByOrder, () => body.EndMembership(World.HeadId, _w.Today, MembershipEndReason.Left, _w.Options));
        Assert.True(body.IsActiveMember(World.HeadId));
    }

    [Fact]
    public void R10_DirectorsOrder_AppointsHeadForTheSchoolYearAndAddsMembership()
    {
        var body = _w.NewAssociation();

        var appointment = body.AppointHead(World.Teacher(World.HeadId), World.Order("45", World.D(2025, 8, 25)), OrderIssuer.Director,
            World.D(2025, 9, 1), _w.Year.EndsOn, _w.Year, _w.Options);

        Assert.Equal("45", appointment.OrderNumber);
        Assert.Equal(World.D(2025, 8, 25), appointment.OrderDate);
        Assert.Equal(World.D(2026, 5, 25), appointment.TermEnd);
        Assert.Equal(MembershipRole.Head, body.ActiveMembership(World.HeadId)!.Role);
        Assert.Equal(World.HeadId, body.CurrentHead(World.D(2025, 10, 1))!.PersonId);
        Assert.Null(body.CurrentHead(World.D(2025, 8, 31)));
    }

    [Fact]
    public void R10_SchoolBodyHeadByDistrictOrder_Refused()
    {
        var body = _w.NewAssociation();

        FindingAssert.Refused("R10", RuleMessages.OrderMustBeDirectors, () => body.AppointHead(World.Teacher(World.HeadId), World.Order(),
            OrderIssuer.DistrictEducationDepartment, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
    }

    [Fact]
    public void R10_OrderWithoutNumberOrDatedAfterTermStart_Refused()
    {
        var body = _w.NewAssociation();

        FindingAssert.Refused("R10", RuleMessages.OrderNumberRequired, () => body.AppointHead(World.Teacher(World.HeadId), World.Order(" "),
            OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
        FindingAssert.Refused("R10", RuleMessages.OrderAfterEffectiveDate, () => body.AppointHead(World.Teacher(World.HeadId), World.Order("45", World.D(2025, 9, 5)),
            OrderIssuer.Director, World.D(2025, 9, 1), _w.Year.EndsOn, _w.Year, _w.Options));
    }

    [Fact]
    public void R11_InterSchoolHeadByDirectorsOrder_RefusedByDistrictsOrder_Appointed()
    {
        var body = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.InterSchool, "Физика мұғалімдерінің мектепаралық ӘБ", MoAudience.SubjectTeachers, [4], _w.Today);
        var teacherOfAnotherSchool = World.Teacher(World.HeadId, organizationId: 7);

        FindingAssert.Refused("R11", RuleMessages.OrderMustBeDistricts, () => body.AppointHead(teacherOfAnotherSchool, World.Order(),
            OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
        body.AppointHead(teacherOfAnotherSchool, World.Order(), OrderIssuer.DistrictEducationDepartment, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);

        Assert.Equal(OrderIssuer.DistrictEducationDepartment, body.Appointments.Single().Issuer);
        Assert.Equal(7, body.ActiveMembership(World.HeadId)!.OrganizationId);
    }

    [Fact]
    public void R9_SecondHead_RefusedUntilTheFirstIsReplaced()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("R9", RuleMessages.SecondHead, () => body.AppointHead(World.Teacher(World.MemberA), World.Order("50"),
            OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
        Assert.Single(body.Appointments);
    }

    [Fact]
    public void R9_TermBeyondTheSchoolYear_Refused()
    {
        var body = _w.NewAssociation();

        FindingAssert.Refused("R9", RuleMessages.TermBeyondSchoolYear, () => body.AppointHead(World.Teacher(World.HeadId), World.Order(),
            OrderIssuer.Director, World.D(2025, 9, 1), World.D(2026, 8, 31), _w.Year, _w.Options));
        FindingAssert.Refused("R9", RuleMessages.TermOutsideSchoolYear, () => body.AppointHead(World.Teacher(World.HeadId), World.Order("1", World.D(2026, 9, 1)),
            OrderIssuer.Director, World.D(2026, 9, 1), World.D(2027, 5, 25), _w.Year, _w.Options));
    }

    [Fact]
    public void R9_LongerThanTwelveMonths_RefusedEvenWhenTheSchoolYearLimitIsOff()
    {
        _w.Options.Mo.HeadTermWithinSchoolYear = false;
        var body = _w.NewAssociation();

        FindingAssert.Refused("R9", RuleMessages.TermTooLong, () => body.AppointHead(World.Teacher(World.HeadId), World.Order(),
            OrderIssuer.Director, World.D(2025, 9, 1), World.D(2026, 9, 1), _w.Year, _w.Options));
        var appointment = body.AppointHead(World.Teacher(World.HeadId), World.Order(), OrderIssuer.Director, World.D(2025, 9, 1), World.D(2026, 8, 31), _w.Year, _w.Options);
        Assert.Equal(World.D(2026, 8, 31), appointment.TermEnd);
    }

    [Fact]
    public void R9_ReplaceHead_EndsOldTermByTheNewOrderAndKeepsHistory()
    {
        var body = _w.ActiveAssociation();

        body.ReplaceHead(World.Teacher(World.MemberA), World.Order("71", World.D(2026, 1, 10)), OrderIssuer.Director, World.D(2026, 1, 12), _w.Year.EndsOn, _w.Year, _w.Options);

        Assert.Equal(2, body.Appointments.Count);
        var old = body.Appointments[0];
        Assert.Equal(HeadTermEndReason.Replaced, old.EndReason);
        Assert.Equal(World.D(2026, 1, 12), old.EndedOn);
        Assert.Equal("71", old.EndOrderNumber);
        Assert.Equal(World.HeadId, body.CurrentHead(World.D(2026, 1, 11))!.PersonId);
        Assert.Equal(World.MemberA, body.CurrentHead(World.D(2026, 1, 12))!.PersonId);
        Assert.Equal(MembershipRole.Member, body.ActiveMembership(World.HeadId)!.Role);
        Assert.Equal(MembershipRole.Head, body.ActiveMembership(World.MemberA)!.Role);
    }

    [Fact]
    public void R10_RemoveHead_ByOrderKeptInHistory()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("R10", RuleMessages.OrderMustBeDirectors, () => body.RemoveHead(World.Order("80"), OrderIssuer.DistrictEducationDepartment, World.D(2026, 2, 1)));
        body.RemoveHead(World.Order("80", World.D(2026, 2, 1)), OrderIssuer.Director, World.D(2026, 2, 1));

        var appointment = body.Appointments.Single();
        Assert.Equal(HeadTermEndReason.Removed, appointment.EndReason);
        Assert.Equal("80", appointment.EndOrderNumber);
        Assert.Null(body.CurrentHead(World.D(2026, 2, 1)));
        body.EndMembership(World.HeadId, World.D(2026, 2, 2), MembershipEndReason.Left, _w.Options);
        Assert.False(body.IsActiveMember(World.HeadId));
    }

    [Fact]
    public void R9_SecretaryAsHead_Refused()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("Input", RuleMessages.SecretaryCannotBeHead, () => body.ReplaceHead(World.Teacher(World.SecretaryId), World.Order("9", World.D(2025, 10, 1)),
            OrderIssuer.Director, World.D(2025, 10, 1), _w.Year.EndsOn, _w.Year, _w.Options));
    }

    [Fact]
    public void R9_HeadTermRule_ExpiredTermIsAnErrorWithItsDate()
    {
        var body = _w.ActiveAssociation();

        var findings = HeadTermRule.Evaluate(body, World.D(2026, 6, 1), _w.Options);

        var error = FindingAssert.Single(findings, "R9", Severity.Error);
        Assert.Equal(RuleMessages.HeadTermExpired, error.MessageKey);
        Assert.Equal(new object[] { World.D(2026, 5, 25) }, error.Args);
    }

    [Fact]
    public void R9_HeadTermRule_WarnsThirtyDaysAheadUnlessASuccessorIsAppointed()
    {
        var body = _w.ActiveAssociation();

        Assert.Empty(HeadTermRule.Evaluate(body, World.D(2026, 4, 24), _w.Options));
        Assert.Equal(RuleMessages.HeadTermEndsSoon, FindingAssert.Single(HeadTermRule.Evaluate(body, World.D(2026, 4, 25), _w.Options), "R9", Severity.Warning).MessageKey);

        var next = SchoolCalendar.DefaultYear(Country.Kazakhstan, 2026);
        body.AppointHead(World.Teacher(World.MemberA), World.Order("3", World.D(2026, 5, 20)), OrderIssuer.Director, World.D(2026, 9, 1), next.EndsOn, next, _w.Options);
        Assert.Empty(HeadTermRule.Evaluate(body, World.D(2026, 5, 20), _w.Options));
    }

    [Fact]
    public void R9_HeadTermRule_ActiveBodyWithoutHeadAfterRemoval_IsAnError()
    {
        var body = _w.ActiveAssociation();
        body.RemoveHead(World.Order("80", World.D(2026, 2, 1)), OrderIssuer.Director, World.D(2026, 2, 1));

        Assert.Equal(RuleMessages.NoCurrentHead, FindingAssert.Single(HeadTermRule.Evaluate(body, World.D(2026, 2, 3), _w.Options), "R9", Severity.Error).MessageKey);
    }

    [Fact]
    public void R34_CouncilChairByDefault_OnlyTheMethodologicalDeputy()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);
        var director = World.Director();
        var highest = new StaffProfile(250, 0, 0, Position.Teacher, QualificationCategory.LegacyHighest);
        council.AddMember(director, MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.AdministrationRepresentative);
        council.AddMember(highest, MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.ResearchTeacher);
        council.AddMember(World.Deputy(), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.AdministrationRepresentative);

        FindingAssert.Refused("R34", () => council.AppointHead(director, World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
        FindingAssert.Refused("R34", () => council.AppointHead(highest, World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
        council.AppointHead(World.Deputy(), World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);
        Assert.Equal(World.DeputyId, council.CurrentHead(_w.Today)!.PersonId);
    }

    [Fact]
    public void R34_AllowedChairsConfigured_HighestCategoryTeacherMayChair()
    {
        _w.Options.Council.AllowedChairRoles = ChairEligibility.Director | ChairEligibility.DeputyDirectorMethodological
            | ChairEligibility.OtherDeputyDirector | ChairEligibility.HighestCategoryTeacher;
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);
        var researcher = new StaffProfile(250, 0, 0, Position.Teacher, QualificationCategory.PedagogueResearcher);
        council.AddMember(researcher, MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.ResearchTeacher);

        council.AppointHead(researcher, World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);

        Assert.Equal(250, council.CurrentHead(_w.Today)!.PersonId);
        Assert.Equal(ChairEligibility.None, World.Teacher(1).Eligibility);
    }

    [Fact]
    public void R33_CouncilChairMustAlreadyBeAMember()
    {
        var council = MethodologicalBody.CreateCouncil(_w.School, BodyKind.MethodologicalCouncil, "Кеңес", false, _w.Today);

        FindingAssert.Refused("R33", RuleMessages.ChairMustBeMember, () => council.AppointHead(World.Deputy(), World.Order(), OrderIssuer.Director, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options));
    }

    [Fact]
    public void R33_CouncilMemberWithoutCategory_Refused()
    {
        var council = _w.ActiveCouncil();

        FindingAssert.Refused("R33", RuleMessages.CouncilCategoryRequired, () => council.AddMember(World.Teacher(240), MembershipRole.Member, _w.Today, _w.Options));
    }

    [Fact]
    public void R32_TwentiethCouncilMember_Refused()
    {
        var council = _w.ActiveCouncil(members: 19);

        FindingAssert.Refused("R32", RuleMessages.CouncilTooManyMembers, () => council.AddMember(World.Teacher(260), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.InnovatorTeacher));
        Assert.Equal(19, council.MemberCount);
    }

    [Fact]
    public void R32_MaximumConfigured_Respected()
    {
        _w.Options.Council.MaxMembers = 5;
        var council = _w.ActiveCouncil(members: 5);

        FindingAssert.Refused("R32", () => council.AddMember(World.Teacher(260), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.InnovatorTeacher));
    }

    [Fact]
    public void R32_LeavingBelowTheMinimumOfAnActiveCouncil_Refused()
    {
        var council = _w.ActiveCouncil(members: 5);

        FindingAssert.Refused("R32", RuleMessages.CouncilTooFewMembers, () => council.EndMembership(211, _w.Today, MembershipEndReason.Left, _w.Options));
        council.AddMember(World.Teacher(260), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.InnovatorTeacher);
        council.EndMembership(211, _w.Today, MembershipEndReason.Left, _w.Options);
        Assert.Equal(5, council.MemberCount);
    }

    [Fact]
    public void R40_ExcludeWithoutDecision_Refused()
    {
        var council = _w.ActiveCouncil(members: 6);

        FindingAssert.Refused("R40", () => council.EndMembership(211, _w.Today, MembershipEndReason.ExcludedForNonPerformance, _w.Options));
        Assert.True(council.IsActiveMember(211));
    }

    [Fact]
    public void R40_ExcludeWithSignedCouncilDecisionAboutTheMember_EndsMembershipWithTheDecision()
    {
        var council = _w.ActiveCouncil(members: 6);
        var meeting = _w.Schedule(council, World.D(2025, 10, 15));
        _w.GoTo(World.D(2025, 10, 15));
        meeting.RecordAttendance(council, council.ActiveMembers.Select(m => new AttendanceInput(m.PersonId, true)).ToList(), _w.Time);
        meeting.BeginMinutes(World.CouncilSecretaryId, _w.Time);
        meeting.WriteItem(1, "Кеңес мүшесінің жұмысы тыңдалды", []);
        var decision = meeting.AddDecision(new DecisionInput(1, "Кеңес құрамынан шығарылсын", World.DeputyId, World.D(2025, 10, 16), DecisionType.MemberExclusion, ConcernsPersonId: 211));
        var unsigned = meeting.Evidence(decision, council);

        FindingAssert.Refused("R40", () => council.EndMembership(211, _w.Today, MembershipEndReason.ExcludedForNonPerformance, _w.Options, unsigned));
        meeting.Sign(RouteActor.Person(World.DeputyId), council, _w.Time);
        meeting.Sign(RouteActor.Person(World.CouncilSecretaryId), council, _w.Time);
        FindingAssert.Refused("R40", () => council.EndMembership(212, _w.Today, MembershipEndReason.ExcludedForNonPerformance, _w.Options, meeting.Evidence(decision, council)));

        council.EndMembership(211, _w.Today, MembershipEndReason.ExcludedForNonPerformance, _w.Options, meeting.Evidence(decision, council));

        var ended = council.Memberships.Single(m => m.PersonId == 211);
        Assert.Equal(MembershipEndReason.ExcludedForNonPerformance, ended.EndReason);
        Assert.Equal(decision.Id, ended.ExclusionDecisionId);
    }

    [Fact]
    public void R12_CuratorMustBeADeputyOfTheSchoolOrADistrictMethodologist()
    {
        var body = _w.ActiveAssociation();
        var district = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Аудандық ӘБ", MoAudience.PrimaryGradeTeachers, [], _w.Today);

        FindingAssert.Refused("R12", RuleMessages.CuratorMustBeDeputy, () => body.AssignCurator(World.Teacher(World.MemberA)));
        FindingAssert.Refused("R12", RuleMessages.CuratorMustBeDeputy, () => body.AssignCurator(World.Deputy() with { OrganizationId = 4 }));
        FindingAssert.Refused("R12", RuleMessages.CuratorMustBeMethodologist, () => district.AssignCurator(World.Deputy()));
        body.AssignCurator(World.Deputy());
        district.AssignCurator(World.Methodologist());

        Assert.Equal(World.DeputyId, body.CuratorPersonId);
        Assert.Equal(World.MethodologistId, district.CuratorPersonId);
    }

    [Fact]
    public void StaffProfile_YoungSpecialist_ForThreeYearsFromTheStart()
    {
        var young = World.Teacher(1) with { ExperienceStartedOn = World.D(2023, 9, 1) };

        Assert.True(young.IsYoungSpecialist(World.D(2026, 8, 31), 3));
        Assert.False(young.IsYoungSpecialist(World.D(2026, 9, 1), 3));
        Assert.False(World.Teacher(2).IsYoungSpecialist(World.D(2026, 1, 1), 3));
        Assert.Equal(ChairEligibility.OtherDeputyDirector, new StaffProfile(3, 0, 0, Position.DeputyDirectorIct).Eligibility);
        Assert.Equal(AppRole.Director, World.DirectorActor.Roles.Single());
    }
}
