using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Meetings;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations.Api;

/// <summary>A meeting to schedule, as POST /api/v1/bodies/{id}/meetings takes it.</summary>
public sealed class ScheduleMeetingRequest
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date")]
    [Description("Inside the school year; the meeting is numbered among the body's meetings by date.")]
    public DateOnly? Date { get; set; }

    [Description("Local time, as \"15:00\".")]
    public TimeOnly? StartTime { get; set; }

    [Description("A place or an online link is required.")]
    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public List<AgendaItemRequest> Agenda { get; set; } = [];
}

public sealed record AgendaItemRequest(string? Title, [property: Description("A member of the body who reports.")] int? SpeakerPersonId);

/// <summary>Who was present and who was absent with the reason, as PUT /api/v1/meetings/{id}/attendance takes it.</summary>
public sealed record AttendanceRequest(List<AttendanceItemRequest>? Attendance);

public sealed record AttendanceItemRequest(int PersonId, bool Present, string? AbsenceReason);

/// <summary>Heard and spoke for one agenda item, as PUT /api/v1/meetings/{id}/minutes/items/{position} takes it.</summary>
public sealed record MinutesItemRequest(string? Heard, List<SpeechRequest>? Spoke);

public sealed record SpeechRequest(string? Text, int? SpeakerPersonId);

/// <summary>A decision of an agenda item, as POST /api/v1/meetings/{id}/minutes/decisions takes it.</summary>
public sealed record DecisionRequest(int AgendaPosition, string? Text, int ResponsiblePersonId, DateOnly DueDate, DecisionType Type = DecisionType.General);

/// <summary>
/// A body's meetings and their minutes, through the same <see cref="Meeting"/> methods as the meeting pages
/// (R21 minutes need attendance and two signatures, R22 decisions with responsible and due date, R28 attendance).
/// Every change to a meeting needs If-Match with the meeting's ETag.
/// </summary>
internal static class MeetingEndpoints
{
    public static void MapReads(RouteGroupBuilder api)
    {
        api.MapGet("/bodies/{id:int}/meetings", ListAsync).WithTags("Association meetings").AsPagedList().WithName("ListMeetings")
            .WithSummary("List a body's meetings of a school year, by date")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/meetings/{id:int}", GetAsync).WithTags("Association meetings").WithName("GetMeeting")
            .WithSummary("Get a meeting: agenda, attendance, minutes (heard, spoke, decided), decisions and signatures")
            .WithDescription("The minutes shown are the revision being written or signed, else the signed one. The ETag is the version to send as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapWrites(RouteGroupBuilder writes)
    {
        writes.MapPost("/bodies/{id:int}/meetings", ScheduleAsync).WithTags("Association meetings").WithName("ScheduleMeeting")
            .WithSummary("Schedule a meeting of a body")
            .WithDescription("By the head, the secretary or the body's managers. Date inside the school year, a place or an online link.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var meeting = writes.MapGroup("/meetings/{id:int}").WithTags("Association meetings");
        Versioned(meeting.MapPut("/attendance", AttendanceAsync).WithName("RecordAttendance").WithSummary("Record who was present and who was absent"),
            "Only members of the body, once the meeting has begun; an absence needs its reason (R28).");
        Versioned(meeting.MapPost("/minutes", BeginMinutesAsync).WithName("BeginMinutes").WithSummary("Start the minutes of the meeting"),
            "Only once attendance is recorded (R21).");
        Versioned(meeting.MapPut("/minutes/items/{position:int}", WriteItemAsync).WithName("WriteMinutesItem")
            .WithSummary("Write what was heard and who spoke on an agenda item"), "While the minutes are not signed.");
        Versioned(meeting.MapPost("/minutes/decisions", AddDecisionAsync).WithName("AddDecision")
            .WithSummary("Add a decision of an agenda item"), "With the responsible member and the due date (R22).");
        Versioned(meeting.MapPost("/minutes/sign", SignAsync).WithName("SignMinutes")
            .WithSummary("Sign the minutes as the chair or the secretary"),
            "The first signature checks the minutes are complete (R21, R22); nobody signs twice. With both signatures the minutes are locked.");
    }

    private static void Versioned(RouteHandlerBuilder builder, string description) =>
        builder.WithDescription(description + PlanEndpoints.WriteHelp).VersionedWrite().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<Paged<MeetingSummary>>, ProblemHttpResult>> ListAsync(int id, [AsParameters] PageRequest paging,
        [Description("The first calendar year of the school year (2026 for 2026–2027); the current one when left out.")] int? year,
        AppDbContext db, BodyAccess bodies, TimeProvider time, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is not { } place)
        {
            return ApiProblems.NotFound();
        }
        var country = await MeetingData.CountryAsync(db, place.Scope.DistrictId!.Value, ct);
        var start = year ?? SchoolCalendar.StartYearOf(LocalTime.Today(time, country));
        var meetings = db.Meetings.AsNoTracking()
            .Where(m => m.BodyId == id && db.SchoolYears.Any(y => y.Id == m.SchoolYearId && y.StartYear == start))
            .OrderBy(m => m.Date).ThenBy(m => m.Number).ThenBy(m => m.Id);
        return TypedResults.Ok(await meetings.ToPagedAsync(
            m => new MeetingSummary(m.Id, m.Number, m.Date, m.StartMinutes, m.Place, m.OnlineLink, m.Status, m.Version), paging, ct));
    }

    private static async Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, BodyAccess bodies,
        HttpResponse response, CancellationToken ct)
    {
        var bodyId = await db.Meetings.Where(m => m.Id == id).Select(m => (int?)m.BodyId).SingleOrDefaultAsync(ct);
        return bodyId is null || await bodies.FindAsync(bodyId.Value, ct) is null
            ? ApiProblems.NotFound()
            : response.OkWithETag(await LoadAsync(db, id, ct));
    }

    private static async Task<Results<Created<MeetingResponse>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(int id, ScheduleMeetingRequest input,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var (_, denied) = await writes.CheckAsync(id, p => bodies.CanEditWorkAsync(p, ct), ct);
        if (denied is not null)
        {
            return denied;
        }
        var errors = AnnotationCheck.Validate(input, writes.S);
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var body = await MeetingData.BodyAsync(db, id, ct);
        var country = await MeetingData.CountryAsync(db, body.DistrictId, ct);
        if (await MeetingData.CurrentYearAsync(db, country, time, ct) is not { } year)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, writes.S["The school year is not set up."]);
        }
        var others = await db.Meetings.Where(m => m.BodyId == id && m.SchoolYearId == year.Id).ToListAsync(ct);
        Meeting meeting;
        try
        {
            meeting = Meeting.Schedule(body, year, others, new MeetingInput(input.Date!.Value,
                [.. input.Agenda.Where(a => !string.IsNullOrWhiteSpace(a.Title)).Select(a => new AgendaItemInput(a.Title!.Trim(), a.SpeakerPersonId))],
                input.Place, input.OnlineLink, input.StartTime is { } t ? t.Hour * 60 + t.Minute : null));
        }
        catch (DomainException refused)
        {
            return writes.Refused(refused);
        }
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        var created = await LoadAsync(db, meeting.Id, ct);
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", created);
    }

    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> AttendanceAsync(int id, AttendanceRequest input, MeetingChange change,
        TimeProvider time, CancellationToken ct) =>
        change.ApplyAsync(id, edit: true, (meeting, body, _) => meeting.RecordAttendance(body,
            [.. (input.Attendance ?? []).Select(a => new AttendanceInput(a.PersonId, a.Present, a.AbsenceReason))], time), ct);

    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> BeginMinutesAsync(int id, MeetingChange change, TimeProvider time, CancellationToken ct) =>
        change.ApplyAsync(id, edit: true, (meeting, _, me) => meeting.BeginMinutes(MeetingChange.Require(me), time), ct);

    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> WriteItemAsync(int id, int position, MinutesItemRequest input,
        MeetingChange change, CancellationToken ct) =>
        change.ApplyAsync(id, edit: true, (meeting, _, _) => meeting.WriteItem(position, input.Heard ?? "",
            [.. (input.Spoke ?? []).Where(x => !string.IsNullOrWhiteSpace(x.Text)).Select(x => new SpeechInput(x.Text!, x.SpeakerPersonId))]), ct);

    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> AddDecisionAsync(int id, DecisionRequest input, MeetingChange change, CancellationToken ct) =>
        change.ApplyAsync(id, edit: true, (meeting, _, _) =>
            meeting.AddDecision(new DecisionInput(input.AgendaPosition, input.Text ?? "", input.ResponsiblePersonId, input.DueDate, input.Type)), ct);

    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> SignAsync(int id, MeetingChange change, TimeProvider time, CancellationToken ct) =>
        change.ApplyAsync(id, edit: false, (meeting, body, me) => meeting.Sign(RouteActor.Person(MeetingChange.Require(me)), body, time), ct);

    /// <summary>The meeting as GET /meetings/{id} answers it: the aggregate in one split query, the names in one more.</summary>
    internal static async Task<MeetingResponse> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var meeting = (await MeetingData.MeetingAsync(db, id, ct))!;
        var minutes = meeting.DraftMinutes ?? meeting.Minutes;
        var names = await MeetingData.NamesAsync(db, meeting.Attendance.Select(a => a.PersonId)
            .Concat(meeting.Agenda.Select(a => a.SpeakerPersonId).OfType<int>())
            .Concat(meeting.MinutesRevisions.SelectMany(r => r.Decisions).Select(d => d.ResponsiblePersonId))
            .Concat(meeting.MinutesRevisions.SelectMany(r => r.Items).SelectMany(i => i.Speeches).Select(x => x.SpeakerPersonId).OfType<int>())
            .Concat(meeting.MinutesRevisions.SelectMany(r => r.Route.Steps).Select(s => s.AssigneePersonId).OfType<int>())
            .Concat(new[] { meeting.ChairPersonId, meeting.SecretaryPersonId }.OfType<int>()), ct);
        PersonRef Person(int personId) => new(personId, names.NameOf(personId));
        PersonRef? Maybe(int? personId) => personId is { } p ? Person(p) : null;
        return new MeetingResponse(meeting.Id, meeting.BodyId, meeting.Number, meeting.Date, meeting.StartMinutes, meeting.Place, meeting.OnlineLink,
            meeting.Status, Maybe(meeting.ChairPersonId), Maybe(meeting.SecretaryPersonId),
            [.. meeting.Agenda.OrderBy(a => a.Position).Select(a => new AgendaItemResponse(a.Position, a.Title, Maybe(a.SpeakerPersonId), a.SpeakerName))],
            [.. meeting.Attendance.OrderBy(a => names.NameOf(a.PersonId), StringComparer.Ordinal)
                .Select(a => new AttendanceResponse(Person(a.PersonId), a.Present, a.AbsenceReason))],
            minutes is null ? null : new MinutesResponse(minutes.Revision, minutes.Status, minutes.CorrectionReason,
                [.. minutes.Items.OrderBy(i => i.AgendaPosition).Select(i => new MinutesItemResponse(i.AgendaPosition, i.Heard,
                    [.. i.Speeches.OrderBy(x => x.Position).Select(x => new SpeechResponse(Maybe(x.SpeakerPersonId), x.SpeakerName, x.Text))],
                    [.. minutes.Decisions.Where(d => d.AgendaPosition == i.AgendaPosition).OrderBy(d => d.Number).Select(d => d.Number)]))],
                [.. minutes.Decisions.OrderBy(d => d.Number).Select(d => new DecisionResponse(d.DecisionKey, d.Number, d.AgendaPosition, d.Text, d.Type,
                    Person(d.ResponsiblePersonId), d.DueDate, d.Status, d.DoneNote))],
                Signatures(meeting, minutes, Person)),
            meeting.Version);
    }

    /// <summary>The chair's and the secretary's signatures: the route's steps once signing began, else the two still to sign.</summary>
    private static SignatureResponse[] Signatures(Meeting meeting, Minutes minutes, Func<int, PersonRef> person)
    {
        var steps = minutes.Route.Steps.Where(s => s.Kind == StepKind.Sign && s.AssigneePersonId is not null).OrderBy(s => s.Position).ToList();
        return steps.Count > 0
            ? [.. steps.Select(s => new SignatureResponse(person(s.AssigneePersonId!.Value), s.DecidedAtUtc))]
            : [.. new[] { meeting.ChairPersonId, meeting.SecretaryPersonId }.OfType<int>().Distinct().Select(p => new SignatureResponse(person(p), null))];
    }
}

/// <summary>A change to a meeting for the API, in the meeting page's order: the body's verdict, If-Match, the domain method, one audited save.</summary>
public sealed class MeetingChange(AppDbContext db, BodyAccess bodies, ApiWrites writes, IHttpContextAccessor http)
{
    /// <summary>The caller's staff record where the minutes name them; refused as on the page when the login has none.</summary>
    public static int Require(int? me) => me ?? throw new DomainException(RuleCatalog.Input.Error(Meetings.DetailsModel.NotStaff));

    /// <summary>
    /// Loads the meeting and its body and applies <paramref name="change"/>. <paramref name="edit"/>: whether the change needs the head,
    /// the secretary or a manager; signing needs only sight of the body (the route checks the signer).
    /// </summary>
    public async Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> ApplyAsync(int meetingId, bool edit, Action<Meeting, MethodologicalBody, int?> change,
        CancellationToken ct)
    {
        var bodyId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (int?)m.BodyId).SingleOrDefaultAsync(ct);
        if (bodyId is null)
        {
            return ApiProblems.NotFound();
        }
        var (_, denied) = await writes.CheckAsync(bodyId.Value, p => edit ? bodies.CanEditWorkAsync(p, ct) : Task.FromResult(true), ct);
        if (denied is not null)
        {
            return denied;
        }
        var context = http.HttpContext!;
        if (ApiWrites.IfMatch(context.Request) is not { } expected)
        {
            return writes.VersionRequired();
        }
        var me = await bodies.CurrentPersonIdAsync(ct);
        var meeting = (await MeetingData.MeetingAsync(db, meetingId, ct))!;
        var body = await MeetingData.BodyAsync(db, bodyId.Value, ct);
        return await writes.ApplyAsync(meeting, expected, () =>
        {
            change(meeting, body, me);
            return Task.CompletedTask;
        }, () => MeetingEndpoints.LoadAsync(db, meetingId, ct), context.Response, ct);
    }
}
