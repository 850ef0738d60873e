using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.Extensions.Configuration;

namespace Adisteme.Tests.Associations;

/// <summary>Rules over several records, for the deputy's and the district's lists: R4, R5, R7, R12, R23–R25, R27, R30, R31, R33, R38; and the options.</summary>
public sealed class ComplianceRulesTests
{
    private readonly World _w = new();

    [Fact]
    public void R4_TeachersWithoutAssociationOrWithTwoMainOnes_Reported()
    {
        var math = _w.ActiveAssociation();
        var other = MethodologicalBody.CreateForOrganization(_w.School, BodyKind.MethodologicalAssociation, "Сынып жетекшілері", MoAudience.ClassTeachers, [], [1, 2, 3], _w.Options.Mo, _w.Today);
        other.AddMember(World.Teacher(World.MemberA), MembershipRole.Member, _w.Today, _w.Options, primary: true);
        other.AddMember(World.Teacher(121), MembershipRole.Member, _w.Today, _w.Options);
        TeacherRecord[] teachers =
        [
            new(World.HeadId, [1]), new(World.SecretaryId, [1]), new(World.MemberA, [1]), new(World.MemberB, [1]), new(120, [1]), new(121, [1]),
        ];

        var findings = TeacherCoverageRule.Evaluate(teachers, [math, other], _w.Options);

        Assert.Equal(RuleMessages.TeacherWithoutAssociation, findings.Single(f => f.RecordId == 120).MessageKey);
        Assert.Equal(new object[] { 2 }, findings.Single(f => f.RecordId == World.MemberA).Args);
        Assert.Equal(RuleMessages.TeacherNoPrimary, findings.Single(f => f.RecordId == 121 && f.Severity == Severity.Warning).MessageKey);
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void R5_TeacherWhoseSubjectHasTooFewTeachers_AdvisedToJoinAnInterSchoolAssociation()
    {
        TeacherRecord[] teachers = [new(1, [7]), new(2, [7]), new(3, [8]), new(4, [8]), new(5, [8])];

        var findings = TeacherCoverageRule.Evaluate(teachers, [], _w.Options);

        Assert.Equal([1, 2], findings.Where(f => f.Rule.Id == "R5").Select(f => f.RecordId!.Value));
        Assert.Equal([3, 4, 5], findings.Where(f => f.Rule.Id == "R4").Select(f => f.RecordId!.Value));
    }

    [Fact]
    public void R7_DistrictWithSmallSchoolAndNoCombinedClassesAssociation_Error()
    {
        var small = new EducationOrganization { Name = "Шоқай ШЖМ", Kind = OrganizationKind.SmallSchoolWithCombinedClasses };

        Assert.Empty(CombinedClassesRule.Evaluate(_w.District, [_w.School], []));
        FindingAssert.Single(CombinedClassesRule.Evaluate(_w.District, [_w.School, small], [_w.ActiveAssociation()]), "R7", Severity.Error);
        var combined = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Біріккен сынып мұғалімдерінің ӘБ", MoAudience.CombinedClassTeachers, [], _w.Today);
        Assert.Empty(CombinedClassesRule.Evaluate(_w.District, [small], [combined]));
    }

    [Fact]
    public void R12_OrganizationWithoutMethodologicalDeputyAndAssociationWithoutCurator_Errors()
    {
        var body = _w.ActiveAssociation();

        var findings = CuratorRule.Evaluate(_w.School, [World.Director(), World.Teacher(1)], [body]);

        Assert.Equal(2, findings.Count(f => f.Rule.Id == "R12" && f.IsError));
        body.AssignCurator(World.Deputy());
        Assert.Empty(CuratorRule.Evaluate(_w.School, [World.Deputy()], [body]));
    }

    [Fact]
    public void R31_CouncilTopicOnThePedagogicalCouncilsAgendaInTheSameQuarter_Warned()
    {
        var council = _w.ActiveCouncil();
        var pedagogical = _w.PedagogicalCouncil();
        var councilMeeting = _w.Schedule(council, World.D(2025, 10, 1), null,
            new AgendaItemInput("Жас мамандардың жұмысы", World.DeputyId, Topic: AgendaTopic.YoungSpecialists),
            new AgendaItemInput("Олимпиадаға дайындық", World.DeputyId, Topic: AgendaTopic.Olympiads));
        var sameQuarter = Meeting.Schedule(pedagogical, _w.Year, [], new MeetingInput(World.D(2025, 10, 20),
            [new("Жас мамандарға тәлімгерлік", SpeakerName: "Директор", Topic: AgendaTopic.YoungSpecialists)], "Акт залы"));
        var laterQuarter = Meeting.Schedule(pedagogical, _w.Year, [sameQuarter], new MeetingInput(World.D(2026, 1, 20),
            [new("Олимпиада қорытындысы", SpeakerName: "Директор", Topic: AgendaTopic.Olympiads)], "Акт залы"));

        var findings = CouncilRules.AgendaOverlap(_w.Year, [councilMeeting], [sameQuarter, laterQuarter]);

        Assert.Equal(new object[] { 1, 1 }, FindingAssert.Single(findings, "R31", Severity.Warning).Args);
    }

    [Fact]
    public void R33_AssociationHeadNotOnTheCouncil_Warned()
    {
        var council = _w.ActiveCouncil();
        var association = _w.ActiveAssociation();

        var findings = CouncilRules.Composition(council, [association], _w.Today, _w.Options);

        Assert.Equal(new object[] { association.Name }, FindingAssert.Single(findings, "R33", Severity.Warning).Args);
        council.AddMember(World.Teacher(World.HeadId), MembershipRole.Member, _w.Today, _w.Options, CouncilMemberCategory.MoHead);
        Assert.Empty(CouncilRules.Composition(council, [association], _w.Today, _w.Options));
    }

    [Fact]
    public void R32_BoundsTightenedAfterMembersJoined_Reported()
    {
        var council = _w.ActiveCouncil(members: 7);
        _w.Options.Council.MaxMembers = 6;

        var findings = CouncilRules.Composition(council, [], _w.Today, _w.Options);

        Assert.Equal(new object[] { 6, 7 }, FindingAssert.Single(findings, "R32", Severity.Error).Args);
    }

    [Fact]
    public void R38_CouncilThatDidNotReportToThePedagogicalCouncil_WarnedAfterTheYear()
    {
        var council = _w.ActiveCouncil();
        var pedagogical = _w.PedagogicalCouncil();
        pedagogical.AddMember(World.Director(), MembershipRole.Secretary, _w.Today, _w.Options);
        pedagogical.AddMember(World.Deputy(), MembershipRole.Member, _w.Today, _w.Options);

        Assert.Empty(CouncilRules.Reporting(council, _w.Year, [], World.D(2026, 5, 25)));
        FindingAssert.Single(CouncilRules.Reporting(council, _w.Year, [], World.D(2026, 5, 26)), "R38", Severity.Warning);

        var meeting = Meeting.Schedule(pedagogical, _w.Year, [], new MeetingInput(World.D(2026, 5, 20),
            [new("Әдістемелік кеңестің жылдық есебі", World.DeputyId, Topic: AgendaTopic.MethodologicalCouncilReport)], "Акт залы",
            ChairPersonId: World.DeputyId, SecretaryPersonId: World.DirectorId));
        _w.GoTo(World.D(2026, 5, 20));
        meeting.RecordAttendance(pedagogical, [new(World.DirectorId, true), new(World.DeputyId, true)], _w.Time);
        meeting.BeginMinutes(World.DirectorId, _w.Time);
        meeting.WriteItem(1, "Есеп тыңдалды", []);
        meeting.AddDecision(new DecisionInput(1, "Есеп қабылдансын", World.DeputyId, World.D(2026, 5, 20)));
        meeting.Sign(RouteActor.Person(World.DeputyId), pedagogical, _w.Time);
        meeting.Sign(RouteActor.Person(World.DirectorId), pedagogical, _w.Time);

        Assert.Empty(CouncilRules.Reporting(council, _w.Year, [meeting], World.D(2026, 5, 26)));
    }

    [Fact]
    public void R30_ChecklistOfANewAssociation_NamesTheMissingItems()
    {
        var body = _w.ActiveAssociation(createdOn: World.D(2024, 10, 1));
        var past = _w.Schedule(body, World.D(2025, 10, 15));

        var findings = DocumentationChecklist.Evaluate(body, _w.Year, null, null, [past], youngSpecialistMembers: 1, World.D(2025, 11, 1));

        string[] missing = ["7.3", "7.4", "7.8", "7.16"];
        Assert.Equal(
            missing,
            findings.Where(f => f.Rule.Id == "R30").Select(f => (string)f.Args[0]));
        Assert.Equal(RuleMessages.MeetingNotMinuted, FindingAssert.Single(findings, "R21", Severity.Warning).MessageKey);
    }

    [Fact]
    public void R30_ChecklistComplete_NoFindings()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var meeting = _w.HeldMeeting(body, World.D(2025, 10, 15));
        plan.RecordAnalysis(AnalysisPeriod.Quarter1, "Талдау", null, World.HeadId, body, _w.Time);

        Assert.Empty(DocumentationChecklist.Evaluate(body, _w.Year, plan, null, [meeting], 0, World.D(2025, 11, 1)));
    }

    [Fact]
    public void R23_R24_DecisionBasis_MustBeOfTheRightTypeInSignedMinutesOfAnAssociation()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        var agreed = meeting.AddDecision(new DecisionInput(1, "Аралық аттестаттау материалдары келісілсін", World.HeadId, World.D(2025, 10, 20), DecisionType.AttestationMaterialsAgreed));

        Assert.Equal(RuleMessages.DecisionBasisMissing, FindingAssert.Single(DecisionRules.CheckBasis(null, DecisionType.AttestationMaterialsAgreed, RuleCatalog.R23), "R23", Severity.Error).MessageKey);
        Assert.Equal(RuleMessages.DecisionNotSigned, FindingAssert.Single(DecisionRules.CheckBasis(meeting.Evidence(agreed, body), DecisionType.AttestationMaterialsAgreed, RuleCatalog.R23), "R23", Severity.Error).MessageKey);
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);
        var evidence = meeting.Evidence(agreed, body);

        Assert.Empty(DecisionRules.CheckBasis(evidence, DecisionType.AttestationMaterialsAgreed, RuleCatalog.R23));
        Assert.Equal(RuleMessages.DecisionWrongType, DecisionRules.CheckBasis(evidence, DecisionType.ExamMaterialsApproved, RuleCatalog.R24).Single().MessageKey);
        var councilEvidence = evidence with { BodyKind = BodyKind.MethodologicalCouncil, Type = DecisionType.ProgrammeReviewed };
        Assert.Equal(RuleMessages.DecisionNotOfAssociation, DecisionRules.CheckBasis(councilEvidence, DecisionType.ProgrammeReviewed, RuleCatalog.R24).Single().MessageKey);
    }

    [Fact]
    public void R25_R27_NominationBasis_MustConcernTheNominatedTeacher()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        var nomination = meeting.AddDecision(new DecisionInput(1, "Педагог-зерттеуші санатына ұсынылсын", World.HeadId, World.D(2025, 10, 20), DecisionType.CategoryNomination, ConcernsPersonId: World.MemberA));
        var regulation = meeting.AddDecision(new DecisionInput(1, "Пән апталығының ережесі бекітілсін", World.HeadId, World.D(2025, 10, 20), DecisionType.EventRegulationApproved));
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);

        Assert.Empty(DecisionRules.CheckBasis(meeting.Evidence(nomination, body), DecisionType.CategoryNomination, RuleCatalog.R27, World.MemberA));
        Assert.Equal(RuleMessages.DecisionAboutSomeoneElse, DecisionRules.CheckBasis(meeting.Evidence(nomination, body), DecisionType.CategoryNomination, RuleCatalog.R27, World.MemberB).Single().MessageKey);
        Assert.Empty(DecisionRules.CheckBasis(meeting.Evidence(regulation, body), DecisionType.EventRegulationApproved, RuleCatalog.R25));
    }

    [Fact]
    public void Options_BoundFromConfiguration_WithStrictDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rules:Associations:Mo:MinMeetingsPerYear"] = "4",
            ["Rules:Associations:Mo:MinTeachersCountMode"] = "PerAssociation",
            ["Rules:Associations:Council:AllowedChairRoles"] = "Director, DeputyDirectorMethodological, HighestCategoryTeacher",
            ["Rules:Associations:Plan:LastMonth"] = "6",
        }).Build();

        var options = configuration.GetSection(AssociationRulesOptions.Section).Get<AssociationRulesOptions>()!;
        var defaults = new AssociationRulesOptions();

        Assert.Equal(4, options.Mo.MinMeetingsPerYear);
        Assert.Equal(TeacherCountMode.PerAssociation, options.Mo.MinTeachersCountMode);
        Assert.Equal(ChairEligibility.Director | ChairEligibility.DeputyDirectorMethodological | ChairEligibility.HighestCategoryTeacher, options.Council.AllowedChairRoles);
        Assert.Equal(6, options.Plan.LastMonth);
        Assert.Equal(3, options.Mo.MinTeachers);
        Assert.Equal((5, 1, 3, 5, 19, 1), (defaults.Mo.MinMeetingsPerYear, defaults.Mo.MinMeetingsPerQuarter, defaults.Mo.MinTeachers, defaults.Council.MinMembers, defaults.Council.MaxMembers, defaults.Council.MinMeetingsPerQuarter));
        Assert.Equal(ChairEligibility.DeputyDirectorMethodological, defaults.Council.AllowedChairRoles);
        Assert.Equal(TeacherCountMode.PerSubject, defaults.Mo.MinTeachersCountMode);
        Assert.Equal([9, 10, 11, 12, 1, 2, 3, 4, 5], defaults.Plan.RequiredMonths());
        Assert.Empty(defaults.Problems());
    }

    [Fact]
    public void Options_ValuesThatCannotWorkTogether_Reported()
    {
        var options = new AssociationRulesOptions();
        options.Council.MinMembers = 20;
        options.Council.AllowedChairRoles = ChairEligibility.None;
        options.Mo.HeadTermMonths = 18;

        Assert.Equal(3, options.Problems().Count);
    }
}
