using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>What a route is attached to; the Documents module adds its kinds here.</summary>
public enum RouteKind
{
    WorkPlan = 1,
    Minutes = 2,
}

public enum RouteState
{
    Draft = 1,
    InProgress = 2,
    Returned = 3,
    Completed = 4,
}

public enum StepKind
{
    Agree = 1,
    Approve = 2,
    Sign = 3,
}

public enum RouteAction
{
    Submit = 1,
    Agree = 2,
    Approve = 3,
    Sign = 4,
    Return = 5,
}

/// <summary>
/// One step of a route: taken by anyone holding <see cref="Role"/> in the record's scope, or by the one
/// <see cref="AssigneePersonId"/>. Steps of the same <see cref="Stage"/> may be taken in any order;
/// a later stage waits for every step of the earlier ones.
/// </summary>
public sealed record StepSpec(int Stage, StepKind Kind, AppRole? Role = null, int? AssigneePersonId = null);

/// <summary>The person acting on a route and the roles they hold over the record (computed from their grants).</summary>
public sealed record RouteActor(int PersonId, IReadOnlySet<AppRole> Roles)
{
    public static RouteActor Person(int personId, params AppRole[] roles) => new(personId, roles.ToHashSet());
}

/// <summary>
/// The one approval-route mechanism (design.md): plans, minutes and later documents each own a route
/// of steps. Submitting starts a round; each step is agreed, approved or signed by the right person;
/// any of them may return the record with a comment, which ends the round; when every step is done
/// the record is locked. Every action is kept in <see cref="Decisions"/>, so the history survives
/// returns and resubmissions.
/// </summary>
public sealed class ApprovalRoute : IVersioned
{
    private readonly List<ApprovalStep> _steps = [];
    private readonly List<ApprovalDecision> _decisions = [];

    private ApprovalRoute()
    {
    }

    public int Id { get; private set; }
    public RouteKind Kind { get; private set; }
    public RouteState State { get; private set; }
    /// <summary>Submissions so far; 0 while the first draft is written.</summary>
    public int Round { get; private set; }
    public Guid Version { get; set; }
    public IReadOnlyList<ApprovalStep> Steps => _steps;
    public IReadOnlyList<ApprovalDecision> Decisions => _decisions;

    /// <summary>The rule a refusal cites: the plan route is R15's, the signing of minutes R21's.</summary>
    public RuleRef Rule => Kind == RouteKind.Minutes ? RuleCatalog.R21 : RuleCatalog.R15;

    public bool IsEditable => State is RouteState.Draft or RouteState.Returned;
    public bool IsCompleted => State == RouteState.Completed;

    /// <summary>The steps that can be taken now.</summary>
    public IEnumerable<ApprovalStep> PendingSteps
    {
        get
        {
            if (State != RouteState.InProgress)
            {
                return [];
            }
            var stage = _steps.Where(s => !s.IsDone).Min(s => s.Stage);
            return _steps.Where(s => !s.IsDone && s.Stage == stage).OrderBy(s => s.Position);
        }
    }

    /// <summary>A new route in draft; <paramref name="steps"/> may be left empty when they are only known at submission (minutes).</summary>
    public static ApprovalRoute Create(RouteKind kind, IReadOnlyList<StepSpec> steps)
    {
        var route = new ApprovalRoute { Kind = kind, State = RouteState.Draft };
        if (steps.Count > 0)
        {
            route.ReplaceSteps(steps);
        }
        return route;
    }

    /// <summary>Starts a round. <paramref name="steps"/> redefines the steps first (minutes: the chair and secretary of the day).</summary>
    public void Submit(int personId, DateTime atUtc, string? comment = null, IReadOnlyList<StepSpec>? steps = null)
    {
        if (!IsEditable)
        {
            throw new DomainException(Rule.Error(State == RouteState.Completed ? RuleMessages.RouteLocked : RuleMessages.RouteAlreadySubmitted));
        }
        if (steps is not null)
        {
            ReplaceSteps(steps);
        }
        if (_steps.Count == 0)
        {
            throw new InvalidOperationException("A route is submitted with its steps.");
        }
        foreach (var step in _steps)
        {
            step.Reset();
        }
        Round++;
        State = RouteState.InProgress;
        Record(RouteAction.Submit, null, personId, atUtc, comment);
    }

    /// <summary>Takes the actor's pending step of <paramref name="kind"/>; refuses a step out of turn, someone else's step or a second signature.</summary>
    public ApprovalStep Decide(RouteActor actor, StepKind kind, DateTime atUtc, string? comment = null)
    {
        var step = StepFor(actor, kind);
        step.Complete(actor.PersonId, atUtc);
        Record(kind switch { StepKind.Agree => RouteAction.Agree, StepKind.Approve => RouteAction.Approve, _ => RouteAction.Sign }, step.Position, actor.PersonId, atUtc, comment);
        if (_steps.All(s => s.IsDone))
        {
            State = RouteState.Completed;
        }
        return step;
    }

    /// <summary>Sends the record back to its author with a comment; only someone who could take a pending step may.</summary>
    public void Return(RouteActor actor, DateTime atUtc, string comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(Rule.Error(RuleMessages.ReturnNeedsComment).For("Comment"));
        }
        if (State != RouteState.InProgress)
        {
            throw new DomainException(Rule.Error(State == RouteState.Completed ? RuleMessages.RouteLocked : RuleMessages.RouteNotSubmitted));
        }
        var step = PendingSteps.FirstOrDefault(s => CanTake(s, actor))
            ?? throw new DomainException(Rule.Error(RuleMessages.NotYourStep));
        State = RouteState.Returned;
        Record(RouteAction.Return, step.Position, actor.PersonId, atUtc, comment.Trim());
    }

    /// <summary>The decision of the completed step of <paramref name="kind"/> in the current round, for stamps ("approved by … on …").</summary>
    public ApprovalStep? Done(StepKind kind) => _steps.FirstOrDefault(s => s.Kind == kind && s.IsDone);

    /// <summary>How many stages are fully done in the current round.</summary>
    public int CompletedStages => _steps.GroupBy(s => s.Stage).Count(g => g.All(s => s.IsDone));

    private ApprovalStep StepFor(RouteActor actor, StepKind kind)
    {
        if (State != RouteState.InProgress)
        {
            throw new DomainException(Rule.Error(State == RouteState.Completed ? RuleMessages.RouteLocked : RuleMessages.RouteNotSubmitted));
        }
        var pending = PendingSteps.Where(s => s.Kind == kind).ToList();
        var mine = pending.FirstOrDefault(s => CanTake(s, actor));
        if (mine is not null)
        {
            return mine;
        }
        if (_steps.Any(s => s.Kind == kind && s.IsDone && s.DecidedByPersonId == actor.PersonId))
        {
            throw new DomainException(Rule.Error(kind == StepKind.Sign ? RuleMessages.AlreadySigned : RuleMessages.StepAlreadyTaken));
        }
        if (pending.Count == 0 && _steps.Any(s => s.Kind == kind && !s.IsDone))
        {
            throw new DomainException(Rule.Error(RuleMessages.EarlierStepFirst));
        }
        if (pending.Count == 0)
        {
            throw new DomainException(Rule.Error(RuleMessages.NoSuchStep));
        }
        throw new DomainException(Rule.Error(RuleMessages.NotYourStep));
    }

    private static bool CanTake(ApprovalStep step, RouteActor actor) =>
        step.AssigneePersonId is { } assignee ? assignee == actor.PersonId : step.Role is { } role && actor.Roles.Contains(role);

    private void ReplaceSteps(IReadOnlyList<StepSpec> steps)
    {
        if (steps.Count == 0 || steps.Any(s => s.Role is null == s.AssigneePersonId is null))
        {
            throw new ArgumentException("A route needs steps, each with either a role or an assignee.", nameof(steps));
        }
        _steps.Clear();
        var position = 1;
        foreach (var spec in steps.OrderBy(s => s.Stage))
        {
            _steps.Add(new ApprovalStep(position++, spec));
        }
    }

    private void Record(RouteAction action, int? stepPosition, int personId, DateTime atUtc, string? comment) =>
        _decisions.Add(new ApprovalDecision(_decisions.Count + 1, Round, action, stepPosition, personId, atUtc,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()));
}

public sealed class ApprovalStep
{
    private ApprovalStep()
    {
    }

    internal ApprovalStep(int position, StepSpec spec)
    {
        Position = position;
        Stage = spec.Stage;
        Kind = spec.Kind;
        Role = spec.Role;
        AssigneePersonId = spec.AssigneePersonId;
    }

    public int Id { get; private set; }
    public int RouteId { get; private set; }
    public int Position { get; private set; }
    public int Stage { get; private set; }
    public StepKind Kind { get; private set; }
    public AppRole? Role { get; private set; }
    public int? AssigneePersonId { get; private set; }
    public int? DecidedByPersonId { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }

    public bool IsDone => DecidedAtUtc is not null;

    internal void Complete(int personId, DateTime atUtc)
    {
        DecidedByPersonId = personId;
        DecidedAtUtc = atUtc;
    }

    internal void Reset()
    {
        DecidedByPersonId = null;
        DecidedAtUtc = null;
    }
}

/// <summary>One entry of a route's history: who did what, when, in which round, with what comment.</summary>
public sealed class ApprovalDecision
{
    private ApprovalDecision()
    {
    }

    internal ApprovalDecision(int sequence, int round, RouteAction action, int? stepPosition, int personId, DateTime atUtc, string? comment)
    {
        Sequence = sequence;
        Round = round;
        Action = action;
        StepPosition = stepPosition;
        PersonId = personId;
        AtUtc = atUtc;
        Comment = comment;
    }

    public int Id { get; private set; }
    public int RouteId { get; private set; }
    public int Sequence { get; private set; }
    public int Round { get; private set; }
    public RouteAction Action { get; private set; }
    public int? StepPosition { get; private set; }
    public int PersonId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>The routes the rules prescribe.</summary>
public static class RouteTemplates
{
    /// <summary>
    /// R15: the deputy agrees, then the director approves (S000 cl.4.2). A district or inter-school
    /// body has neither; its plan is approved by the district's methodological office (proposal: R11, R13).
    /// </summary>
    public static IReadOnlyList<StepSpec> WorkPlan(BodyScope scope) => scope == BodyScope.School
        ? [new(1, StepKind.Agree, AppRole.DeputyDirector), new(2, StepKind.Approve, AppRole.Director)]
        : [new(1, StepKind.Approve, AppRole.DistrictMethodologist)];

    /// <summary>The chair and the secretary sign the minutes, in either order.</summary>
    public static IReadOnlyList<StepSpec> Minutes(int chairPersonId, int secretaryPersonId) =>
        [new(1, StepKind.Sign, AssigneePersonId: chairPersonId), new(1, StepKind.Sign, AssigneePersonId: secretaryPersonId)];
}
