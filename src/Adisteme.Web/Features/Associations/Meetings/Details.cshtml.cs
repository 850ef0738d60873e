using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Doc = Adisteme.Web.Infrastructure.Documents;

namespace Adisteme.Web.Features.Associations.Meetings;

public sealed class AttendanceRow
{
    public int PersonId { get; set; }
    public bool Present { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Every form of the meeting page; each handler reads the fields it needs.</summary>
public sealed class MeetingForm
{
    public Guid Version { get; set; }
    public List<AttendanceRow> Attendance { get; set; } = [];
    public int Position { get; set; }
    public string? Heard { get; set; }
    public int? SpeakerPersonId { get; set; }
    public string? Spoke { get; set; }
    public string? Text { get; set; }
    public int? ResponsiblePersonId { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? Reason { get; set; }
    public int DecisionMeetingId { get; set; }
    public Guid DecisionKey { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// A meeting: agenda, attendance, minutes (heard, spoke, decided), decisions, the body's open decisions
/// from earlier meetings, signing by the chair and the secretary, correction, and the DOCX of the minutes.
/// </summary>
public sealed class DetailsModel(AppDbContext db, BodyAccess access, TimeProvider time, IDocumentWriter<MinutesDocument> writer, IStringLocalizer<SharedResource> s) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public MethodologicalBody Body { get; private set; } = null!;
    public Dictionary<int, string> Names { get; private set; } = [];
    public IReadOnlyList<OpenDecision> OpenDecisions { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public int? Me { get; private set; }

    /// <summary>The minutes on screen: the revision being written or signed, else the signed one.</summary>
    public Minutes? Shown => Meeting.DraftMinutes ?? Meeting.Minutes;

    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int meetingId, CancellationToken ct) =>
        await OpenAsync(meetingId, ct, forView: true) is { } failed ? failed : Page();

    public async Task<IActionResult> OnGetDocxAsync(int meetingId, CancellationToken ct)
    {
        if (await OpenAsync(meetingId, ct) is { } failed)
        {
            return failed;
        }
        if (Shown is not { } minutes)
        {
            return NotFound();
        }
        var (organization, language) = Body.OrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => new { o.Name, o.DocumentLanguage }).SingleAsync(ct) is var o ? (o.Name, o.DocumentLanguage) : default
            : (await db.Districts.Where(d => d.Id == Body.DistrictId).Select(d => d.Name).SingleAsync(ct), Organizations.Domain.DocumentLanguage.Kazakh);
        var document = new MinutesDocument
        {
            OrganizationName = organization,
            BodyName = Body.Name,
            Number = Meeting.Number,
            Date = Meeting.Date,
            PresentCount = Meeting.PresentCount,
            Absent = [.. Meeting.Attendance.Where(a => !a.Present).Select(a => new Absence(Names.NameOf(a.PersonId), a.AbsenceReason))],
            Invited = string.IsNullOrWhiteSpace(Meeting.InvitedGuests) ? [] : [Meeting.InvitedGuests],
            Items = [.. Meeting.Agenda.OrderBy(a => a.Position).Select(a => new Doc.MinutesItem(a.Title, a.SpeakerName ?? Names.NameOf(a.SpeakerPersonId),
                minutes.Items.FirstOrDefault(i => i.AgendaPosition == a.Position)?.Heard ?? "")
            {
                Speeches = [.. (minutes.Items.FirstOrDefault(i => i.AgendaPosition == a.Position)?.Speeches ?? []).OrderBy(x => x.Position)
                    .Select(x => new Speech(x.SpeakerName ?? Names.NameOf(x.SpeakerPersonId), x.Text))],
                Decisions = [.. minutes.Decisions.Where(d => d.AgendaPosition == a.Position).OrderBy(d => d.Number)
                    .Select(d => new Doc.Decision(d.Text, Names.NameOf(d.ResponsiblePersonId), d.DueDate))],
            })],
            ChairName = Names.NameOf(Meeting.ChairPersonId),
            SecretaryName = Names.NameOf(Meeting.SecretaryPersonId),
        };
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"minutes-{Meeting.Number}-{Meeting.Date:yyyy-MM-dd}.docx");
        return File(writer.Write(document, language), DocxBuilder.ContentType, name);
    }

    public Task<IActionResult> OnPostAttendanceAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: true, m => m.RecordAttendance(Body,
            [.. Input.Attendance.Select(a => new AttendanceInput(a.PersonId, a.Present, a.Reason))], time), "Attendance recorded.", ct);

    public Task<IActionResult> OnPostBeginMinutesAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: true, m => m.BeginMinutes(RequireMe(), time), "The minutes have been started.", ct);

    /// <summary>Saves what was heard and adds the speech typed, if any; the speeches already written stay.</summary>
    public Task<IActionResult> OnPostItemAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: true, m => m.WriteItem(Input.Position, Input.Heard ?? "",
            [.. SpeechesOf(m, Input.Position), .. string.IsNullOrWhiteSpace(Input.Spoke) ? [] : new[] { new SpeechInput(Input.Spoke, Input.SpeakerPersonId) }]), "Changes saved.", ct);

    /// <summary>The speeches the minutes being written already hold for an agenda item.</summary>
    private static IEnumerable<SpeechInput> SpeechesOf(Meeting meeting, int position) =>
        (meeting.DraftMinutes?.Items.FirstOrDefault(i => i.AgendaPosition == position)?.Speeches ?? [])
            .OrderBy(x => x.Position).Select(x => new SpeechInput(x.Text, x.SpeakerPersonId, x.SpeakerName));

    public Task<IActionResult> OnPostDecisionAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: true, m =>
        {
            if (Input.ResponsiblePersonId is not { } responsible || Input.DueDate is not { } due)
            {
                throw new DomainException(RuleCatalog.R22.Error(RuleMessages.InvalidInput).For("ResponsiblePersonId"));
            }
            m.AddDecision(new DecisionInput(Input.Position, Input.Text ?? "", responsible, due));
        }, "Changes saved.", ct);

    public Task<IActionResult> OnPostSignAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: false, m => m.Sign(RouteActor.Person(RequireMe()), Body, time), "The minutes have been signed.", ct);

    public Task<IActionResult> OnPostCorrectionAsync(int meetingId, CancellationToken ct) =>
        ChangeAsync(meetingId, edit: true, m => m.StartCorrection(RequireMe(), Input.Reason ?? "", time), "A correction of the minutes has been started.", ct);

    public async Task<IActionResult> OnPostDoneAsync(int meetingId, CancellationToken ct)
    {
        if (await OpenAsync(meetingId, ct) is { } failed)
        {
            return failed;
        }
        var earlier = await MeetingData.MeetingAsync(db, Input.DecisionMeetingId, ct);
        if (earlier is null || earlier.BodyId != Body.Id)
        {
            return NotFound();
        }
        return await SaveAsync(() => earlier.MarkDecisionDone(Input.DecisionKey, RequireMe(), Body, Input.Note ?? "", time), "The decision is marked done.", ct);
    }

    private async Task<IActionResult> ChangeAsync(int meetingId, bool edit, Action<Meeting> change, string done, CancellationToken ct)
    {
        if (await OpenAsync(meetingId, ct) is { } failed)
        {
            return failed;
        }
        if (edit && !CanEdit)
        {
            return Forbid();
        }
        db.ExpectMeetingVersion(Meeting, Input.Version);
        return await SaveAsync(() => change(Meeting), done, ct);
    }

    private async Task<IActionResult> SaveAsync(Action change, string done, CancellationToken ct)
    {
        try
        {
            change();
        }
        catch (DomainException refused)
        {
            refused.ToValidationErrors(s).CopyTo(ModelState);
            return Page();
        }
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("", s[Concurrency.Message]);
            await OpenAsync(Meeting.Id, ct);
            return Page();
        }
        TempData["Message"] = s[done].Value;
        return RedirectToPage(new { meetingId = Meeting.Id });
    }

    private int RequireMe() => Me ?? throw new DomainException(RuleCatalog.Input.Error(NotStaff));

    public const string NotStaff = "Your login is not linked to a staff member.";

    /// <summary>
    /// Loads the meeting and its body; a result when the user may not see it (404). <paramref name="forView"/>: only what
    /// the page shows (see <see cref="MeetingData.MeetingForViewAsync"/>), for a GET; the handlers that change the meeting load it whole.
    /// </summary>
    private async Task<IActionResult?> OpenAsync(int meetingId, CancellationToken ct, bool forView = false)
    {
        if (await access.FindOfMeetingAsync(meetingId, ct) is not { } place)
        {
            return NotFound();
        }
        CanEdit = await access.CanEditWorkAsync(place, ct);
        Me = await access.CurrentPersonIdAsync(ct);
        Meeting = (forView ? await MeetingData.MeetingForViewAsync(db, meetingId, ct) : await MeetingData.MeetingAsync(db, meetingId, ct))!;
        Body = forView ? await MeetingData.BodyForViewAsync(db, place.BodyId, ct) : await MeetingData.BodyAsync(db, place.BodyId, ct);
        OpenDecisions = await MeetingData.OpenDecisionsAsync(db, Body.Id, Meeting.Date, LocalTime.Today(time, place.Country), ct);
        var people = Body.Memberships.Select(m => m.PersonId)
            .Concat(Meeting.Attendance.Select(a => a.PersonId))
            .Concat(Meeting.Agenda.Where(a => a.SpeakerPersonId is not null).Select(a => a.SpeakerPersonId!.Value))
            .Concat(Meeting.MinutesRevisions.SelectMany(r => r.Decisions).Select(d => d.ResponsiblePersonId))
            .Concat(Meeting.MinutesRevisions.SelectMany(r => r.Items).SelectMany(i => i.Speeches).Where(x => x.SpeakerPersonId is not null).Select(x => x.SpeakerPersonId!.Value))
            .Concat(new[] { Meeting.ChairPersonId, Meeting.SecretaryPersonId }.OfType<int>());
        Names = await MeetingData.NamesAsync(db, people, ct);
        if (Input.Version == Guid.Empty || !ModelState.IsValid)
        {
            Input.Version = Meeting.Version;
        }
        return null;
    }
}
