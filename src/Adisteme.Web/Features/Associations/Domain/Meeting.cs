using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

public sealed record AgendaItemInput(string Title, int? SpeakerPersonId = null, string? SpeakerName = null, AgendaTopic? Topic = null);

/// <summary>When and where a meeting takes place and what it discusses. Times are local to the organization.</summary>
public sealed record MeetingInput(
    DateOnly Date,
    IReadOnlyList<AgendaItemInput> Agenda,
    string? Place = null,
    string? OnlineLink = null,
    int? StartMinutes = null,
    int DurationMinutes = 60,
    int? ChairPersonId = null,
    int? SecretaryPersonId = null,
    string? InvitedGuests = null);

public sealed record AttendanceInput(int PersonId, bool Present, string? AbsenceReason = null);

/// <summary>
/// A meeting (отырыс / заседание / отурум) of a body, numbered within the school year, with its agenda,
/// attendance and minutes. It counts as held once its minutes are signed (R21). Minutes are corrected
/// only by a new signed revision; decisions stay open until members mark them done.
/// </summary>
public sealed class Meeting : IVersioned
{
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Attendance> _attendance = [];
    private readonly List<Minutes> _minutes = [];

    private Meeting()
    {
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int SchoolYearId { get; private set; }
    /// <summary>Number within the body's school year in date order (<see cref="MeetingNumbering"/>); 0 once cancelled.</summary>
    public int Number { get; internal set; }
    public DateOnly Date { get; private set; }
    /// <summary>Local start time in minutes after midnight, when known.</summary>
    public int? StartMinutes { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public MeetingStatus Status { get; private set; }
    public int? ChairPersonId { get; private set; }
    public int? SecretaryPersonId { get; private set; }
    public string? InvitedGuests { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<AgendaItem> Agenda => _agenda;
    public IReadOnlyList<Attendance> Attendance => _attendance;
    public IReadOnlyList<Minutes> MinutesRevisions => _minutes;

    /// <summary>The signed minutes in force.</summary>
    public Minutes? Minutes => _minutes.LastOrDefault(m => m.Status == MinutesStatus.Locked);

    /// <summary>Minutes being written or signed: the first revision or a correction.</summary>
    public Minutes? DraftMinutes => _minutes.LastOrDefault(m => m.Status is MinutesStatus.Draft or MinutesStatus.Signing);

    public int PresentCount => _attendance.Count(a => a.Present);
    public int AbsentCount => _attendance.Count(a => !a.Present);

    /// <summary>
    /// Schedules a meeting of <paramref name="body"/> in <paramref name="year"/> and numbers it among
    /// <paramref name="others"/> (the body's other meetings of that year, which may be renumbered).
    /// The chair and the secretary default to the body's head and secretary.
    /// </summary>
    public static Meeting Schedule(MethodologicalBody body, SchoolYear year, IReadOnlyList<Meeting> others, MeetingInput input)
    {
        body.EnsureNotClosed();
        var meeting = new Meeting { BodyId = body.Id, SchoolYearId = year.Id, Status = MeetingStatus.Scheduled };
        DomainException.ThrowIfErrors(CheckInput(body, year, input).ToList());
        MeetingNumbering.CheckPlace(input.Date, others);
        meeting.Apply(body, input);
        MeetingNumbering.Place(meeting, others);
        return meeting;
    }

    /// <summary>Changes date, place, agenda, chair or secretary of a meeting not yet held; renumbers by date.</summary>
    public void Reschedule(MethodologicalBody body, SchoolYear year, IReadOnlyList<Meeting> others, MeetingInput input)
    {
        EnsureScheduled();
        if (_minutes.Count > 0 && input.Agenda.Count != _agenda.Count)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.AgendaFixedOnceMinuted).For("Agenda"));
        }
        DomainException.ThrowIfErrors(CheckInput(body, year, input).ToList());
        MeetingNumbering.CheckPlace(input.Date, others);
        Apply(body, input);
        MeetingNumbering.Place(this, others);
    }

    /// <summary>Cancels a meeting that has not been held; it loses its number and the later ones close the gap.</summary>
    public void Cancel(string reason, IReadOnlyList<Meeting> others)
    {
        EnsureScheduled();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.CancelReasonRequired).For("Reason"));
        }
        if (_minutes.Count > 0)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutedMeetingNotCancelled));
        }
        Status = MeetingStatus.Cancelled;
        CancelReason = reason.Trim();
        Number = 0;
        MeetingNumbering.Renumber(others);
    }

    /// <summary>
    /// Records who was present and who was absent with the reason (R28: attendance is tracked). Only
    /// members of the body on the meeting's date, only once the meeting has begun, and not while the
    /// minutes are signed (a correction reopens it).
    /// </summary>
    public void RecordAttendance(MethodologicalBody body, IReadOnlyList<AttendanceInput> records, TimeProvider time)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.MeetingCancelled));
        }
        EnsureMinutesEditable(requireDraftWhenSigned: true);
        var errors = new List<RuleFinding>();
        if (Date > Today(time))
        {
            errors.Add(RuleCatalog.R21.Error(RuleMessages.AttendanceBeforeMeeting));
        }
        if (records.Any(r => !body.Memberships.Any(m => m.PersonId == r.PersonId && m.IsActiveOn(Date))))
        {
            errors.Add(RuleCatalog.R28.Error(RuleMessages.AttendanceOnlyMembers).For("Attendance"));
        }
        if (records.Any(r => !r.Present && string.IsNullOrWhiteSpace(r.AbsenceReason)))
        {
            errors.Add(RuleCatalog.R28.Error(RuleMessages.AbsenceReasonRequired).For("Attendance"));
        }
        if (records.Select(r => r.PersonId).Distinct().Count() != records.Count)
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.InvalidInput).For("Attendance"));
        }
        DomainException.ThrowIfErrors(errors);
        foreach (var record in records)
        {
            var existing = _attendance.FirstOrDefault(a => a.PersonId == record.PersonId);
            if (existing is null)
            {
                _attendance.Add(new Attendance(record.PersonId, record.Present, record.Present ? null : record.AbsenceReason!.Trim()));
            }
            else
            {
                existing.Set(record.Present, record.Present ? null : record.AbsenceReason!.Trim());
            }
        }
        DraftMinutes?.Touch();
    }

    // ---- minutes ----

    /// <summary>Starts the minutes once attendance is recorded (R21: minutes carry the attendance).</summary>
    public Minutes BeginMinutes(int personId, TimeProvider time)
    {
        EnsureScheduled();
        if (_minutes.Count > 0)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesExist));
        }
        if (_attendance.Count == 0)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesNeedAttendance));
        }
        var minutes = Domain.Minutes.New(1, null, personId, MethodologicalWorkPlan.Now(time));
        _minutes.Add(minutes);
        return minutes;
    }

    /// <summary>Writes heard (тыңдалды / слушали) and spoke (сөйлегендер / выступили) for one agenda item.</summary>
    public void WriteItem(int agendaPosition, string heard, IReadOnlyList<SpeechInput> spoke)
    {
        var minutes = EditableMinutes();
        EnsureAgendaItem(agendaPosition);
        minutes.WriteItem(agendaPosition, heard, spoke);
    }

    /// <summary>R22: a decision (шешім / постановили) of an agenda item, with its responsible person and due date; R27 typed decisions.</summary>
    public Decision AddDecision(DecisionInput input)
    {
        var minutes = EditableMinutes();
        EnsureAgendaItem(input.AgendaPosition);
        DomainException.ThrowIfErrors(CheckDecision(input).ToList());
        return minutes.AddDecision(input, Guid.NewGuid());
    }

    public void UpdateDecision(Guid decisionKey, DecisionInput input)
    {
        var minutes = EditableMinutes();
        EnsureAgendaItem(input.AgendaPosition);
        DomainException.ThrowIfErrors(CheckDecision(input).ToList());
        minutes.UpdateDecision(decisionKey, input);
    }

    public void RemoveDecision(Guid decisionKey) => EditableMinutes().RemoveDecision(decisionKey);

    /// <summary>
    /// The chair or the secretary signs. The first signature checks the minutes are complete (R21
    /// attendance of every member, chair and secretary present; R22 each agenda item heard and decided);
    /// a second signature by the same person is refused. When both have signed the minutes are locked,
    /// the meeting is held, and a signed correction replaces the revision before it.
    /// </summary>
    public void Sign(RouteActor actor, MethodologicalBody body, TimeProvider time)
    {
        var minutes = DraftMinutes ?? throw new DomainException(RuleCatalog.R21.Error(Minutes is null ? RuleMessages.MinutesNotStarted : RuleMessages.RouteLocked));
        if (minutes.Route.IsEditable)
        {
            DomainException.ThrowIfErrors(CheckComplete(body, minutes).ToList());
            minutes.Route.Submit(actor.PersonId, MethodologicalWorkPlan.Now(time), null, RouteTemplates.Minutes(ChairPersonId!.Value, SecretaryPersonId!.Value));
        }
        minutes.Route.Decide(actor, StepKind.Sign, MethodologicalWorkPlan.Now(time));
        minutes.SyncStatus(PresentCount, AbsentCount);
        if (minutes.Status == MinutesStatus.Locked)
        {
            foreach (var earlier in _minutes.Where(m => m != minutes && m.Status == MinutesStatus.Locked))
            {
                earlier.Supersede();
            }
            Status = MeetingStatus.Held;
        }
    }

    /// <summary>The chair or the secretary refuses to sign and returns the minutes with a comment; the signatures of the round are void.</summary>
    public void ReturnMinutes(RouteActor actor, string comment, TimeProvider time)
    {
        var minutes = DraftMinutes ?? throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesNotStarted));
        minutes.Route.Return(actor, MethodologicalWorkPlan.Now(time), comment);
        minutes.SyncStatus(PresentCount, AbsentCount);
    }

    /// <summary>Signed minutes are corrected by a new revision with the reason, copied from the signed one and signed again.</summary>
    public Minutes StartCorrection(int personId, string reason, TimeProvider time)
    {
        var signed = Minutes ?? throw new DomainException(RuleCatalog.R21.Error(RuleMessages.CorrectOnlySigned));
        if (DraftMinutes is not null)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.CorrectionInProgress));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.CorrectionReasonRequired).For("Reason"));
        }
        var correction = Domain.Minutes.New(_minutes.Max(m => m.Revision) + 1, reason.Trim(), personId, MethodologicalWorkPlan.Now(time));
        correction.CopyContentFrom(signed);
        _minutes.Add(correction);
        return correction;
    }

    /// <summary>
    /// A member (or the responsible person) marks a decision of the signed minutes done with a note. A
    /// correction on its way gets the same mark, so nothing is lost when it is signed.
    /// </summary>
    public void MarkDecisionDone(Guid decisionKey, int personId, MethodologicalBody body, string note, TimeProvider time)
    {
        var minutes = Minutes ?? throw new DomainException(RuleCatalog.R22.Error(RuleMessages.DecisionsOnlyOfSignedMinutes));
        var decision = minutes.Decisions.FirstOrDefault(d => d.DecisionKey == decisionKey)
            ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.DecisionNotFound));
        var errors = new List<RuleFinding>();
        if (decision.Status == DecisionStatus.Done)
        {
            errors.Add(RuleCatalog.R22.Error(RuleMessages.DecisionAlreadyDone));
        }
        if (decision.ResponsiblePersonId != personId && !body.IsActiveMember(personId))
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.OnlyMembersMark));
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.DoneNoteRequired).For("Note"));
        }
        DomainException.ThrowIfErrors(errors);
        var now = MethodologicalWorkPlan.Now(time);
        decision.MarkDone(personId, note.Trim(), now);
        DraftMinutes?.Decisions.FirstOrDefault(d => d.DecisionKey == decisionKey)?.MarkDone(personId, note.Trim(), now);
    }

    /// <summary>What another module needs to rely on a decision (R23, R24, R27, R40).</summary>
    public DecisionEvidence Evidence(Decision decision, MethodologicalBody body) =>
        new(decision.Id, BodyId, body.Kind, decision.Type, decision.Status, Minutes?.Decisions.Contains(decision) == true, decision.ConcernsPersonId, Date);

    // ---- checks ----

    private static IEnumerable<RuleFinding> CheckInput(MethodologicalBody body, SchoolYear year, MeetingInput input)
    {
        var (first, last) = WorkPlanVersion.PlanWindow(year);
        if (input.Date < first || input.Date > last)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.MeetingOutsideYear, year.Title).For("Date");
        }
        if (string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.OnlineLink))
        {
            yield return RuleCatalog.Input.Error(RuleMessages.PlaceOrLinkRequired).For("Place");
        }
        if (!string.IsNullOrWhiteSpace(input.OnlineLink)
            && !(Uri.TryCreate(input.OnlineLink.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return RuleCatalog.Input.Error(RuleMessages.OnlineLinkInvalid).For("OnlineLink");
        }
        if (input.StartMinutes is < 0 or >= 24 * 60 || input.DurationMinutes is < 10 or > 12 * 60)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.MeetingTimeInvalid).For("StartTime");
        }
        if (input.Agenda.Count == 0 || input.Agenda.Any(a => string.IsNullOrWhiteSpace(a.Title)))
        {
            yield return RuleCatalog.R21.Error(RuleMessages.AgendaRequired).For("Agenda");
        }
        if (input.Agenda.Any(a => a.SpeakerPersonId is { } id && !body.IsActiveMember(id) && string.IsNullOrWhiteSpace(a.SpeakerName)))
        {
            yield return RuleCatalog.Input.Error(RuleMessages.SpeakerUnknown).For("Agenda");
        }
        var chair = input.ChairPersonId ?? body.CurrentHead(input.Date)?.PersonId;
        var secretary = input.SecretaryPersonId ?? body.Secretary?.PersonId;
        if (chair is not null && chair == secretary)
        {
            yield return RuleCatalog.R21.Error(RuleMessages.ChairIsSecretary).For("SecretaryPersonId");
        }
        if ((chair is { } c && !body.IsActiveMember(c)) || (secretary is { } s && !body.IsActiveMember(s)))
        {
            yield return RuleCatalog.R21.Error(RuleMessages.ChairSecretaryMembers).For("ChairPersonId");
        }
    }

    private void Apply(MethodologicalBody body, MeetingInput input)
    {
        Date = input.Date;
        StartMinutes = input.StartMinutes;
        DurationMinutes = input.DurationMinutes;
        Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        OnlineLink = string.IsNullOrWhiteSpace(input.OnlineLink) ? null : input.OnlineLink.Trim();
        InvitedGuests = string.IsNullOrWhiteSpace(input.InvitedGuests) ? null : input.InvitedGuests.Trim();
        ChairPersonId = input.ChairPersonId ?? body.CurrentHead(input.Date)?.PersonId;
        SecretaryPersonId = input.SecretaryPersonId ?? body.Secretary?.PersonId;
        for (var i = 0; i < input.Agenda.Count; i++)
        {
            var a = input.Agenda[i];
            if (i < _agenda.Count)
            {
                _agenda[i].Set(a);
            }
            else
            {
                _agenda.Add(new AgendaItem(i + 1, a));
            }
        }
        _agenda.RemoveAll(a => a.Position > input.Agenda.Count);
    }

    private IEnumerable<RuleFinding> CheckDecision(DecisionInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            yield return RuleCatalog.R22.Error(RuleMessages.DecisionTextRequired).For("Text");
        }
        if (input.DueDate < Date)
        {
            yield return RuleCatalog.R22.Error(RuleMessages.DueBeforeMeeting).For("DueDate");
        }
        if (input.Type == DecisionType.InDepthStudy && !input.TextbooksSufficient)
        {
            yield return RuleCatalog.R27.Error(RuleMessages.InDepthStudyNeedsTextbooks).For("TextbooksSufficient");
        }
        if (input.Type is DecisionType.CategoryNomination or DecisionType.ContestNomination or DecisionType.RewardRecommendation or DecisionType.MemberExclusion
            && input.ConcernsPersonId is null)
        {
            yield return RuleCatalog.R27.Error(RuleMessages.DecisionNeedsPerson).For("ConcernsPersonId");
        }
    }

    /// <summary>R21 and R22: what the minutes need before anyone signs them.</summary>
    private IEnumerable<RuleFinding> CheckComplete(MethodologicalBody body, Minutes minutes)
    {
        if (ChairPersonId is null || SecretaryPersonId is null)
        {
            yield return RuleCatalog.R21.Error(RuleMessages.ChairAndSecretaryRequired).For("ChairPersonId");
        }
        else if (ChairPersonId == SecretaryPersonId)
        {
            yield return RuleCatalog.R21.Error(RuleMessages.ChairIsSecretary).For("SecretaryPersonId");
        }
        var missing = body.Memberships.Where(m => m.IsActiveOn(Date)).Select(m => m.PersonId).Distinct()
            .Count(id => _attendance.All(a => a.PersonId != id));
        if (_attendance.Count == 0 || missing > 0)
        {
            yield return RuleCatalog.R21.Error(RuleMessages.AttendanceIncomplete, missing).For("Attendance");
        }
        if ((ChairPersonId is { } chair && !IsPresent(chair)) || (SecretaryPersonId is { } secretary && !IsPresent(secretary)))
        {
            yield return RuleCatalog.R21.Error(RuleMessages.ChairSecretaryAbsent).For("Attendance");
        }
        foreach (var item in _agenda.OrderBy(a => a.Position))
        {
            var written = minutes.Items.FirstOrDefault(i => i.AgendaPosition == item.Position);
            if (written is null || string.IsNullOrWhiteSpace(written.Heard))
            {
                yield return RuleCatalog.R21.Error(RuleMessages.AgendaItemNotHeard, item.Position).For("Items");
            }
            if (!minutes.Decisions.Any(d => d.AgendaPosition == item.Position))
            {
                yield return RuleCatalog.R22.Error(RuleMessages.AgendaItemNotDecided, item.Position).For("Items");
            }
        }
    }

    private bool IsPresent(int personId) => _attendance.Any(a => a.PersonId == personId && a.Present);

    private Minutes EditableMinutes()
    {
        var minutes = DraftMinutes ?? throw new DomainException(RuleCatalog.R21.Error(Minutes is null ? RuleMessages.MinutesNotStarted : RuleMessages.MinutesLocked));
        if (!minutes.Route.IsEditable)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesBeingSigned));
        }
        return minutes;
    }

    private void EnsureMinutesEditable(bool requireDraftWhenSigned)
    {
        if (DraftMinutes is { } draft && !draft.Route.IsEditable)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesBeingSigned));
        }
        if (requireDraftWhenSigned && Minutes is not null && DraftMinutes is null)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MinutesLocked));
        }
    }

    private void EnsureAgendaItem(int position)
    {
        if (_agenda.All(a => a.Position != position))
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.AgendaItemNotFound).For("AgendaPosition"));
        }
    }

    private void EnsureScheduled()
    {
        if (Status != MeetingStatus.Scheduled)
        {
            throw new DomainException(Status == MeetingStatus.Held
                ? RuleCatalog.R21.Error(RuleMessages.MeetingAlreadyHeld)
                : RuleCatalog.Input.Error(RuleMessages.MeetingCancelled));
        }
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}

public sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    internal AgendaItem(int position, AgendaItemInput input)
    {
        Position = position;
        Set(input);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public int? SpeakerPersonId { get; private set; }
    /// <summary>A speaker who is not a member (an invited guest), by name.</summary>
    public string? SpeakerName { get; private set; }
    public AgendaTopic? Topic { get; private set; }

    internal void Set(AgendaItemInput input)
    {
        Title = input.Title.Trim();
        SpeakerPersonId = input.SpeakerPersonId;
        SpeakerName = string.IsNullOrWhiteSpace(input.SpeakerName) ? null : input.SpeakerName.Trim();
        Topic = input.Topic;
    }
}

/// <summary>R28: a member present at a meeting, or absent with the reason.</summary>
public sealed class Attendance
{
    private Attendance()
    {
    }

    internal Attendance(int personId, bool present, string? absenceReason)
    {
        PersonId = personId;
        Set(present, absenceReason);
    }

    public int MeetingId { get; private set; }
    public int PersonId { get; private set; }
    public bool Present { get; private set; }
    public string? AbsenceReason { get; private set; }

    internal void Set(bool present, string? absenceReason)
    {
        Present = present;
        AbsenceReason = absenceReason;
    }
}
