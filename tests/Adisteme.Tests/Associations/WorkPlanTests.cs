using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Tests.Associations;

/// <summary>The annual work plan and its route: R14–R19, R25, R26, R37, amendments, completion and history.</summary>
public sealed class WorkPlanTests
{
    private readonly World _w = new();

    [Fact]
    public void R14_SecondPlanForTheSameYear_Refused()
    {
        var body = _w.ActiveAssociation();

        FindingAssert.Refused("R14", () => MethodologicalWorkPlan.Create(body, _w.Year, [_w.Year.Id], World.HeadId, _w.Time));
        var plan = MethodologicalWorkPlan.Create(body, _w.Year, [], World.HeadId, _w.Time);
        Assert.Equal(PlanStatus.Draft, plan.Latest.Status);
        Assert.Equal(1, plan.Latest.Number);
    }

    [Fact]
    public void R15_FullRoute_DraftSubmittedAgreedApprovedAndLocked()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);

        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
        plan.Agree(World.DeputyActor, _w.Time);
        Assert.Equal(PlanStatus.Agreed, plan.Working!.Status);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);

        Assert.Null(plan.Working);
        Assert.Equal(PlanStatus.Approved, plan.Current!.Status);
        Assert.True(plan.Current.IsLocked);
        FindingAssert.Refused("R15", RuleMessages.PlanLockedAmend, () => plan.SetHeader(World.Header()));
        FindingAssert.Refused("R15", RuleMessages.PlanLockedAmend, () => plan.AddItem(body, _w.Year, World.Item("Жаңа", World.D(2025, 10, 1), World.D(2025, 10, 2), World.HeadId)));
    }

    [Fact]
    public void R15_DirectorApprovesBeforeDeputyAgrees_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        FindingAssert.Refused("R15", RuleMessages.EarlierStepFirst, () => plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time));
        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
    }

    [Fact]
    public void R15_TeacherAgreesOrAgreeingADraft_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);

        FindingAssert.Refused("R15", RuleMessages.RouteNotSubmitted, () => plan.Agree(World.DeputyActor, _w.Time));
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        FindingAssert.Refused("R15", RuleMessages.NotYourStep, () => plan.Agree(RouteActor.Person(World.MemberA), _w.Time));
    }

    [Fact]
    public void R15_EditingWhileOnTheRoute_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        FindingAssert.Refused("R15", RuleMessages.PlanInApproval, () => plan.SetHeader(World.Header()));
        FindingAssert.Refused("R15", RuleMessages.RouteAlreadySubmitted, () => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));
    }

    [Fact]
    public void R15_ReturnedWithComment_EditableAndResubmitted()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        FindingAssert.Refused("R15", RuleMessages.ReturnNeedsComment, () => plan.Return(World.DeputyActor, "", _w.Time));
        plan.Return(World.DeputyActor, "Міндеттерді нақтылаңыз", _w.Time);
        Assert.Equal(PlanStatus.Returned, plan.Working!.Status);
        plan.SetHeader(World.Header() with { Tasks = ["Критериалды бағалау", "Жас мамандарды қолдау"] });
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Return(World.DirectorActor, "Мерзімдерді тексеріңіз", _w.Time);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
        Assert.Equal(2, plan.Working.Tasks.Count);
        Assert.Equal(3, plan.Working.Route.Round);
    }

    [Fact]
    public void R15_Amendment_NewVersionGoesTheSameRouteAndSupersedesTheApprovedOne()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var original = plan.Current!;

        FindingAssert.Refused("Input", RuleMessages.AmendmentReasonRequired, () => plan.StartAmendment(body, World.HeadId, " ", _w.Time));
        var amendment = plan.StartAmendment(body, World.HeadId, "Семинар күні ауысты", _w.Time);
        FindingAssert.Refused("R15", RuleMessages.AmendmentInProgress, () => plan.StartAmendment(body, World.HeadId, "Тағы", _w.Time));
        var key = amendment.Items[0].ItemKey;
        plan.UpdateItem(key, body, _w.Year, World.Item("Ауыстырылған семинар", World.D(2025, 9, 24), World.D(2025, 9, 26), World.HeadId, World.MemberA));

        Assert.Same(original, plan.Current);
        Assert.Equal("Іс-шара 9", original.Items.Single(i => i.ItemKey == key).Content);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        FindingAssert.Refused("R15", RuleMessages.EarlierStepFirst, () => plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time));
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);

        Assert.Same(amendment, plan.Current);
        Assert.Equal(2, amendment.Number);
        Assert.Equal(PlanVersionKind.Amendment, amendment.Kind);
        Assert.Equal(PlanStatus.Superseded, original.Status);
        Assert.Equal(2, plan.Current!.Items.Single(i => i.ItemKey == key).Responsible.Count);
    }

    [Fact]
    public void R15_History_ShowsEveryVersionAndEveryDecision()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Return(World.DeputyActor, "Толықтырыңыз", _w.Time);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);
        plan.StartAmendment(body, World.HeadId, "Өзгеріс", _w.Time);
        plan.WithdrawAmendment();
        plan.StartAmendment(body, World.HeadId, "Екінші өзгеріс", _w.Time);

        Assert.Equal([PlanStatus.Approved, PlanStatus.Withdrawn, PlanStatus.Draft], plan.Versions.Select(v => v.Status));
        Assert.Equal([RouteAction.Submit, RouteAction.Return, RouteAction.Submit, RouteAction.Agree, RouteAction.Approve],
            plan.Versions[0].Route.Decisions.Select(d => d.Action));
        Assert.Equal("Өзгеріс", plan.Versions[1].AmendmentReason);
        Assert.Equal(3, plan.Working!.Number);
    }

    [Fact]
    public void R15_WithdrawAfterSubmitting_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        plan.StartAmendment(body, World.HeadId, "Өзгеріс", _w.Time);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        FindingAssert.Refused("R15", RuleMessages.OnlyDraftAmendmentWithdrawn, plan.WithdrawAmendment);
    }

    [Fact]
    public void R15_AmendmentApproved_KeepsMarksMadeOnTheOldVersionMeanwhile()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var september = plan.Current!.Items.Single(i => i.Month == 9).ItemKey;
        plan.StartAmendment(body, World.HeadId, "Өзгеріс", _w.Time);
        _w.GoTo(World.D(2025, 9, 21));
        plan.MarkDone(september, World.HeadId, body, "Семинар өтті", "evidence/1.pdf", _w.Time);

        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);

        var item = plan.Current!.Items.Single(i => i.ItemKey == september);
        Assert.Equal(ItemCompletion.Done, item.Completion);
        Assert.Equal("evidence/1.pdf", item.EvidenceFileKey);
    }

    [Fact]
    public void R16_SubmitEmptyPlan_RefusedWithEveryMissingPart()
    {
        var body = _w.ActiveAssociation();
        var plan = MethodologicalWorkPlan.Create(body, _w.Year, [], World.HeadId, _w.Time);

        var ex = Assert.Throws<DomainException>(() => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));

        Assert.Contains(ex.Errors, e => e.MessageKey == RuleMessages.ThemeRequired);
        Assert.Contains(ex.Errors, e => e.MessageKey == RuleMessages.GoalRequired);
        Assert.Contains(ex.Errors, e => e.MessageKey == RuleMessages.TasksRequired);
        Assert.Equal(9, ex.Errors.Count(e => e.MessageKey == RuleMessages.MonthWithoutItems));
        Assert.Contains(ex.Errors, e => e.Rule.Id == "R17");
        Assert.Equal(PlanStatus.Draft, plan.Latest.Status);
    }

    [Fact]
    public void R16_MonthWithoutItems_RefusedNamingTheMonth()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.RemoveItem(plan.Working!.Items.Single(i => i.Month == 1).ItemKey);

        var error = FindingAssert.Refused("R16", RuleMessages.MonthWithoutItems, () => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));

        Assert.Equal(1, ((DateOnly)error.Args[0]).Month);
    }

    [Fact]
    public void R16_MonthsConfigured_SeptemberToJune()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        _w.Options.Plan.LastMonth = 6;

        var error = FindingAssert.Refused("R16", RuleMessages.MonthWithoutItems, () => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));
        Assert.Equal(6, ((DateOnly)error.Args[0]).Month);
        plan.AddItem(body, _w.Year, World.Item("Жылдық талдау", World.D(2026, 6, 5), World.D(2026, 6, 10), World.HeadId));
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);

        Assert.Equal(10, _w.Options.Plan.RequiredMonths().Count);
        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
    }

    [Fact]
    public void R16_ItemWithoutResponsibleOrWithAnOutsiderOrOutsideTheYear_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = MethodologicalWorkPlan.Create(body, _w.Year, [], World.HeadId, _w.Time);

        FindingAssert.Refused("R16", RuleMessages.ItemNeedsResponsible, () => plan.AddItem(body, _w.Year, World.Item("Семинар", World.D(2025, 10, 1), World.D(2025, 10, 1))));
        FindingAssert.Refused("R16", RuleMessages.ResponsibleNotMember, () => plan.AddItem(body, _w.Year, World.Item("Семинар", World.D(2025, 10, 1), World.D(2025, 10, 1), World.Outsider)));
        FindingAssert.Refused("R16", RuleMessages.ItemOutsideYear, () => plan.AddItem(body, _w.Year, World.Item("Семинар", World.D(2026, 7, 1), World.D(2026, 7, 2), World.HeadId)));
        FindingAssert.Refused("Input", RuleMessages.ItemEndsBeforeStart, () => plan.AddItem(body, _w.Year, World.Item("Семинар", World.D(2025, 10, 2), World.D(2025, 10, 1), World.HeadId)));
        Assert.Empty(plan.Latest.Items);
    }

    [Fact]
    public void R16_ResponsibleMemberLeftBeforeSubmission_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.AddItem(body, _w.Year, World.Item("Ашық сабақ", World.D(2025, 11, 12), World.D(2025, 11, 12), World.MemberB));
        body.EndMembership(World.MemberB, _w.Today, MembershipEndReason.LeftOrganization, _w.Options);

        FindingAssert.Refused("R16", RuleMessages.ResponsibleNotMember, () => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));
    }

    [Fact]
    public void R17_WithoutSchoolTheme_RefusedWithoutLastYearsAnalysis_Warned()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        plan.SetHeader(World.Header() with { SchoolTheme = "" });

        FindingAssert.Refused("R17", RuleMessages.SchoolThemeRequired, () => plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time));
        plan.SetHeader(World.Header());
        var warnings = plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        FindingAssert.Single(warnings, "R17", Severity.Warning);
    }

    [Fact]
    public void R18_ApprovalWithoutPreviousYearsAnalysis_RefusedForABodyThatExistedLastYear()
    {
        var body = _w.ActiveAssociation(createdOn: World.D(2024, 10, 1));
        var plan = _w.CompletePlan(body);
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);

        FindingAssert.Refused("R18", () => plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time));
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(PreviousYearAnalysed: true), _w.Options, _w.Time);
        Assert.True(plan.IsApproved);
    }

    [Fact]
    public void R18_AnalysisAttachedAsFileOrNewBodyOrConfiguredOff_Approves()
    {
        var old = _w.ActiveAssociation(createdOn: World.D(2024, 10, 1));
        var attached = _w.CompletePlan(old);
        attached.AttachPreviousYearAnalysis("analysis/2024.docx");
        attached.Submit(World.HeadId, old, new PlanFacts(), _w.Options, _w.Time);
        attached.Agree(World.DeputyActor, _w.Time);
        attached.Approve(World.DirectorActor, old, _w.Year, new PlanFacts(), _w.Options, _w.Time);

        Assert.True(attached.IsApproved);
        Assert.True(_w.ApprovedPlan(_w.ActiveAssociation()).IsApproved);
        _w.Options.Plan.RequirePreviousYearAnalysis = false;
        Assert.True(_w.ApprovedPlan(_w.ActiveAssociation(createdOn: World.D(2024, 10, 1))).IsApproved);
    }

    [Fact]
    public void R26_YoungSpecialistsWithoutMentoringInThePlan_Refused()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);

        var error = FindingAssert.Refused("R26", () => plan.Submit(World.HeadId, body, new PlanFacts(YoungSpecialistMembers: 2), _w.Options, _w.Time));
        Assert.Equal(new object[] { 2 }, error.Args);
        plan.AddItem(body, _w.Year, new PlanItemInput("Жас маманға тәлімгерлік", WorkForm.Mentoring, World.D(2025, 9, 15), World.D(2026, 5, 20), [World.MemberA]));
        plan.Submit(World.HeadId, body, new PlanFacts(YoungSpecialistMembers: 2), _w.Options, _w.Time);
        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
    }

    [Fact]
    public void R26_MentoringNotRequiredByConfiguration_Submits()
    {
        _w.Options.Plan.RequireMentoringForYoungSpecialists = false;
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);

        plan.Submit(World.HeadId, body, new PlanFacts(YoungSpecialistMembers: 2), _w.Options, _w.Time);

        Assert.Equal(PlanStatus.Submitted, plan.Working!.Status);
    }

    [Fact]
    public void R37_CouncilPlanWithoutTheAssociationsPlans_RefusedAndApprovedBeforeThem_Warned()
    {
        var council = _w.ActiveCouncil();
        var association = _w.ActiveAssociation();
        var plan = MethodologicalWorkPlan.Create(council, _w.Year, [], World.DeputyId, _w.Time);
        plan.SetHeader(World.Header());
        foreach (var month in _w.Options.Plan.RequiredMonths())
        {
            plan.AddItem(council, _w.Year, World.Item($"Кеңес отырысы {month}", World.InMonth(month, 5), World.InMonth(month, 5), World.DeputyId));
        }

        FindingAssert.Refused("R37", RuleMessages.CouncilPlanMustCoordinate, () => plan.Submit(World.DeputyId, council, new PlanFacts(AssociationPlansOfYear: 3), _w.Options, _w.Time));
        FindingAssert.Refused("R37", RuleMessages.OnlyCouncilCoordinates, () => _w.CompletePlan(association).SetCoordinatedPlans(association, [5]));
        plan.SetCoordinatedPlans(council, [11, 12, 13]);
        plan.Submit(World.DeputyId, council, new PlanFacts(AssociationPlansOfYear: 3), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        var warnings = plan.Approve(World.DirectorActor, council, _w.Year, new PlanFacts(UnapprovedAssociationPlans: 2), _w.Options, _w.Time);

        Assert.Equal(new object[] { 2 }, FindingAssert.Single(warnings, "R37", Severity.Warning).Args);
        Assert.Equal([11, 12, 13], plan.Current!.CoordinatedPlans.Select(c => c.CoordinatedPlanId));
    }

    [Fact]
    public void MarkDone_NeedsANoteAMemberAnApprovedPlanAndAStartedItem()
    {
        var draftBody = _w.ActiveAssociation();
        var draft = _w.CompletePlan(draftBody);
        FindingAssert.Refused("R15", RuleMessages.MarkOnlyApproved, () => draft.MarkDone(draft.Latest.Items[0].ItemKey, World.HeadId, draftBody, "Өтті", null, _w.Time));
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var october = plan.Current!.Items.Single(i => i.Month == 10).ItemKey;

        FindingAssert.Refused("Input", RuleMessages.ItemNotStarted, () => plan.MarkDone(october, World.HeadId, body, "Өтті", null, _w.Time));
        _w.GoTo(World.D(2025, 10, 21));
        FindingAssert.Refused("Input", RuleMessages.DoneNoteRequired, () => plan.MarkDone(october, World.HeadId, body, " ", null, _w.Time));
        FindingAssert.Refused("Input", RuleMessages.OnlyMembersMark, () => plan.MarkDone(october, World.Outsider, body, "Өтті", null, _w.Time));
        plan.MarkDone(october, World.MemberA, body, "Семинар өтті, 12 мұғалім қатысты", "files/oct.pdf", _w.Time);

        var item = plan.Current.Items.Single(i => i.ItemKey == october);
        Assert.Equal(ItemCompletion.Done, item.Completion);
        Assert.Equal(World.MemberA, item.MarkedByPersonId);
        Assert.Equal(_w.Time.GetUtcNow().UtcDateTime, item.MarkedAtUtc);
    }

    [Fact]
    public void MarkNotDone_NeedsTheReason()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var september = plan.Current!.Items.Single(i => i.Month == 9).ItemKey;
        _w.GoTo(World.D(2025, 9, 25));

        FindingAssert.Refused("Input", RuleMessages.NotDoneReasonRequired, () => plan.MarkNotDone(september, World.HeadId, body, "", _w.Time));
        plan.MarkNotDone(september, World.HeadId, body, "Карантин", _w.Time);

        Assert.Equal("Карантин", plan.Current.Items.Single(i => i.ItemKey == september).NotDoneReason);
    }

    [Fact]
    public void R25_SubjectWeekMarkedDone_NeedsItsAnalysisAsEvidence()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        var week = plan.AddItem(body, _w.Year, new PlanItemInput("Математика апталығы", WorkForm.SubjectWeek, World.D(2025, 11, 10), World.D(2025, 11, 14), [World.HeadId]));
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);
        _w.GoTo(World.D(2025, 11, 15));

        FindingAssert.Refused("R25", () => plan.MarkDone(week.ItemKey, World.HeadId, body, "Апта өтті", null, _w.Time));
        plan.MarkDone(week.ItemKey, World.HeadId, body, "Апта өтті", "analysis/week.docx", _w.Time);
        Assert.Equal(ItemCompletion.Done, week.Completion);
    }

    [Fact]
    public void ProgressByMonth_CountsDoneNotDoneAndOverdue()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);
        var items = plan.Current!.Items;
        _w.GoTo(World.D(2025, 11, 25));
        plan.MarkDone(items.Single(i => i.Month == 9).ItemKey, World.HeadId, body, "Өтті", null, _w.Time);
        plan.MarkNotDone(items.Single(i => i.Month == 10).ItemKey, World.HeadId, body, "Ауру", _w.Time);

        var progress = plan.Current.ProgressByMonth(_w.Today);

        Assert.Equal(9, progress.Count);
        Assert.Equal(new MonthProgress(9, 1, 1, 0, 0), progress[0]);
        Assert.Equal(new MonthProgress(10, 1, 0, 1, 0), progress[1]);
        Assert.Equal(new MonthProgress(11, 1, 0, 0, 1), progress[2]);
        Assert.Equal(new MonthProgress(5, 1, 0, 0, 0), progress[^1]);
        Assert.Equal([11], plan.Current.OverdueItems(_w.Today).Select(i => i.Month));
    }

    [Fact]
    public void CopyItemsFrom_LastYearsPlan_MovesDatesAndGivesItemsOfFormerMembersToTheHead()
    {
        var body = _w.ActiveAssociation();
        var last = _w.CompletePlan(body);
        last.AddItem(body, _w.Year, World.Item("Ашық сабақ", World.D(2025, 12, 3), World.D(2025, 12, 3), World.MemberB));
        var next = SchoolCalendar.DefaultYear(Country.Kazakhstan, 2026);
        var plan = MethodologicalWorkPlan.Create(body, next, [], World.HeadId, _w.Time);
        body.EndMembership(World.MemberB, _w.Today, MembershipEndReason.Left, _w.Options);

        var copied = plan.CopyItemsFrom(last, _w.Year, next, body, World.HeadId);

        Assert.Equal(10, copied);
        var items = plan.Working!.Items;
        Assert.All(items, i => Assert.Equal(ItemCompletion.Planned, i.Completion));
        Assert.Equal(World.D(2026, 9, 10), items.Single(i => i.Month == 9).StartsOn);
        Assert.Equal([World.HeadId], items.Single(i => i.Content == "Ашық сабақ").ResponsiblePersonIds);
        Assert.DoesNotContain(items, i => last.Latest.Items.Any(l => l.ItemKey == i.ItemKey));
    }

    [Fact]
    public void R19_RecordAnalysis_ReplacesTheTextOfTheSamePeriod()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);

        FindingAssert.Refused("R19", () => plan.RecordAnalysis(AnalysisPeriod.Quarter1, " ", null, World.HeadId, body, _w.Time));
        plan.RecordAnalysis(AnalysisPeriod.Quarter1, "Бірінші нұсқа", null, World.HeadId, body, _w.Time);
        plan.RecordAnalysis(AnalysisPeriod.Quarter1, "Түзетілген талдау", "q1.docx", World.HeadId, body, _w.Time);

        Assert.Equal("Түзетілген талдау", plan.Analyses.Single().Text);
        Assert.True(plan.HasAnalysis(AnalysisPeriod.Quarter1));
        Assert.False(plan.HasAnalysis(AnalysisPeriod.Year));
    }

    [Fact]
    public void R19_PlanScheduleRule_QuarterAnalysisOverdueTenDaysAfterTheQuarter()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.ApprovedPlan(body);

        Assert.Empty(PlanScheduleRule.Evaluate(body, _w.Year, plan, [], World.D(2025, 11, 5), _w.Options));
        var late = PlanScheduleRule.Evaluate(body, _w.Year, plan, [], World.D(2025, 11, 6), _w.Options);
        Assert.Equal(new object[] { 1 }, FindingAssert.Single(late, "R19", Severity.Error).Args);
        plan.RecordAnalysis(AnalysisPeriod.Quarter1, "Талдау", null, World.HeadId, body, _w.Time);
        Assert.Empty(PlanScheduleRule.Evaluate(body, _w.Year, plan, [], World.D(2025, 11, 6), _w.Options));
        var yearEnd = PlanScheduleRule.Evaluate(body, _w.Year, plan, [], World.D(2026, 6, 10), _w.Options);
        Assert.Equal(4, yearEnd.Count(f => f.Rule.Id == "R19"));
        Assert.Contains(yearEnd, f => f.MessageKey == RuleMessages.YearAnalysisMissing);
    }

    [Fact]
    public void R14_PlanScheduleRule_ActiveBodyWithoutPlanOnceTheYearBegins()
    {
        var body = _w.ActiveAssociation();

        Assert.Empty(PlanScheduleRule.Evaluate(body, _w.Year, null, [], World.D(2025, 8, 31), _w.Options));
        Assert.Equal(RuleMessages.NoPlanForYear, FindingAssert.Single(PlanScheduleRule.Evaluate(body, _w.Year, null, [], World.D(2025, 9, 1), _w.Options), "R14", Severity.Error).MessageKey);
    }

    [Fact]
    public void R15_PlanScheduleRule_NotApprovedBeforeTheFirstMeeting_Warned()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        var meeting = _w.HeldMeeting(body, World.D(2025, 8, 28));

        var findings = PlanScheduleRule.Evaluate(body, _w.Year, plan, [meeting], World.D(2025, 9, 5), _w.Options);

        FindingAssert.Single(findings, "R15", Severity.Warning);
        _w.GoTo(World.D(2025, 9, 3));
        plan.Submit(World.HeadId, body, new PlanFacts(), _w.Options, _w.Time);
        plan.Agree(World.DeputyActor, _w.Time);
        plan.Approve(World.DirectorActor, body, _w.Year, new PlanFacts(), _w.Options, _w.Time);
        var approvedLate = PlanScheduleRule.Evaluate(body, _w.Year, plan, [meeting], World.D(2025, 9, 5), _w.Options);
        Assert.Equal(new object[] { World.D(2025, 8, 28) }, FindingAssert.Single(approvedLate, "R15", Severity.Warning).Args);
    }

    [Fact]
    public void RecordConsideration_OnlyAHeldMeetingOfTheBody()
    {
        var body = _w.ActiveAssociation();
        var plan = _w.CompletePlan(body);
        var scheduled = _w.Schedule(body, World.D(2025, 8, 28));

        FindingAssert.Refused("R21", () => plan.RecordConsideration(scheduled));
        var held = _w.HeldMeeting(body, World.D(2025, 8, 29), [scheduled]);
        plan.RecordConsideration(held);
        Assert.Equal(held.Id, plan.Working!.ConsideredAtMeetingId);
    }
}
