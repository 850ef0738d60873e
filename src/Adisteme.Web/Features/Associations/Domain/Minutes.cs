namespace Adisteme.Web.Features.Associations.Domain;

public sealed record SpeechInput(string Text, int? SpeakerPersonId = null, string? SpeakerName = null);

/// <summary>A decision of an agenda item; typed decisions (R27) may name the teacher they concern.</summary>
public sealed record DecisionInput(
    int AgendaPosition,
    string Text,
    int ResponsiblePersonId,
    DateOnly DueDate,
    DecisionType Type = DecisionType.General,
    bool TextbooksSufficient = false,
    int? ConcernsPersonId = null);

/// <summary>
/// What another module needs to rely on a decision: the body and its kind, the decision's type and status,
/// whether it stands in signed minutes, the teacher it concerns and the meeting date (R23, R24, R27, R40).
/// </summary>
public sealed record DecisionEvidence(int DecisionId, int BodyId, BodyKind BodyKind, DecisionType Type, DecisionStatus Status, bool InSignedMinutes, int? ConcernsPersonId, DateOnly MeetingDate);

/// <summary>
/// One revision of a meeting's minutes (хаттама / протокол): per agenda item what was heard, who spoke,
/// and the decisions. Signed by the chair and the secretary through the approval route; a correction is
/// a new revision with its reason.
/// </summary>
public sealed class Minutes : IVersioned
{
    private readonly List<MinutesItem> _items = [];
    private readonly List<Decision> _decisions = [];

    private Minutes()
    {
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    /// <summary>1 for the original, then 2, 3… for corrections.</summary>
    public int Revision { get; private set; }
    public string? CorrectionReason { get; private set; }
    public MinutesStatus Status { get; private set; }
    public int RouteId { get; private set; }
    public ApprovalRoute Route { get; private set; } = null!;
    public int CreatedByPersonId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SignedAtUtc { get; private set; }
    /// <summary>The header counts as signed («Қатысқандар: 8», «Қатыспағандар: 1»).</summary>
    public int? PresentCount { get; private set; }
    public int? AbsentCount { get; private set; }
    /// <summary>Edits so far; every edit changes the row, so two editors never overwrite each other.</summary>
    public int Edits { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<MinutesItem> Items => _items;
    public IReadOnlyList<Decision> Decisions => _decisions;

    public bool IsLocked => !Route.IsEditable;

    internal static Minutes New(int revision, string? reason, int personId, DateTime atUtc) => new()
    {
        Revision = revision,
        CorrectionReason = reason,
        Status = MinutesStatus.Draft,
        // The signers are set when the first of them signs: the chair and the secretary of that day.
        Route = ApprovalRoute.Create(RouteKind.Minutes, []),
        CreatedByPersonId = personId,
        CreatedAtUtc = atUtc,
    };

    internal void WriteItem(int agendaPosition, string heard, IReadOnlyList<SpeechInput> spoke)
    {
        if (string.IsNullOrWhiteSpace(heard))
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.HeardRequired).For("Heard"));
        }
        if (spoke.Any(s => string.IsNullOrWhiteSpace(s.Text) || (s.SpeakerPersonId is null && string.IsNullOrWhiteSpace(s.SpeakerName))))
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.SpeechIncomplete).For("Spoke"));
        }
        var item = _items.FirstOrDefault(i => i.AgendaPosition == agendaPosition);
        if (item is null)
        {
            item = new MinutesItem(agendaPosition);
            _items.Add(item);
        }
        item.Set(heard.Trim(), spoke);
        Touch();
    }

    internal Decision AddDecision(DecisionInput input, Guid key)
    {
        var number = _decisions.Count == 0 ? 1 : _decisions.Max(d => d.Number) + 1;
        var decision = new Decision(key, number);
        decision.Set(input);
        _decisions.Add(decision);
        Touch();
        return decision;
    }

    internal void UpdateDecision(Guid key, DecisionInput input)
    {
        Find(key).Set(input);
        Touch();
    }

    internal void RemoveDecision(Guid key)
    {
        _decisions.Remove(Find(key));
        Touch();
    }

    internal void Touch() => Edits++;

    internal void SyncStatus(int present, int absent)
    {
        Status = Route.State switch
        {
            RouteState.Completed => MinutesStatus.Locked,
            RouteState.InProgress => MinutesStatus.Signing,
            _ => MinutesStatus.Draft,
        };
        if (Status == MinutesStatus.Locked)
        {
            SignedAtUtc = Route.Decisions[^1].AtUtc;
            PresentCount = present;
            AbsentCount = absent;
        }
    }

    internal void Supersede() => Status = MinutesStatus.Superseded;

    internal void CopyContentFrom(Minutes source)
    {
        foreach (var item in source._items)
        {
            var copy = new MinutesItem(item.AgendaPosition);
            copy.Set(item.Heard, item.Speeches.OrderBy(s => s.Position).Select(s => new SpeechInput(s.Text, s.SpeakerPersonId, s.SpeakerName)).ToList());
            _items.Add(copy);
        }
        foreach (var decision in source._decisions)
        {
            _decisions.Add(decision.Copy());
        }
    }

    private Decision Find(Guid key) =>
        _decisions.FirstOrDefault(d => d.DecisionKey == key) ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.DecisionNotFound));
}

/// <summary>The minutes of one agenda item: heard (тыңдалды / слушали) and spoke (сөйлегендер / выступили).</summary>
public sealed class MinutesItem
{
    private readonly List<MinutesSpeech> _speeches = [];

    private MinutesItem()
    {
    }

    internal MinutesItem(int agendaPosition) => AgendaPosition = agendaPosition;

    public int Id { get; private set; }
    public int MinutesId { get; private set; }
    public int AgendaPosition { get; private set; }
    public string Heard { get; private set; } = "";
    public IReadOnlyList<MinutesSpeech> Speeches => _speeches;

    internal void Set(string heard, IReadOnlyList<SpeechInput> spoke)
    {
        Heard = heard;
        _speeches.Clear();
        var position = 1;
        foreach (var speech in spoke)
        {
            _speeches.Add(new MinutesSpeech(position++, speech));
        }
    }
}

public sealed class MinutesSpeech
{
    private MinutesSpeech()
    {
    }

    internal MinutesSpeech(int position, SpeechInput input)
    {
        Position = position;
        Text = input.Text.Trim();
        SpeakerPersonId = input.SpeakerPersonId;
        SpeakerName = string.IsNullOrWhiteSpace(input.SpeakerName) ? null : input.SpeakerName.Trim();
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public int Position { get; private set; }
    public int? SpeakerPersonId { get; private set; }
    public string? SpeakerName { get; private set; }
    public string Text { get; private set; } = "";
}

/// <summary>
/// A decision (шешім / постановили) with its responsible person and due date (R22). It stays open until
/// someone marks it done with a note; open decisions carry forward to the body's next meetings.
/// <see cref="DecisionKey"/> is kept by corrections of the minutes.
/// </summary>
public sealed class Decision : IVersioned
{
    private Decision()
    {
    }

    internal Decision(Guid key, int number)
    {
        DecisionKey = key;
        Number = number;
        Status = DecisionStatus.Open;
    }

    public int Id { get; private set; }
    public int MinutesId { get; private set; }
    public Guid DecisionKey { get; private set; }
    public int AgendaPosition { get; private set; }
    /// <summary>Number within the minutes, as printed ("1.", "2.").</summary>
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public DecisionType Type { get; private set; }
    /// <summary>R27: an in-depth study decision needs enough textbooks (S000 cl.5.3).</summary>
    public bool TextbooksSufficient { get; private set; }
    /// <summary>The teacher a nomination, recommendation or exclusion concerns.</summary>
    public int? ConcernsPersonId { get; private set; }
    public int ResponsiblePersonId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DecisionStatus Status { get; private set; }
    public string? DoneNote { get; private set; }
    public int? DoneByPersonId { get; private set; }
    public DateTime? DoneAtUtc { get; private set; }
    public Guid Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status == DecisionStatus.Open && DueDate < today;

    internal void Set(DecisionInput input)
    {
        AgendaPosition = input.AgendaPosition;
        Text = input.Text.Trim();
        Type = input.Type;
        TextbooksSufficient = input.TextbooksSufficient;
        ConcernsPersonId = input.ConcernsPersonId;
        ResponsiblePersonId = input.ResponsiblePersonId;
        DueDate = input.DueDate;
    }

    internal void MarkDone(int personId, string note, DateTime atUtc)
    {
        Status = DecisionStatus.Done;
        DoneNote = note;
        DoneByPersonId = personId;
        DoneAtUtc = atUtc;
    }

    internal Decision Copy()
    {
        var copy = new Decision(DecisionKey, Number);
        copy.Set(new DecisionInput(AgendaPosition, Text, ResponsiblePersonId, DueDate, Type, TextbooksSufficient, ConcernsPersonId));
        copy.Status = Status;
        copy.DoneNote = DoneNote;
        copy.DoneByPersonId = DoneByPersonId;
        copy.DoneAtUtc = DoneAtUtc;
        return copy;
    }
}
