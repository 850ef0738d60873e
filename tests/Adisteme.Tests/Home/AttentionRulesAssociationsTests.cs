using Adisteme.Web.Features.Associations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Home;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Home;

/// <summary>"Needs attention" for the associations: own decisions and meetings, and what each overseer is told about bodies.</summary>
public sealed class AttentionRulesAssociationsTests
{
    private static readonly DateOnly s_today = new(2026, 11, 20);
    private const int School = 3;
    private const int OtherSchool = 4;
    private const int District = 2;

    private static RoleGrant Grant(AppRole role, ScopeKind kind, int id) => new() { UserId = "u", Role = role, ScopeKind = kind, ScopeId = id };

    private static BodyHealth Body(int id, int? organizationId = School, string name = "ӘБ", bool behind = false, bool headMissing = false,
        PlanStatus? awaiting = null, params UnsignedMeeting[] notSigned) =>
        new(id, name, BodyKind.MethodologicalAssociation, organizationId is null ? BodyScope.District : BodyScope.School,
            organizationId is { } org ? ScopeRef.ForOrganization(1, District, org) : ScopeRef.ForDistrict(1, District), $"Owner {organizationId}",
            1, 1, behind ? RuleCatalog.R20.Warning(RuleMessages.YearBehindSchedule, 1, 1, 5) : null,
            headMissing ? RuleCatalog.R9.Error(RuleMessages.NoCurrentHead) : null, notSigned, PlanStatus.Approved, awaiting, 0);

    private static IReadOnlyList<AttentionItem> Evaluate(IReadOnlyList<RoleGrant> grants, params BodyHealth[] bodies) =>
        AttentionRules.Evaluate(new AttentionFacts([], [], []) { Grants = grants, Bodies = bodies }, s_today);

    [Fact]
    public void R22_OwnDecisionPastDue_ListedOldestFirstLinkingToTheMeeting()
    {
        var facts = new AttentionFacts([], [], [])
        {
            Decisions =
            [
                new OverdueDecision(7, "Математика ӘБ", 2, "Ұсыныстар әзірленсін", s_today.AddDays(-3)),
                new OverdueDecision(5, "Сынып жетекшілері ӘБ", 1, "Талдау жасалсын", s_today.AddDays(-30)),
                new OverdueDecision(9, "Кеңес", 3, "Бүгін", s_today),
            ],
        };

        var items = AttentionRules.Evaluate(facts, s_today);

        Assert.Equal(["/Associations/Meetings/Details/5", "/Associations/Meetings/Details/7"], items.Select(i => i.Href));
        Assert.All(items, i => Assert.Equal(AttentionKind.OwnDecisionOverdue, i.Kind));
        Assert.Equal(1, items[0].Number);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    [InlineData(-1, false)]
    public void Evaluate_OwnBodiesMeetings_OnlyTheNextFourteenDays(int days, bool listed)
    {
        var facts = new AttentionFacts([], [], []) { Meetings = [new UpcomingMeeting(4, "ӘБ", 3, s_today.AddDays(days))] };

        var items = AttentionRules.Evaluate(facts, s_today);

        Assert.Equal(listed, items.Any(i => i.Kind == AttentionKind.UpcomingMeeting && i.Date == s_today.AddDays(days)));
    }

    [Theory]
    [InlineData(AppRole.DeputyDirector, PlanStatus.Submitted, AttentionKind.PlanToAgree)]
    [InlineData(AppRole.Director, PlanStatus.Agreed, AttentionKind.PlanToApprove)]
    public void R15_SchoolPlanAwaitingTheUsersStep_Listed(AppRole role, PlanStatus status, AttentionKind expected)
    {
        var item = Assert.Single(Evaluate([Grant(role, ScopeKind.Organization, School)], Body(1, awaiting: status)));

        Assert.Equal(expected, item.Kind);
        Assert.Equal("/Associations/Plans/1", item.Href);
    }

    [Theory]
    [InlineData(AppRole.DeputyDirector, PlanStatus.Agreed)]
    [InlineData(AppRole.Director, PlanStatus.Submitted)]
    [InlineData(AppRole.Teacher, PlanStatus.Submitted)]
    public void R15_PlanAwaitingSomeoneElsesStep_NotListed(AppRole role, PlanStatus status)
    {
        Assert.Empty(Evaluate([Grant(role, ScopeKind.Organization, School)], Body(1, awaiting: status)));
    }

    [Fact]
    public void R15_PlanOfAnotherSchool_NotListed()
    {
        Assert.Empty(Evaluate([Grant(AppRole.DeputyDirector, ScopeKind.Organization, OtherSchool)], Body(1, awaiting: PlanStatus.Submitted)));
    }

    [Fact]
    public void R15_DistrictBodyPlanSubmitted_ForTheDistrictMethodologistToApprove()
    {
        var item = Assert.Single(Evaluate([Grant(AppRole.DistrictMethodologist, ScopeKind.District, District)], Body(1, organizationId: null, awaiting: PlanStatus.Submitted)));

        Assert.Equal(AttentionKind.PlanToApprove, item.Kind);
    }

    [Fact]
    public void R20_R9_R21_DeputySeesOwnSchoolBodiesLineByLine()
    {
        var items = Evaluate([Grant(AppRole.DeputyDirector, ScopeKind.Organization, School)],
            Body(1, behind: true), Body(2, headMissing: true), Body(3, notSigned: new UnsignedMeeting(30, 3, s_today.AddDays(-8))),
            Body(4, organizationId: OtherSchool, behind: true));

        Assert.Equal([(AttentionKind.BodyBehind, "/Associations/Meetings/1"), (AttentionKind.HeadMissing, "/Associations/Head/2"),
            (AttentionKind.MinutesNotSigned, "/Associations/Meetings/Details/30")], items.Select(i => (i.Kind, i.Href)));
        Assert.Equal("R20", items[0].Finding!.Rule.Id);
        Assert.Equal("R9", items[1].Finding!.Rule.Id);
        Assert.Equal(3, items[2].Number);
    }

    [Fact]
    public void R20_R6_MethodologistSeesDistrictBodiesLineByLine_SchoolBodiesLeftToTheOverview()
    {
        var items = Evaluate([Grant(AppRole.DistrictMethodologist, ScopeKind.District, District)],
            Body(1, organizationId: null, behind: true), Body(2, behind: true), Body(3, behind: true), Body(4, organizationId: OtherSchool, behind: true),
            Body(5, headMissing: true));

        // Only the district's own body; a school's bodies (and its head) are the school's lines and the overview's rows.
        var item = Assert.Single(items);
        Assert.Equal(AttentionKind.BodyBehind, item.Kind);
        Assert.Equal("/Associations/Meetings/1", item.Href);
    }

    [Fact]
    public void Evaluate_TeacherGrant_NothingAboutBodies()
    {
        Assert.Empty(Evaluate([Grant(AppRole.Teacher, ScopeKind.Organization, School)], Body(1, behind: true, headMissing: true)));
    }
}
