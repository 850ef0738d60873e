using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// One version of a work plan: the original or an amendment, with its own content and its own
/// approval route. Changed only through <see cref="MethodologicalWorkPlan"/>.
/// </summary>
public sealed class WorkPlanVersion : IVersioned
{
    private readonly List<PlanTextLine> _tasks = [];
    private readonly List<PlanTextLine> _directions = [];
    private readonly List<PlanItem> _items = [];
    private readonly List<CoordinatedPlan> _coordinatedPlans = [];

    private WorkPlanVersion()
    {
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    /// <summary>1 for the original, then 2, 3… for amendments.</summary>
    public int Number { get; private set; }
    public PlanVersionKind Kind { get; private set; }
    public string? AmendmentReason { get; private set; }
    public PlanStatus Status { get; private set; }
    public string Theme { get; private set; } = "";
    /// <summary>R17: the methodological theme adopted by the teaching staff, which the plan reflects.</summary>
    public string SchoolTheme { get; private set; } = "";
    public string Goal { get; private set; } = "";
    /// <summary>R17/R18: last year's analysis as a file, when it is not recorded on last year's plan.</summary>
    public string? PreviousYearAnalysisFileKey { get; private set; }
    /// <summary>The meeting that considered the plan before it went to the deputy.</summary>
    public int? ConsideredAtMeetingId { get; internal set; }
    public int RouteId { get; private set; }
    public ApprovalRoute Route { get; private set; } = null!;
    public int CreatedByPersonId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>Content edits so far; every edit changes the row, so two editors of one version never overwrite each other.</summary>
    public int Revision { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<PlanTextLine> Tasks => _tasks;
    public IReadOnlyList<PlanTextLine> PriorityDirections => _directions;
    public IReadOnlyList<PlanItem> Items => _items;
    public IReadOnlyList<CoordinatedPlan> CoordinatedPlans => _coordinatedPlans;

    public bool IsLocked => !Route.IsEditable;

    internal static WorkPlanVersion New(int number, PlanVersionKind kind, string? reason, BodyScope scope, int personId, DateTime atUtc) => new()
    {
        Number = number,
        Kind = kind,
        AmendmentReason = reason,
        Status = PlanStatus.Draft,
        Route = ApprovalRoute.Create(RouteKind.WorkPlan, RouteTemplates.WorkPlan(scope)),
        CreatedByPersonId = personId,
        CreatedAtUtc = atUtc,
    };

    /// <summary>A draft may be saved incomplete; <see cref="CheckComplete"/> refuses it at submission (R16, R17).</summary>
    internal void SetHeader(PlanHeader header)
    {
        Theme = header.Theme?.Trim() ?? "";
        SchoolTheme = header.SchoolTheme?.Trim() ?? "";
        Goal = header.Goal?.Trim() ?? "";
        ReplaceLines(_tasks, header.Tasks);
        ReplaceLines(_directions, header.PriorityDirections);
        Touch();
    }

    internal void SetCoordinatedPlans(IReadOnlyCollection<int> planIds)
    {
        _coordinatedPlans.Clear();
        _coordinatedPlans.AddRange(planIds.Distinct().Select(id => new CoordinatedPlan(id)));
        Touch();
    }

    internal void AttachPreviousYearAnalysis(string fileKey)
    {
        if (string.IsNullOrWhiteSpace(fileKey))
        {
            throw new DomainException(RuleCatalog.R18.Error(RuleMessages.AnalysisEmpty).For("File"));
        }
        PreviousYearAnalysisFileKey = fileKey;
        Touch();
    }

    /// <summary>An item needs content, dates inside the plan's year in order, and at least one responsible member.</summary>
    internal static IEnumerable<RuleFinding> CheckItem(MethodologicalBody body, SchoolYear year, PlanItemInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Content))
        {
            yield return RuleCatalog.Input.Error(RuleMessages.ItemContentRequired).For("Content");
        }
        if (input.EndsOn < input.StartsOn)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.ItemEndsBeforeStart).For("EndsOn");
        }
        var (first, last) = PlanWindow(year);
        if (input.StartsOn < first || input.EndsOn > last)
        {
            yield return RuleCatalog.R16.Error(RuleMessages.ItemOutsideYear, first, last).For("StartsOn");
        }
        if (input.ResponsiblePersonIds.Count == 0)
        {
            yield return RuleCatalog.R16.Error(RuleMessages.ItemNeedsResponsible).For("Responsible");
        }
        else if (input.ResponsiblePersonIds.Any(id => !body.IsActiveMember(id)))
        {
            yield return RuleCatalog.R16.Error(RuleMessages.ResponsibleNotMember).For("Responsible");
        }
    }

    /// <summary>A plan covers its school year from the August planning meeting to the June analysis.</summary>
    public static (DateOnly First, DateOnly Last) PlanWindow(SchoolYear year) =>
        (new DateOnly(year.StartYear, 8, 1), new DateOnly(year.StartYear + 1, 6, 30));

    internal PlanItem AddItem(MethodologicalBody body, SchoolYear year, PlanItemInput input, Guid key)
    {
        DomainException.ThrowIfErrors(CheckItem(body, year, input).ToList());
        var item = new PlanItem(key, _items.Count == 0 ? 1 : _items.Max(i => i.Position) + 1);
        item.Set(input);
        _items.Add(item);
        Touch();
        return item;
    }

    internal void UpdateItem(Guid key, MethodologicalBody body, SchoolYear year, PlanItemInput input)
    {
        var item = Item(key);
        DomainException.ThrowIfErrors(CheckItem(body, year, input).ToList());
        item.Set(input);
        Touch();
    }

    internal void RemoveItem(Guid key)
    {
        _items.Remove(Item(key));
        Touch();
    }

    private PlanItem Item(Guid key) =>
        _items.FirstOrDefault(i => i.ItemKey == key) ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.ItemNotFound));

    /// <summary>R16 (theme, goal, tasks, every month), R17 (school theme), R26 (mentoring), R37 (council coordination).</summary>
    internal IEnumerable<RuleFinding> CheckComplete(MethodologicalBody body, PlanFacts facts, AssociationRulesOptions options)
    {
        if (string.IsNullOrWhiteSpace(Theme))
        {
            yield return RuleCatalog.R16.Error(RuleMessages.ThemeRequired).For("Theme");
        }
        if (string.IsNullOrWhiteSpace(Goal))
        {
            yield return RuleCatalog.R16.Error(RuleMessages.GoalRequired).For("Goal");
        }
        if (_tasks.Count == 0)
        {
            yield return RuleCatalog.R16.Error(RuleMessages.TasksRequired).For("Tasks");
        }
        if (string.IsNullOrWhiteSpace(SchoolTheme))
        {
            yield return RuleCatalog.R17.Error(RuleMessages.SchoolThemeRequired).For("SchoolTheme");
        }
        foreach (var month in options.Plan.RequiredMonths().Where(m => !_items.Any(i => i.Month == m)))
        {
            yield return RuleCatalog.R16.Error(RuleMessages.MonthWithoutItems, new DateOnly(2000, month, 1)).For("Items");
        }
        if (_items.Any(i => i.ResponsiblePersonIds.Any(id => !body.IsActiveMember(id))))
        {
            yield return RuleCatalog.R16.Error(RuleMessages.ResponsibleNotMember).For("Items");
        }
        if (options.Plan.RequireMentoringForYoungSpecialists && facts.YoungSpecialistMembers > 0 && !_items.Any(i => i.Form == WorkForm.Mentoring))
        {
            yield return RuleCatalog.R26.Error(RuleMessages.MentoringRequired, facts.YoungSpecialistMembers).For("Items");
        }
        if (body.IsCouncil && facts.AssociationPlansOfYear > 0 && _coordinatedPlans.Count == 0)
        {
            yield return RuleCatalog.R37.Error(RuleMessages.CouncilPlanMustCoordinate).For("CoordinatedPlans");
        }
    }

    internal void SyncStatus()
    {
        Status = Route.State switch
        {
            RouteState.Completed => PlanStatus.Approved,
            RouteState.Returned => PlanStatus.Returned,
            RouteState.InProgress when Route.Steps.Any(s => s.Kind == StepKind.Agree && s.IsDone) => PlanStatus.Agreed,
            RouteState.InProgress => PlanStatus.Submitted,
            _ => PlanStatus.Draft,
        };
    }

    internal void CopyContentFrom(WorkPlanVersion source)
    {
        Theme = source.Theme;
        SchoolTheme = source.SchoolTheme;
        Goal = source.Goal;
        PreviousYearAnalysisFileKey = source.PreviousYearAnalysisFileKey;
        ConsideredAtMeetingId = null;
        ReplaceLines(_tasks, source._tasks.OrderBy(t => t.Position).Select(t => t.Text).ToList());
        ReplaceLines(_directions, source._directions.OrderBy(t => t.Position).Select(t => t.Text).ToList());
        _coordinatedPlans.AddRange(source._coordinatedPlans.Select(c => new CoordinatedPlan(c.CoordinatedPlanId)));
        foreach (var item in source._items.OrderBy(i => i.Position))
        {
            _items.Add(item.CopyForAmendment());
        }
    }

    /// <summary>Marks made on the previous version while this amendment was on its route are kept.</summary>
    internal void TakeCompletionFrom(WorkPlanVersion previous)
    {
        foreach (var item in _items)
        {
            var old = previous._items.FirstOrDefault(i => i.ItemKey == item.ItemKey);
            if (old is not null && old.MarkedAtUtc > (item.MarkedAtUtc ?? DateTime.MinValue))
            {
                item.CopyCompletion(old);
            }
        }
    }

    internal void Supersede() => Status = PlanStatus.Superseded;

    internal void Withdraw() => Status = PlanStatus.Withdrawn;

    /// <summary>Progress of the approved plan by month, with the overdue items (planned, end date passed).</summary>
    public IReadOnlyList<MonthProgress> ProgressByMonth(DateOnly today) =>
        _items.GroupBy(i => new { i.StartsOn.Year, i.Month }).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthProgress(g.Key.Month, g.Count(), g.Count(i => i.Completion == ItemCompletion.Done),
                g.Count(i => i.Completion == ItemCompletion.NotDone), g.Count(i => i.IsOverdue(today))))
            .ToList();

    public IEnumerable<PlanItem> OverdueItems(DateOnly today) => _items.Where(i => i.IsOverdue(today)).OrderBy(i => i.EndsOn);

    private void Touch() => Revision++;

    private static void ReplaceLines(List<PlanTextLine> lines, IReadOnlyList<string>? texts)
    {
        lines.Clear();
        var position = 1;
        foreach (var text in (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            lines.Add(new PlanTextLine(position++, text.Trim()));
        }
    }
}

public sealed record MonthProgress(int Month, int Total, int Done, int NotDone, int Overdue);

/// <summary>A numbered task or priority direction of a plan.</summary>
public sealed class PlanTextLine
{
    private PlanTextLine()
    {
    }

    internal PlanTextLine(int position, string text)
    {
        Position = position;
        Text = text;
    }

    public int Id { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
}

/// <summary>R37: an association's plan that a council's plan takes into account.</summary>
public sealed class CoordinatedPlan
{
    private CoordinatedPlan()
    {
    }

    internal CoordinatedPlan(int planId) => CoordinatedPlanId = planId;

    public int VersionId { get; private set; }
    public int CoordinatedPlanId { get; private set; }
}

/// <summary>
/// One line of the monthly plan: content, form, dates, responsible members, expected result, and how it
/// went. <see cref="ItemKey"/> stays the same across versions, so an amendment keeps the line's history.
/// </summary>
public sealed class PlanItem : IVersioned
{
    private readonly List<PlanItemResponsible> _responsible = [];

    private PlanItem()
    {
    }

    internal PlanItem(Guid key, int position)
    {
        ItemKey = key;
        Position = position;
        Completion = ItemCompletion.Planned;
    }

    public int Id { get; private set; }
    public int VersionId { get; private set; }
    public Guid ItemKey { get; private set; }
    public int Position { get; private set; }
    public int Month { get; private set; }
    public string Content { get; private set; } = "";
    public WorkForm Form { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string? ExpectedResult { get; private set; }
    public ItemCompletion Completion { get; private set; }
    public string? CompletionNote { get; private set; }
    public string? EvidenceFileKey { get; private set; }
    public string? NotDoneReason { get; private set; }
    public int? MarkedByPersonId { get; private set; }
    public DateTime? MarkedAtUtc { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<PlanItemResponsible> Responsible => _responsible;
    public IEnumerable<int> ResponsiblePersonIds => _responsible.Select(r => r.PersonId);

    public bool IsOverdue(DateOnly today) => Completion == ItemCompletion.Planned && EndsOn < today;

    internal void Set(PlanItemInput input)
    {
        Content = input.Content.Trim();
        Form = input.Form;
        StartsOn = input.StartsOn;
        EndsOn = input.EndsOn;
        Month = input.StartsOn.Month;
        ExpectedResult = string.IsNullOrWhiteSpace(input.ExpectedResult) ? null : input.ExpectedResult.Trim();
        _responsible.RemoveAll(r => !input.ResponsiblePersonIds.Contains(r.PersonId));
        _responsible.AddRange(input.ResponsiblePersonIds.Distinct().Where(id => _responsible.All(r => r.PersonId != id)).Select(id => new PlanItemResponsible(id)));
    }

    internal void MarkDone(int personId, string note, string? evidenceFileKey, DateTime atUtc)
    {
        Completion = ItemCompletion.Done;
        CompletionNote = note;
        EvidenceFileKey = evidenceFileKey;
        NotDoneReason = null;
        MarkedByPersonId = personId;
        MarkedAtUtc = atUtc;
    }

    internal void MarkNotDone(int personId, string reason, DateTime atUtc)
    {
        Completion = ItemCompletion.NotDone;
        NotDoneReason = reason;
        CompletionNote = null;
        MarkedByPersonId = personId;
        MarkedAtUtc = atUtc;
    }

    internal PlanItem CopyForAmendment()
    {
        var copy = new PlanItem(ItemKey, Position);
        copy.Set(new PlanItemInput(Content, Form, StartsOn, EndsOn, ResponsiblePersonIds.ToList(), ExpectedResult));
        copy.CopyCompletion(this);
        return copy;
    }

    internal void CopyCompletion(PlanItem source)
    {
        Completion = source.Completion;
        CompletionNote = source.CompletionNote;
        EvidenceFileKey = source.EvidenceFileKey;
        NotDoneReason = source.NotDoneReason;
        MarkedByPersonId = source.MarkedByPersonId;
        MarkedAtUtc = source.MarkedAtUtc;
    }
}

public sealed class PlanItemResponsible
{
    private PlanItemResponsible()
    {
    }

    internal PlanItemResponsible(int personId) => PersonId = personId;

    public int ItemId { get; private set; }
    public int PersonId { get; private set; }
}
