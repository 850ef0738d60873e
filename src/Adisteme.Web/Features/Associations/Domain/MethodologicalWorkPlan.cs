using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>The plan's title block: theme, the school's theme it reflects, goal, tasks and priority directions (R16, R17).</summary>
public sealed record PlanHeader(string Theme, string SchoolTheme, string Goal, IReadOnlyList<string> Tasks, IReadOnlyList<string> PriorityDirections);

/// <summary>One line of the monthly plan; its month is the month it starts in.</summary>
public sealed record PlanItemInput(string Content, WorkForm Form, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyCollection<int> ResponsiblePersonIds, string? ExpectedResult = null);

/// <summary>
/// What the plan's rules need from outside the plan: young specialists among the members (R26), the
/// associations' plans of the year a council coordinates (R37), and last year's analysis (R17, R18).
/// </summary>
public sealed record PlanFacts(int YoungSpecialistMembers = 0, int AssociationPlansOfYear = 0, int UnapprovedAssociationPlans = 0, bool PreviousYearAnalysed = false);

/// <summary>
/// A body's annual work plan for one school year (R14: one per body and year). Its content lives in
/// versions: the original and each amendment, every one going the same approval route (R15), so the
/// history shows each version and each decision. The approved version is locked; during the year
/// members mark its items done or not done, and the body records its quarter and year analyses (R19).
/// </summary>
public sealed class MethodologicalWorkPlan : IVersioned
{
    private readonly List<WorkPlanVersion> _versions = [];
    private readonly List<PeriodAnalysis> _analyses = [];

    private MethodologicalWorkPlan()
    {
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int SchoolYearId { get; private set; }
    public Guid Version { get; set; }
    public IReadOnlyList<WorkPlanVersion> Versions => _versions;
    public IReadOnlyList<PeriodAnalysis> Analyses => _analyses;

    /// <summary>The approved version in force, if any.</summary>
    public WorkPlanVersion? Current => _versions.LastOrDefault(v => v.Status == PlanStatus.Approved);

    /// <summary>The version being written or approved: the original before approval, or an amendment.</summary>
    public WorkPlanVersion? Working => _versions.LastOrDefault(v => v.Status is PlanStatus.Draft or PlanStatus.Submitted or PlanStatus.Agreed or PlanStatus.Returned);

    public WorkPlanVersion Latest => _versions.OrderBy(v => v.Number).Last();

    public bool IsApproved => Current is not null;

    /// <summary>R14: starts the plan of <paramref name="year"/>; <paramref name="yearsWithPlan"/> are the school years the body already has plans for.</summary>
    public static MethodologicalWorkPlan Create(MethodologicalBody body, SchoolYear year, IReadOnlyCollection<int> yearsWithPlan, int authorPersonId, TimeProvider time)
    {
        body.EnsureNotClosed();
        if (body.Kind == BodyKind.PedagogicalCouncil)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.BodyHasNoPlan));
        }
        if (yearsWithPlan.Contains(year.Id))
        {
            throw new DomainException(RuleCatalog.R14.Error(RuleMessages.PlanExistsForYear, year.Title));
        }
        var plan = new MethodologicalWorkPlan { BodyId = body.Id, SchoolYearId = year.Id };
        plan._versions.Add(WorkPlanVersion.New(1, PlanVersionKind.Original, null, body.Scope, authorPersonId, Now(time)));
        return plan;
    }

    // ---- content: only the working version, only while it is a draft or returned ----

    public void SetHeader(PlanHeader header) => Editable().SetHeader(header);

    public PlanItem AddItem(MethodologicalBody body, SchoolYear year, PlanItemInput input) => Editable().AddItem(body, year, input, Guid.NewGuid());

    public void UpdateItem(Guid itemKey, MethodologicalBody body, SchoolYear year, PlanItemInput input) => Editable().UpdateItem(itemKey, body, year, input);

    public void RemoveItem(Guid itemKey) => Editable().RemoveItem(itemKey);

    /// <summary>Copies last year's items into the draft, dates moved by the years between, completion cleared; members who left are replaced by <paramref name="fallbackResponsibleId"/>.</summary>
    public int CopyItemsFrom(MethodologicalWorkPlan previous, SchoolYear previousYear, SchoolYear year, MethodologicalBody body, int fallbackResponsibleId)
    {
        var target = Editable();
        var source = previous.Current ?? previous.Latest;
        var years = year.StartYear - previousYear.StartYear;
        var inputs = source.Items.OrderBy(i => i.StartsOn).ThenBy(i => i.Position).Select(i =>
        {
            var responsible = i.ResponsiblePersonIds.Where(body.IsActiveMember).ToList();
            return new PlanItemInput(i.Content, i.Form, i.StartsOn.AddYears(years), i.EndsOn.AddYears(years),
                responsible.Count > 0 ? responsible : [fallbackResponsibleId], i.ExpectedResult);
        }).ToList();
        var errors = inputs.SelectMany(input => WorkPlanVersion.CheckItem(body, year, input)).Distinct().ToList();
        DomainException.ThrowIfErrors(errors);
        foreach (var input in inputs)
        {
            target.AddItem(body, year, input, Guid.NewGuid());
        }
        return inputs.Count;
    }

    /// <summary>R37: the associations' plans of the year a council's plan takes into account.</summary>
    public void SetCoordinatedPlans(MethodologicalBody body, IReadOnlyCollection<int> associationPlanIds)
    {
        if (!body.IsCouncil)
        {
            throw new DomainException(RuleCatalog.R37.Error(RuleMessages.OnlyCouncilCoordinates));
        }
        Editable().SetCoordinatedPlans(associationPlanIds);
    }

    /// <summary>R17/R18: the analysis of the previous school year, when it is not in the system as last year's plan analysis.</summary>
    public void AttachPreviousYearAnalysis(string fileKey) => Editable().AttachPreviousYearAnalysis(fileKey);

    /// <summary>The meeting that considered the plan («ӘБ отырысында қаралды, № __ хаттама»): a held meeting of this body.</summary>
    public void RecordConsideration(Meeting meeting)
    {
        if (meeting.BodyId != BodyId || meeting.Status != MeetingStatus.Held)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.ConsiderationNeedsHeldMeeting));
        }
        Editable().ConsideredAtMeetingId = meeting.Id;
    }

    // ---- route (R15) ----

    /// <summary>
    /// Sends the working version for agreement. Refuses an incomplete plan: R16 theme, goal, tasks and a
    /// section for every month; R17 the school's theme; responsible members still members; R26 mentoring
    /// when young specialists are members; R37 a council's plan coordinating the associations' plans.
    /// Returns warnings (R17 no analysis of last year).
    /// </summary>
    public IReadOnlyList<RuleFinding> Submit(int personId, MethodologicalBody body, PlanFacts facts, AssociationRulesOptions options, TimeProvider time)
    {
        body.EnsureNotClosed();
        var version = OnRoute();
        var findings = version.CheckComplete(body, facts, options).ToList();
        if (version.PreviousYearAnalysisFileKey is null && !facts.PreviousYearAnalysed)
        {
            findings.Add(RuleCatalog.R17.Warning(RuleMessages.NoPreviousYearAnalysisLinked));
        }
        DomainException.ThrowIfErrors(findings);
        version.Route.Submit(personId, Now(time));
        version.SyncStatus();
        return findings;
    }

    /// <summary>R15: the deputy agrees the submitted plan.</summary>
    public void Agree(RouteActor actor, TimeProvider time, string? comment = null)
    {
        var version = OnRoute();
        version.Route.Decide(actor, StepKind.Agree, Now(time), comment);
        version.SyncStatus();
    }

    /// <summary>
    /// R15: the director approves after the deputy has agreed; R18: not without last year's analysis
    /// (bodies created this school year are exempt). The approved version is locked; an approved
    /// amendment supersedes the previous version and keeps the marks made on it meanwhile.
    /// Returns warnings (R37: a council's plan approved before the associations' plans).
    /// </summary>
    public IReadOnlyList<RuleFinding> Approve(RouteActor actor, MethodologicalBody body, SchoolYear year, PlanFacts facts, AssociationRulesOptions options, TimeProvider time, string? comment = null)
    {
        var version = OnRoute();
        var findings = new List<RuleFinding>();
        if (options.Plan.RequirePreviousYearAnalysis && body.ExistedBefore(year)
            && !facts.PreviousYearAnalysed && version.PreviousYearAnalysisFileKey is null)
        {
            findings.Add(RuleCatalog.R18.Error(RuleMessages.PreviousYearAnalysisRequired));
        }
        if (body.IsCouncil && facts.UnapprovedAssociationPlans > 0)
        {
            findings.Add(RuleCatalog.R37.Warning(RuleMessages.CouncilPlanBeforeAssociationPlans, facts.UnapprovedAssociationPlans));
        }
        DomainException.ThrowIfErrors(findings);
        var previous = Current;
        version.Route.Decide(actor, StepKind.Approve, Now(time), comment);
        version.SyncStatus();
        if (version.Status == PlanStatus.Approved && previous is not null)
        {
            version.TakeCompletionFrom(previous);
            previous.Supersede();
        }
        return findings;
    }

    /// <summary>R15: the deputy or the director returns the plan with a comment; the author edits and submits again.</summary>
    public void Return(RouteActor actor, string comment, TimeProvider time)
    {
        var version = OnRoute();
        version.Route.Return(actor, Now(time), comment);
        version.SyncStatus();
    }

    /// <summary>An approved plan changes only by an amendment: a new version copied from the approved one, going the same route.</summary>
    public WorkPlanVersion StartAmendment(MethodologicalBody body, int personId, string reason, TimeProvider time)
    {
        body.EnsureNotClosed();
        var current = Current ?? throw new DomainException(RuleCatalog.R15.Error(RuleMessages.AmendOnlyApproved));
        if (Working is not null)
        {
            throw new DomainException(RuleCatalog.R15.Error(RuleMessages.AmendmentInProgress));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.AmendmentReasonRequired).For("Reason"));
        }
        var amendment = WorkPlanVersion.New(_versions.Max(v => v.Number) + 1, PlanVersionKind.Amendment, reason.Trim(), body.Scope, personId, Now(time));
        amendment.CopyContentFrom(current);
        _versions.Add(amendment);
        return amendment;
    }

    /// <summary>Drops an amendment that is not approved yet; it stays in the history as withdrawn.</summary>
    public void WithdrawAmendment()
    {
        var version = Working;
        if (version is null || version.Kind != PlanVersionKind.Amendment || !version.Route.IsEditable)
        {
            throw new DomainException(RuleCatalog.R15.Error(RuleMessages.OnlyDraftAmendmentWithdrawn));
        }
        version.Withdraw();
    }

    // ---- execution during the year ----

    /// <summary>A member marks an item of the approved plan done, with a note; a subject week needs its analysis as evidence (R25).</summary>
    public void MarkDone(Guid itemKey, int personId, MethodologicalBody body, string note, string? evidenceFileKey, TimeProvider time)
    {
        var item = ApprovedItem(itemKey, personId, body, time);
        var errors = new List<RuleFinding>();
        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.DoneNoteRequired).For("Note"));
        }
        if (item.Form == WorkForm.SubjectWeek && string.IsNullOrWhiteSpace(evidenceFileKey) && string.IsNullOrWhiteSpace(item.EvidenceFileKey))
        {
            errors.Add(RuleCatalog.R25.Error(RuleMessages.SubjectWeekNeedsAnalysis).For("Evidence"));
        }
        DomainException.ThrowIfErrors(errors);
        item.MarkDone(personId, note.Trim(), string.IsNullOrWhiteSpace(evidenceFileKey) ? item.EvidenceFileKey : evidenceFileKey, Now(time));
    }

    /// <summary>A member marks an item of the approved plan not done, with the reason.</summary>
    public void MarkNotDone(Guid itemKey, int personId, MethodologicalBody body, string reason, TimeProvider time)
    {
        var item = ApprovedItem(itemKey, personId, body, time);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.NotDoneReasonRequired).For("Reason"));
        }
        item.MarkNotDone(personId, reason.Trim(), Now(time));
    }

    /// <summary>R19: the body's analysis of a quarter or of the year (a later record of the same period replaces the text).</summary>
    public PeriodAnalysis RecordAnalysis(AnalysisPeriod period, string text, string? fileKey, int personId, MethodologicalBody body, TimeProvider time)
    {
        body.EnsureNotClosed();
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(fileKey))
        {
            throw new DomainException(RuleCatalog.R19.Error(RuleMessages.AnalysisEmpty).For("Text"));
        }
        var analysis = _analyses.FirstOrDefault(a => a.Period == period);
        if (analysis is null)
        {
            analysis = new PeriodAnalysis(period);
            _analyses.Add(analysis);
        }
        analysis.Record(text?.Trim() ?? "", fileKey, personId, Now(time));
        return analysis;
    }

    public bool HasAnalysis(AnalysisPeriod period) => _analyses.Any(a => a.Period == period);

    private PlanItem ApprovedItem(Guid itemKey, int personId, MethodologicalBody body, TimeProvider time)
    {
        body.EnsureNotClosed();
        var current = Current ?? throw new DomainException(RuleCatalog.R15.Error(RuleMessages.MarkOnlyApproved));
        var item = current.Items.FirstOrDefault(i => i.ItemKey == itemKey) ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.ItemNotFound));
        if (!body.IsActiveMember(personId))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.OnlyMembersMark));
        }
        if (item.StartsOn > DateOnly.FromDateTime(Now(time)))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.ItemNotStarted));
        }
        return item;
    }

    /// <summary>The version the route acts on; none once the plan is approved and no amendment is under way.</summary>
    private WorkPlanVersion OnRoute() => Working ?? throw new DomainException(RuleCatalog.R15.Error(RuleMessages.RouteLocked));

    private WorkPlanVersion Editable()
    {
        var version = Working;
        if (version is null)
        {
            throw new DomainException(RuleCatalog.R15.Error(RuleMessages.PlanLockedAmend));
        }
        if (!version.Route.IsEditable)
        {
            throw new DomainException(RuleCatalog.R15.Error(RuleMessages.PlanInApproval));
        }
        return version;
    }

    internal static DateTime Now(TimeProvider time) => time.GetUtcNow().UtcDateTime;
}

/// <summary>R19: an analysis of a quarter or the year (text and/or a file).</summary>
public sealed class PeriodAnalysis
{
    private PeriodAnalysis()
    {
    }

    internal PeriodAnalysis(AnalysisPeriod period) => Period = period;

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public AnalysisPeriod Period { get; private set; }
    public string Text { get; private set; } = "";
    public string? FileKey { get; private set; }
    public int RecordedByPersonId { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }

    internal void Record(string text, string? fileKey, int personId, DateTime atUtc)
    {
        Text = text;
        FileKey = string.IsNullOrWhiteSpace(fileKey) ? FileKey : fileKey;
        RecordedByPersonId = personId;
        RecordedAtUtc = atUtc;
    }
}
