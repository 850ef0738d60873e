using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Associations;

/// <summary>The one approval-route mechanism on its own: stages, roles, assignees, returns, rounds and history (R15, R21).</summary>
public sealed class ApprovalRouteTests
{
    private static readonly DateTime s_at = new(2025, 9, 10, 5, 0, 0, DateTimeKind.Utc);

    private static ApprovalRoute PlanRoute() => ApprovalRoute.Create(RouteKind.WorkPlan, RouteTemplates.WorkPlan(BodyScope.School));

    [Fact]
    public void R15_SubmitAgreeApprove_CompletesAndRecordsEachDecision()
    {
        var route = PlanRoute();

        route.Submit(World.HeadId, s_at);
        Assert.Equal(RouteState.InProgress, route.State);
        Assert.Equal(StepKind.Agree, route.PendingSteps.Single().Kind);
        route.Decide(World.DeputyActor, StepKind.Agree, s_at.AddHours(1), "Келісілді");
        route.Decide(World.DirectorActor, StepKind.Approve, s_at.AddHours(2));

        Assert.True(route.IsCompleted);
        Assert.False(route.IsEditable);
        Assert.Equal([RouteAction.Submit, RouteAction.Agree, RouteAction.Approve], route.Decisions.Select(d => d.Action));
        Assert.Equal([World.HeadId, World.DeputyId, World.DirectorId], route.Decisions.Select(d => d.PersonId));
        Assert.Equal("Келісілді", route.Decisions[1].Comment);
        Assert.Equal(World.DirectorId, route.Done(StepKind.Approve)!.DecidedByPersonId);
        Assert.Equal(2, route.CompletedStages);
    }

    [Fact]
    public void R15_ApproveBeforeAgree_RefusedAsAnEarlierStep()
    {
        var route = PlanRoute();
        route.Submit(World.HeadId, s_at);

        FindingAssert.Refused("R15", RuleMessages.EarlierStepFirst, () => route.Decide(World.DirectorActor, StepKind.Approve, s_at));
        Assert.Equal(RouteState.InProgress, route.State);
        Assert.Single(route.Decisions);
    }

    [Fact]
    public void R15_WrongRoleOrNotSubmittedOrTwice_Refused()
    {
        var route = PlanRoute();

        FindingAssert.Refused("R15", RuleMessages.RouteNotSubmitted, () => route.Decide(World.DeputyActor, StepKind.Agree, s_at));
        route.Submit(World.HeadId, s_at);
        FindingAssert.Refused("R15", RuleMessages.RouteAlreadySubmitted, () => route.Submit(World.HeadId, s_at));
        FindingAssert.Refused("R15", RuleMessages.NotYourStep, () => route.Decide(RouteActor.Person(World.MemberA, AppRole.Teacher), StepKind.Agree, s_at));
        route.Decide(World.DeputyActor, StepKind.Agree, s_at);
        FindingAssert.Refused("R15", RuleMessages.StepAlreadyTaken, () => route.Decide(World.DeputyActor, StepKind.Agree, s_at));
        FindingAssert.Refused("R15", RuleMessages.NotYourStep, () => route.Decide(World.DeputyActor, StepKind.Approve, s_at));
    }

    [Fact]
    public void R15_Return_NeedsCommentAndAnApproverThenANewRoundStartsClean()
    {
        var route = PlanRoute();
        route.Submit(World.HeadId, s_at);
        route.Decide(World.DeputyActor, StepKind.Agree, s_at);

        FindingAssert.Refused("R15", RuleMessages.ReturnNeedsComment, () => route.Return(World.DirectorActor, s_at, " "));
        FindingAssert.Refused("R15", RuleMessages.NotYourStep, () => route.Return(World.DeputyActor, s_at, "Қайта қарау керек"));
        route.Return(World.DirectorActor, s_at, "Мамыр айы толтырылмаған");

        Assert.Equal(RouteState.Returned, route.State);
        Assert.True(route.IsEditable);
        route.Submit(World.HeadId, s_at.AddDays(1));
        Assert.Equal(2, route.Round);
        Assert.All(route.Steps, s => Assert.False(s.IsDone));
        Assert.Equal([1, 1, 1, 2], route.Decisions.Select(d => d.Round));
        Assert.Equal(RouteAction.Return, route.Decisions[2].Action);
        Assert.Equal("Мамыр айы толтырылмаған", route.Decisions[2].Comment);
    }

    [Fact]
    public void R15_CompletedRoute_LockedAgainstSubmitAndReturn()
    {
        var route = PlanRoute();
        route.Submit(World.HeadId, s_at);
        route.Decide(World.DeputyActor, StepKind.Agree, s_at);
        route.Decide(World.DirectorActor, StepKind.Approve, s_at);

        FindingAssert.Refused("R15", RuleMessages.RouteLocked, () => route.Submit(World.HeadId, s_at));
        FindingAssert.Refused("R15", RuleMessages.RouteLocked, () => route.Return(World.DirectorActor, s_at, "Кеш"));
    }

    [Fact]
    public void R21_SignatureStepsOfOneStage_InEitherOrderOnlyByTheirAssignees()
    {
        var route = ApprovalRoute.Create(RouteKind.Minutes, []);
        route.Submit(World.SecretaryId, s_at, null, RouteTemplates.Minutes(World.HeadId, World.SecretaryId));

        FindingAssert.Refused("R21", RuleMessages.NotYourStep, () => route.Decide(RouteActor.Person(World.MemberA, AppRole.Director), StepKind.Sign, s_at));
        route.Decide(RouteActor.Person(World.SecretaryId), StepKind.Sign, s_at);
        FindingAssert.Refused("R21", RuleMessages.AlreadySigned, () => route.Decide(RouteActor.Person(World.SecretaryId), StepKind.Sign, s_at));
        Assert.Equal(RouteState.InProgress, route.State);
        route.Decide(RouteActor.Person(World.HeadId), StepKind.Sign, s_at);

        Assert.True(route.IsCompleted);
    }

    [Fact]
    public void DistrictPlanRoute_OneApprovalByTheDistrictMethodologist()
    {
        var route = ApprovalRoute.Create(RouteKind.WorkPlan, RouteTemplates.WorkPlan(BodyScope.District));
        route.Submit(World.HeadId, s_at);

        FindingAssert.Refused("R15", RuleMessages.NoSuchStep, () => route.Decide(World.DeputyActor, StepKind.Agree, s_at));
        FindingAssert.Refused("R15", RuleMessages.NotYourStep, () => route.Decide(World.DirectorActor, StepKind.Approve, s_at));
        route.Decide(World.MethodologistActor, StepKind.Approve, s_at);

        Assert.True(route.IsCompleted);
    }
}
