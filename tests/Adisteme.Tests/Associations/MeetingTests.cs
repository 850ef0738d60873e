using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;

namespace Adisteme.Tests.Associations;

/// <summary>Meetings, attendance, minutes and decisions: numbering, R21, R22, R27, R28, R36, corrections and carry-forward.</summary>
public sealed class MeetingTests
{
    private readonly World _w = new();

    [Fact]
    public void Schedule_NumbersMeetingsInDateOrderAndRenumbersWhenOneIsInsertedEarlier()
    {
        var body = _w.ActiveAssociation();
        var meetings = new List<Meeting>();
        foreach (var date in new[] { World.D(2025, 8, 28), World.D(2025, 11, 5), World.D(2026, 1, 20) })
        {
            meetings.Add(_w.Schedule(body, date, meetings));
        }

        var extra = _w.Schedule(body, World.D(2025, 10, 8), meetings);
        meetings.Add(extra);

        Assert.Equal([1, 3, 4, 2], meetings.Select(m => m.Number));
        Assert.Equal(World.HeadId, extra.ChairPersonId);
        Assert.Equal(World.SecretaryId, extra.SecretaryPersonId);
    }

    [Fact]
    public void Schedule_BeforeAHeldMeeting_RefusedAndHeldNumbersNeverChange()
    {
        var body = _w.ActiveAssociation();
        var first = _w.HeldMeeting(body, World.D(2025, 8, 28));
        var second = _w.HeldMeeting(body, World.D(2025, 10, 15), [first]);

        FindingAssert.Refused("R21", RuleMessages.MeetingBeforeHeld, () => _w.Schedule(body, World.D(2025, 10, 1), [first, second]));
        var third = _w.Schedule(body, World.D(2025, 10, 15), [first, second]);

        Assert.Equal([1, 2, 3], new[] { first.Number, second.Number, third.Number });
    }

    [Fact]
    public void Cancel_LosesTheNumberAndLaterMeetingsCloseTheGap()
    {
        var body = _w.ActiveAssociation();
        var a = _w.Schedule(body, World.D(2025, 9, 10));
        var b = _w.Schedule(body, World.D(2025, 10, 10), [a]);
        var c = _w.Schedule(body, World.D(2025, 11, 10), [a, b]);

        FindingAssert.Refused("Input", RuleMessages.CancelReasonRequired, () => b.Cancel("", [a, c]));
        b.Cancel("Мұғалімдер курста", [a, c]);

        Assert.Equal(MeetingStatus.Cancelled, b.Status);
        Assert.Equal([1, 0, 2], new[] { a.Number, b.Number, c.Number });
        FindingAssert.Refused("Input", RuleMessages.MeetingCancelled, () => b.Reschedule(body, _w.Year, [a, c], new MeetingInput(World.D(2025, 10, 12), [new("Күн тәртібі")], "Кабинет")));
    }

    [Fact]
    public void Reschedule_MovesTheMeetingAndRenumbers()
    {
        var body = _w.ActiveAssociation();
        var a = _w.Schedule(body, World.D(2025, 9, 10));
        var b = _w.Schedule(body, World.D(2025, 10, 10), [a]);

        a.Reschedule(body, _w.Year, [b], new MeetingInput(World.D(2025, 10, 20), [new("Жаңа күн тәртібі", World.MemberA)], OnlineLink: "https://meet.example.kz/mo-math", StartMinutes: 15 * 60));

        Assert.Equal([2, 1], new[] { a.Number, b.Number });
        Assert.Equal("https://meet.example.kz/mo-math", a.OnlineLink);
        Assert.Null(a.Place);
        Assert.Equal("Жаңа күн тәртібі", a.Agenda.Single().Title);
    }

    [Fact]
    public void Schedule_InvalidInput_RefusedWithEveryProblem()
    {
        var body = _w.ActiveAssociation();

        var ex = Assert.Throws<DomainException>(() => Meeting.Schedule(body, _w.Year, [], new MeetingInput(World.D(2026, 7, 10), [],
            OnlineLink: "javascript:alert(1)", ChairPersonId: World.HeadId, SecretaryPersonId: World.HeadId)));

        Assert.Equal(
            new[] { RuleMessages.MeetingOutsideYear, RuleMessages.OnlineLinkInvalid, RuleMessages.AgendaRequired, RuleMessages.ChairIsSecretary }.Order(),
            ex.Errors.Select(e => e.MessageKey).Order());
        FindingAssert.Refused("Input", RuleMessages.PlaceOrLinkRequired, () => Meeting.Schedule(body, _w.Year, [], new MeetingInput(World.D(2025, 10, 1), [new("Мәселе")])));
        FindingAssert.Refused("R21", RuleMessages.ChairSecretaryMembers, () => Meeting.Schedule(body, _w.Year, [], new MeetingInput(World.D(2025, 10, 1), [new("Мәселе")], "Кабинет", ChairPersonId: World.Outsider)));
    }

    [Fact]
    public void R28_AttendanceOfAFutureMeetingOrANonMemberOrAbsentWithoutReason_Refused()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.Schedule(body, World.D(2025, 10, 15));

        FindingAssert.Refused("R21", RuleMessages.AttendanceBeforeMeeting, () => meeting.RecordAttendance(body, [new(World.HeadId, true)], _w.Time));
        _w.GoTo(World.D(2025, 10, 15));
        FindingAssert.Refused("R28", RuleMessages.AttendanceOnlyMembers, () => meeting.RecordAttendance(body, [new(World.Outsider, true)], _w.Time));
        FindingAssert.Refused("R28", RuleMessages.AbsenceReasonRequired, () => meeting.RecordAttendance(body, [new(World.MemberA, false)], _w.Time));
        meeting.RecordAttendance(body, [new(World.HeadId, true), new(World.MemberA, false, "Ауырып қалды")], _w.Time);

        Assert.Equal(1, meeting.PresentCount);
        Assert.Equal("Ауырып қалды", meeting.Attendance.Single(a => !a.Present).AbsenceReason);
    }

    [Fact]
    public void R21_MinutesWithoutAttendance_Refused()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.Schedule(body, World.D(2025, 10, 15));

        FindingAssert.Refused("R21", RuleMessages.MinutesNeedAttendance, () => meeting.BeginMinutes(World.SecretaryId, _w.Time));
        Assert.Empty(meeting.MinutesRevisions);
    }

    [Fact]
    public void R21_SignWithAttendanceMissingForAMember_RefusedAndNothingSigned()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        body.AddMember(World.Teacher(120), MembershipRole.Member, World.D(2025, 10, 1), _w.Options);

        var error = FindingAssert.Refused("R21", RuleMessages.AttendanceIncomplete, () => meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time));

        Assert.Equal(new object[] { 1 }, error.Args);
        Assert.Equal(MinutesStatus.Draft, meeting.DraftMinutes!.Status);
        Assert.Empty(meeting.DraftMinutes.Route.Decisions);
    }

    [Fact]
    public void R21_ChairAbsent_CannotSign()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        meeting.RecordAttendance(body, [new(World.HeadId, false, "Іссапарда")], _w.Time);

        FindingAssert.Refused("R21", RuleMessages.ChairSecretaryAbsent, () => meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time));
    }

    [Fact]
    public void R22_AgendaItemWithoutHeardOrDecision_RefusedAtSigning()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.Schedule(body, World.D(2025, 10, 15), null, new AgendaItemInput("Бірінші мәселе", World.HeadId), new AgendaItemInput("Екінші мәселе", World.MemberA));
        _w.GoTo(World.D(2025, 10, 15));
        meeting.RecordAttendance(body, body.ActiveMembers.Select(m => new AttendanceInput(m.PersonId, true)).ToList(), _w.Time);
        meeting.BeginMinutes(World.SecretaryId, _w.Time);
        meeting.WriteItem(1, "Баяндама", []);
        meeting.AddDecision(new DecisionInput(1, "Қабылдансын", World.MemberA, World.D(2025, 11, 1)));

        var ex = Assert.Throws<DomainException>(() => meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time));

        Assert.Contains(ex.Errors, e => e.Rule.Id == "R21" && e.MessageKey == RuleMessages.AgendaItemNotHeard && (int)e.Args[0] == 2);
        Assert.Contains(ex.Errors, e => e.Rule.Id == "R22" && e.MessageKey == RuleMessages.AgendaItemNotDecided && (int)e.Args[0] == 2);
    }

    [Fact]
    public void R22_DecisionWithoutTextOrDueBeforeTheMeeting_Refused()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));

        FindingAssert.Refused("R22", RuleMessages.DecisionTextRequired, () => meeting.AddDecision(new DecisionInput(1, " ", World.MemberA, World.D(2025, 11, 1))));
        FindingAssert.Refused("R22", RuleMessages.DueBeforeMeeting, () => meeting.AddDecision(new DecisionInput(1, "Орындалсын", World.MemberA, World.D(2025, 10, 14))));
        FindingAssert.Refused("Input", RuleMessages.AgendaItemNotFound, () => meeting.AddDecision(new DecisionInput(5, "Орындалсын", World.MemberA, World.D(2025, 11, 1))));
    }

    [Fact]
    public void R27_InDepthStudyWithoutTextbooksOrNominationWithoutTeacher_Refused()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));

        FindingAssert.Refused("R27", RuleMessages.InDepthStudyNeedsTextbooks, () => meeting.AddDecision(new DecisionInput(1, "9-сыныпта тереңдетіп оқыту", World.HeadId, World.D(2025, 11, 1), DecisionType.InDepthStudy)));
        FindingAssert.Refused("R27", RuleMessages.DecisionNeedsPerson, () => meeting.AddDecision(new DecisionInput(1, "Санатқа ұсынылсын", World.HeadId, World.D(2025, 11, 1), DecisionType.CategoryNomination)));
        var decision = meeting.AddDecision(new DecisionInput(1, "9-сыныпта тереңдетіп оқыту", World.HeadId, World.D(2025, 11, 1), DecisionType.InDepthStudy, TextbooksSufficient: true));

        Assert.True(decision.TextbooksSufficient);
        Assert.Equal(2, decision.Number);
    }

    [Fact]
    public void R21_SignedByChairAndSecretary_LockedAndHeldWithItsCounts()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        meeting.RecordAttendance(body, [new(World.MemberB, false, "Курста")], _w.Time);

        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);
        Assert.Equal(MinutesStatus.Signing, meeting.DraftMinutes!.Status);
        FindingAssert.Refused("R21", RuleMessages.MinutesBeingSigned, () => meeting.WriteItem(1, "Өзгерту", []));
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);

        var minutes = meeting.Minutes!;
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(MinutesStatus.Locked, minutes.Status);
        Assert.Equal((3, 1), (minutes.PresentCount, minutes.AbsentCount));
        Assert.Equal(_w.Time.GetUtcNow().UtcDateTime, minutes.SignedAtUtc);
        FindingAssert.Refused("R21", RuleMessages.MinutesLocked, () => meeting.WriteItem(1, "Өзгерту", []));
        FindingAssert.Refused("R21", RuleMessages.MinutesLocked, () => meeting.RecordAttendance(body, [new(World.MemberB, true)], _w.Time));
        FindingAssert.Refused("R21", RuleMessages.MeetingAlreadyHeld, () => meeting.Cancel("Кеш", []));
    }

    [Fact]
    public void R21_SigningTwiceOrByAnotherMember_Refused()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));

        FindingAssert.Refused("R21", RuleMessages.NotYourStep, () => meeting.Sign(RouteActor.Person(World.MemberA), body, _w.Time));
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        FindingAssert.Refused("R21", RuleMessages.AlreadySigned, () => meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time));

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
    }

    [Fact]
    public void R21_ChairReturnsTheMinutes_SignaturesVoidEditableAgain()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);

        meeting.ReturnMinutes(RouteActor.Person(World.HeadId), "Шешімдердің мерзімін нақтылаңыз", _w.Time);
        meeting.WriteItem(1, "Нақтыланған баяндама", []);
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);

        Assert.Equal(MinutesStatus.Locked, meeting.Minutes!.Status);
        Assert.Equal(2, meeting.Minutes.Route.Round);
        Assert.Equal("Нақтыланған баяндама", meeting.Minutes.Items.Single().Heard);
    }

    [Fact]
    public void R21_Correction_NewSignedRevisionWithReasonSupersedesTheOld()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.HeldMeeting(body, World.D(2025, 10, 15));
        var original = meeting.Minutes!;

        FindingAssert.Refused("R21", RuleMessages.CorrectionReasonRequired, () => meeting.StartCorrection(World.SecretaryId, "", _w.Time));
        var correction = meeting.StartCorrection(World.SecretaryId, "Шешім мерзімі қате жазылған", _w.Time);
        FindingAssert.Refused("R21", RuleMessages.CorrectionInProgress, () => meeting.StartCorrection(World.SecretaryId, "Тағы", _w.Time));
        var key = correction.Decisions.Single().DecisionKey;
        meeting.UpdateDecision(key, new DecisionInput(1, "Ұсыныстар қабылдансын", World.MemberA, World.D(2025, 11, 30)));

        Assert.Same(original, meeting.Minutes);
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);

        Assert.Same(correction, meeting.Minutes);
        Assert.Equal(2, correction.Revision);
        Assert.Equal("Шешім мерзімі қате жазылған", correction.CorrectionReason);
        Assert.Equal(MinutesStatus.Superseded, original.Status);
        Assert.Equal(World.D(2025, 11, 30), meeting.Minutes!.Decisions.Single().DueDate);
        Assert.Equal(World.D(2025, 10, 29), original.Decisions.Single().DueDate);
    }

    [Fact]
    public void R21_DecisionMarkedDoneWhileACorrectionIsOnItsWay_StaysDone()
    {
        var body = _w.ActiveAssociation();
        var meeting = _w.HeldMeeting(body, World.D(2025, 10, 15));
        var key = meeting.Minutes!.Decisions.Single().DecisionKey;
        meeting.StartCorrection(World.SecretaryId, "Қате", _w.Time);

        meeting.MarkDecisionDone(key, World.MemberA, body, "Орындалды", _w.Time);
        meeting.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        meeting.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);

        Assert.Equal(DecisionStatus.Done, meeting.Minutes!.Decisions.Single().Status);
        Assert.Equal("Орындалды", meeting.Minutes.Decisions.Single().DoneNote);
    }

    [Fact]
    public void MarkDecisionDone_NeedsSignedMinutesANoteAndAMemberOnce()
    {
        var body = _w.ActiveAssociation();
        var draft = _w.MinutedMeeting(body, World.D(2025, 10, 15));
        FindingAssert.Refused("R22", RuleMessages.DecisionsOnlyOfSignedMinutes, () => draft.MarkDecisionDone(draft.DraftMinutes!.Decisions[0].DecisionKey, World.MemberA, body, "Орындалды", _w.Time));
        var meeting = _w.HeldMeeting(body, World.D(2025, 10, 20), [draft]);
        var key = meeting.Minutes!.Decisions[0].DecisionKey;

        FindingAssert.Refused("Input", RuleMessages.DoneNoteRequired, () => meeting.MarkDecisionDone(key, World.MemberB, body, "", _w.Time));
        FindingAssert.Refused("Input", RuleMessages.OnlyMembersMark, () => meeting.MarkDecisionDone(key, World.Outsider, body, "Орындалды", _w.Time));
        meeting.MarkDecisionDone(key, World.MemberB, body, "Әдістемелік ұсыныстар жиналды", _w.Time);
        FindingAssert.Refused("R22", RuleMessages.DecisionAlreadyDone, () => meeting.MarkDecisionDone(key, World.MemberA, body, "Тағы", _w.Time));

        Assert.Equal(World.MemberB, meeting.Minutes.Decisions[0].DoneByPersonId);
    }

    [Fact]
    public void OpenDecisions_CarryForwardToLaterMeetingsUntilDone()
    {
        var body = _w.ActiveAssociation();
        var first = _w.HeldMeeting(body, World.D(2025, 8, 28));
        var second = _w.HeldMeeting(body, World.D(2025, 10, 15), [first], responsible: World.MemberB);
        var third = _w.Schedule(body, World.D(2025, 12, 10), [first, second]);
        Meeting[] all = [first, second, third];

        Assert.Equal([first, second], DecisionRules.CarriedForward(third, all).Select(d => d.Meeting));
        Assert.Empty(DecisionRules.CarriedForward(first, all));
        first.MarkDecisionDone(first.Minutes!.Decisions[0].DecisionKey, World.MemberA, body, "Орындалды", _w.Time);

        var open = DecisionRules.CarriedForward(third, all);
        Assert.Equal(second, open.Single().Meeting);
        Assert.Equal(World.MemberB, open.Single().Decision.ResponsiblePersonId);
    }

    [Fact]
    public void OverdueDecisions_ForTheResponsiblePersonOnly()
    {
        var body = _w.ActiveAssociation();
        var first = _w.HeldMeeting(body, World.D(2025, 8, 28));
        var second = _w.HeldMeeting(body, World.D(2025, 10, 15), [first], responsible: World.MemberB);
        Meeting[] all = [first, second];

        Assert.Equal([first], DecisionRules.OverdueFor(World.MemberA, all, World.D(2025, 9, 12)).Select(d => d.Meeting));
        Assert.Empty(DecisionRules.OverdueFor(World.MemberA, all, World.D(2025, 9, 11)));
        Assert.Empty(DecisionRules.OverdueFor(World.MemberB, all, World.D(2025, 10, 29)));
        Assert.Single(DecisionRules.OverdueFor(World.MemberB, all, World.D(2025, 10, 30)));
    }

    [Fact]
    public void R28_AttendanceReport_PercentOfHeldMeetingsWhileAMember()
    {
        var body = _w.ActiveAssociation();
        var first = _w.HeldMeeting(body, World.D(2025, 8, 28));
        var second = _w.MinutedMeeting(body, World.D(2025, 10, 15), [first]);
        second.RecordAttendance(body, [new(World.MemberB, false, "Курс")], _w.Time);
        second.Sign(RouteActor.Person(World.HeadId), body, _w.Time);
        second.Sign(RouteActor.Person(World.SecretaryId), body, _w.Time);
        body.AddMember(World.Teacher(120), MembershipRole.Member, World.D(2025, 10, 20), _w.Options);

        var report = AttendanceReport.For(body, [first, second]).ToDictionary(a => a.PersonId);

        Assert.Equal(100, report[World.HeadId].Percent);
        Assert.Equal(50, report[World.MemberB].Percent);
        Assert.Equal(0, report[120].Meetings);
    }

    [Fact]
    public void R36_CouncilMinutes_NeedAttendanceAndBothSignatures()
    {
        var council = _w.ActiveCouncil();
        var meeting = _w.Schedule(council, World.D(2025, 9, 25));
        _w.GoTo(World.D(2025, 9, 25));

        FindingAssert.Refused("R21", RuleMessages.MinutesNeedAttendance, () => meeting.BeginMinutes(World.CouncilSecretaryId, _w.Time));
        var held = _w.HeldMeeting(council, World.D(2025, 9, 26), [meeting]);

        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal([World.DeputyId, World.CouncilSecretaryId], held.Minutes!.Route.Steps.Select(s => s.DecidedByPersonId!.Value).Order());
    }
}
