using Adisteme.Web.Features.Associations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Associations;

/// <summary>What the overseers' pages make of a body: behind schedule, head missing, minutes unsigned, plan columns, overview rows.</summary>
public sealed class BodyHealthRulesTests
{
    private static readonly BodyLabel s_label = new(ScopeRef.ForOrganization(1, 2, 3), "№ 101");
    private readonly World _w = new();

    private BodyHealth Evaluate(MethodologicalBody body, IEnumerable<Meeting> meetings, DateOnly today, params PlanStatus[] plan) =>
        BodyHealthRules.Evaluate(body, s_label, _w.Year, meetings, plan, 0, today, _w.Options);

    [Fact]
    public void R20_OneHeldMeetingAndNothingScheduled_BehindWithTheRuleFinding()
    {
        var body = _w.ActiveAssociation();
        var held = _w.HeldMeeting(body, World.D(2025, 9, 10));

        var health = Evaluate(body, [held], World.D(2025, 11, 20));

        Assert.True(health.IsBehind);
        Assert.Equal("R20", health.Behind!.Rule.Id);
        Assert.Equal(1, health.Held);
        Assert.Equal(1, health.RequiredSoFar);
        Assert.Null(health.Head);
    }

    [Fact]
    public void R20_MeetingsKeptToSchedule_NotBehind()
    {
        var body = _w.ActiveAssociation();
        var meetings = new List<Meeting> { _w.HeldMeeting(body, World.D(2025, 9, 10)) };
        foreach (var date in new[] { World.D(2025, 12, 10), World.D(2026, 2, 10), World.D(2026, 4, 10), World.D(2026, 5, 12) })
        {
            meetings.Add(_w.Schedule(body, date, meetings));
        }

        var health = Evaluate(body, meetings, World.D(2025, 11, 20));

        Assert.False(health.IsBehind);
        Assert.Empty(health.NotSigned);
    }

    [Fact]
    public void R35_CouncilWithoutMeetingInEndedQuarter_Behind()
    {
        var council = _w.ActiveCouncil();

        var health = Evaluate(council, [], World.D(2025, 11, 20));

        Assert.Equal("R35", health.Behind!.Rule.Id);
        Assert.Equal(Severity.Error, health.Behind.Severity);
    }

    [Fact]
    public void R21_PastMeetingWithoutSignedMinutes_ListedAsNotSigned()
    {
        var body = _w.ActiveAssociation();
        var minuted = _w.MinutedMeeting(body, World.D(2025, 10, 14));

        var health = Evaluate(body, [minuted], World.D(2025, 11, 20));

        var notSigned = Assert.Single(health.NotSigned);
        Assert.Equal((minuted.Number, minuted.Date), (notSigned.Number, notSigned.Date));
        Assert.Equal(0, health.Held);
        Assert.True(health.HasProblems);
    }

    [Fact]
    public void R9_HeadTermRanOut_HeadFindingIsTheExpiredTerm()
    {
        var body = _w.ActiveAssociation();

        var health = Evaluate(body, [], _w.Year.EndsOn.AddDays(1));

        Assert.Equal("R9", health.Head!.Rule.Id);
        Assert.Equal(RuleMessages.HeadTermExpired, health.Head.MessageKey);
        Assert.True(health.HeadMissing);
    }

    [Theory]
    [InlineData(2025, 10, 1, 0)]
    [InlineData(2025, 11, 20, 1)]
    [InlineData(2026, 1, 20, 2)]
    [InlineData(2026, 6, 1, 5)]
    public void RequiredSoFar_R20_OnePerEndedQuarterAndFiveByTheYearEnd(int year, int month, int day, int expected)
    {
        var requirement = new FrequencyRequirement(RuleCatalog.R20, 5, 1);

        Assert.Equal(expected, BodyHealthRules.RequiredSoFar(requirement, _w.Year, new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 11, 20, 0)]
    [InlineData(2026, 1, 20, 1)]
    [InlineData(2026, 6, 1, 2)]
    public void RequiredSoFar_R6_TwoAYearSpreadOverTheQuarters(int year, int month, int day, int expected)
    {
        var requirement = new FrequencyRequirement(RuleCatalog.R6, 2, 0, 3);

        Assert.Equal(expected, BodyHealthRules.RequiredSoFar(requirement, _w.Year, new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(new PlanStatus[0], null)]
    [InlineData(new[] { PlanStatus.Draft }, PlanStatus.Draft)]
    [InlineData(new[] { PlanStatus.Returned }, PlanStatus.Draft)]
    [InlineData(new[] { PlanStatus.Submitted }, PlanStatus.Submitted)]
    [InlineData(new[] { PlanStatus.Agreed }, PlanStatus.Agreed)]
    [InlineData(new[] { PlanStatus.Approved, PlanStatus.Submitted }, PlanStatus.Approved)]
    [InlineData(new[] { PlanStatus.Superseded, PlanStatus.Approved }, PlanStatus.Approved)]
    public void PlanColumn_VersionStatuses_OneColumn(PlanStatus[] versions, PlanStatus? expected)
    {
        Assert.Equal(expected, BodyHealthRules.PlanColumn(versions));
    }

    [Theory]
    [InlineData(BodyScope.School, PlanStatus.Submitted, AppRole.DeputyDirector)]
    [InlineData(BodyScope.School, PlanStatus.Agreed, AppRole.Director)]
    [InlineData(BodyScope.District, PlanStatus.Submitted, AppRole.DistrictMethodologist)]
    [InlineData(BodyScope.InterSchool, PlanStatus.Submitted, AppRole.DistrictMethodologist)]
    [InlineData(BodyScope.School, PlanStatus.Draft, null)]
    [InlineData(BodyScope.School, PlanStatus.Approved, null)]
    public void R15_NextStepRole_FollowsTheRouteTemplate(BodyScope scope, PlanStatus status, AppRole? expected)
    {
        Assert.Equal(expected, BodyHealthRules.NextStepRole(scope, status));
    }

    [Fact]
    public void R15_ApprovedPlanWithAmendmentSubmitted_AwaitsTheDeputy()
    {
        PlanStatus[] versions = [PlanStatus.Approved, PlanStatus.Submitted];

        Assert.Equal(PlanStatus.Submitted, BodyHealthRules.Awaiting(versions));
        Assert.Equal(PlanStatus.Approved, BodyHealthRules.PlanColumn(versions));
    }

    private static BodyHealth Body(int id, int? organizationId, string name, bool behind = false, PlanStatus? plan = PlanStatus.Approved) =>
        new(id, name, BodyKind.MethodologicalAssociation, organizationId is null ? BodyScope.District : BodyScope.School,
            organizationId is { } org ? ScopeRef.ForOrganization(1, 2, org) : ScopeRef.ForDistrict(1, 2), name,
            3, 2, behind ? RuleCatalog.R20.Warning(RuleMessages.YearBehindSchedule, 1, 1, 5) : null, null, [], plan, null, 0);

    [Fact]
    public void OverviewRows_DistrictBodiesFirstThenEveryOrganizationByName()
    {
        var rows = OverviewRows.Build([(10, "Б мектеп"), (11, "А мектеп"), (12, "В мектеп")], "Аудан",
            [Body(1, null, "Аудандық ӘБ"), Body(2, 10, "ӘБ 1", behind: true), Body(3, 10, "ӘБ 2", plan: null), Body(4, 11, "ӘБ 3")], onlyProblems: false);

        Assert.Equal(["Аудан", "А мектеп", "Б мектеп", "В мектеп"], rows.Select(r => r.Name));
        var b = rows[2];
        Assert.Equal((2, 1, 1, 1, 6, 4), (b.Bodies.Count, b.Behind, b.Plans(null), b.Plans(PlanStatus.Approved), b.Held, b.Required));
        Assert.Empty(rows[3].Bodies);
    }

    [Fact]
    public void OverviewRows_OnlyProblems_KeepsRowsWithABodyBehindOrWithoutPlan()
    {
        var rows = OverviewRows.Build([(10, "Б мектеп"), (11, "А мектеп")], "Аудан",
            [Body(2, 10, "ӘБ 1", behind: true), Body(4, 11, "ӘБ 3")], onlyProblems: true);

        Assert.Equal(["Б мектеп"], rows.Select(r => r.Name));
    }
}
