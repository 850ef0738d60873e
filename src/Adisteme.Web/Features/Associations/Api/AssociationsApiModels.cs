using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Api;

namespace Adisteme.Web.Features.Associations.Api;

// Response records of the Associations API. Bodies, plans and meetings carry the Version their writes
// send back (If-Match): the body's for memberships, the plan's latest version's for plan changes, the
// meeting's for attendance and minutes.

/// <summary>A person named in an answer: id and full name (or surname with initials where the screens use them).</summary>
public sealed record PersonRef(int Id, string Name);

/// <summary>A body in a list: kind, owner, status, members and the current head.</summary>
public sealed record BodySummary(int Id, string Name, BodyKind Kind, BodyScope Scope, BodyStatus Status, int DistrictId, int? OrganizationId,
    string OwnerName, int MemberCount, string? HeadName, Guid Version);

/// <summary>One body: its active members, the current head with the term of the order, the curator and the status.</summary>
public sealed record BodyResponse(int Id, string Name, BodyKind Kind, BodyScope Scope, MoAudience? Audience, BodyStatus Status,
    int DistrictId, int? OrganizationId, string OwnerName, DateOnly CreatedOn, DateOnly? ActivatedOn, DateOnly? ClosedOn,
    int MemberCount, HeadResponse? Head, PersonRef? Curator, IReadOnlyList<MemberResponse> Members, Guid Version) : IVersionedResponse;

/// <summary>The head appointed by order: the order and the term it sets.</summary>
public sealed record HeadResponse(int AppointmentId, string Name, string OrderNumber, DateOnly OrderDate, DateOnly TermStart, DateOnly TermEnd);

public sealed record MemberResponse(int PersonId, string Name, MembershipRole Role, CouncilMemberCategory? Category, string Organization, DateOnly JoinedOn);

/// <summary>A membership, current or ended, with the reason it ended.</summary>
public sealed record MembershipResponse(int PersonId, string Name, MembershipRole Role, CouncilMemberCategory? Category, int OrganizationId,
    DateOnly JoinedOn, DateOnly? LeftOn, MembershipEndReason? EndReason);

/// <summary>
/// A body's plan of one school year as it stands: the version being written or decided, else the approved one.
/// <see cref="Version"/> (also the ETag) is the token of the plan's latest version, which every plan change sends as If-Match.
/// </summary>
public sealed record PlanResponse(int PlanId, int BodyId, int SchoolYear, string SchoolYearTitle, int VersionNumber, PlanVersionKind Kind,
    PlanStatus Status, string Theme, string SchoolTheme, string Goal, IReadOnlyList<string> Tasks, IReadOnlyList<string> Directions,
    IReadOnlyList<PlanMonthResponse> Months, RouteResponse Route, IReadOnlyList<PlanVersionSummary> History, IReadOnlyList<string> Warnings,
    Guid Version) : IVersionedResponse;

public sealed record PlanMonthResponse(int Month, IReadOnlyList<PlanItemResponse> Items);

public sealed record PlanItemResponse(Guid Key, int Position, string Content, WorkForm Form, DateOnly StartsOn, DateOnly EndsOn, string? ExpectedResult,
    IReadOnlyList<PersonRef> Responsible, ItemCompletion Completion, bool Done, string? CompletionNote, string? NotDoneReason);

/// <summary>Every version of the plan (the original and its amendments) with its status.</summary>
public sealed record PlanVersionSummary(int Number, PlanVersionKind Kind, PlanStatus Status, string? AmendmentReason, DateTime CreatedAtUtc);

/// <summary>The approval route: its state, the steps (who decides, who decided) and every decision taken, oldest first.</summary>
public sealed record RouteResponse(RouteState State, int Round, IReadOnlyList<RouteStepResponse> Steps, IReadOnlyList<RouteDecisionResponse> Decisions);

public sealed record RouteStepResponse(int Stage, StepKind Kind, string? Role, PersonRef? Assignee, PersonRef? DecidedBy, DateTime? DecidedAtUtc);

public sealed record RouteDecisionResponse(int Sequence, int Round, RouteAction Action, PersonRef Person, DateTime AtUtc, string? Comment);

/// <summary>A meeting in the body's list.</summary>
public sealed record MeetingSummary(int Id, int Number, DateOnly Date, int? StartMinutes, string? Place, string? OnlineLink, MeetingStatus Status, Guid Version);

/// <summary>
/// One meeting: agenda, attendance and the minutes on their way (else the signed ones) with heard, spoke and
/// decided per agenda item, the decisions and the signatures. <see cref="Version"/> (also the ETag) guards every change.
/// </summary>
public sealed record MeetingResponse(int Id, int BodyId, int Number, DateOnly Date, int? StartMinutes, string? Place, string? OnlineLink,
    MeetingStatus Status, PersonRef? Chair, PersonRef? Secretary, IReadOnlyList<AgendaItemResponse> Agenda,
    IReadOnlyList<AttendanceResponse> Attendance, MinutesResponse? Minutes, Guid Version) : IVersionedResponse;

public sealed record AgendaItemResponse(int Position, string Title, PersonRef? Speaker, string? SpeakerName);

public sealed record AttendanceResponse(PersonRef Person, bool Present, string? AbsenceReason);

public sealed record MinutesResponse(int Revision, MinutesStatus Status, string? CorrectionReason, IReadOnlyList<MinutesItemResponse> Items,
    IReadOnlyList<DecisionResponse> Decisions, IReadOnlyList<SignatureResponse> Signatures);

public sealed record MinutesItemResponse(int AgendaPosition, string Heard, IReadOnlyList<SpeechResponse> Spoke, IReadOnlyList<int> Decided);

public sealed record SpeechResponse(PersonRef? Speaker, string? SpeakerName, string Text);

public sealed record DecisionResponse(Guid Key, int Number, int AgendaPosition, string Text, DecisionType Type, PersonRef Responsible, DateOnly DueDate,
    DecisionStatus Status, string? DoneNote);

/// <summary>A signature the minutes need: the chair's or the secretary's, and when it was given (null while missing).</summary>
public sealed record SignatureResponse(PersonRef Signer, DateTime? SignedAtUtc);
