using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations.Meetings;

public sealed class AgendaRow
{
    [Display(Name = "Agenda item")]
    public string? Title { get; set; }

    [Display(Name = "Speaker")]
    public int? SpeakerPersonId { get; set; }
}

public sealed class ScheduleInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Start time")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Place")]
    public string? Place { get; set; }

    [Display(Name = "Online link")]
    public string? OnlineLink { get; set; }

    public List<AgendaRow> Agenda { get; set; } = [];
}

public sealed record MeetingRow(int Id, int Number, DateOnly Date, int? StartMinutes, string? Place, string? OnlineLink, MeetingStatus Status);

/// <summary>The body's meetings of the school year, the regulation's frequency check, and scheduling.</summary>
public sealed class IndexModel(AppDbContext db, BodyAccess access, TimeProvider time, IOptions<AssociationRulesOptions> options, IStringLocalizer<SharedResource> s) : PageModel
{
    public const int AgendaRows = 5;

    public MethodologicalBody Body { get; private set; } = null!;
    public SchoolYear? Year { get; private set; }
    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];
    public MeetingFrequency? Frequency { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Members { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int bodyId, CancellationToken ct)
    {
        if (await access.FindAsync(bodyId, ct) is not { } place)
        {
            return NotFound();
        }
        CanEdit = await access.CanEditWorkAsync(place, ct);
        await LoadAsync(bodyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int bodyId, CancellationToken ct)
    {
        if (await access.FindAsync(bodyId, ct) is not { } place)
        {
            return NotFound();
        }
        if (!await access.CanEditWorkAsync(place, ct))
        {
            return Forbid();
        }
        CanEdit = true;
        await LoadAsync(bodyId, ct);
        if (Year is null)
        {
            ModelState.AddModelError("", s["The school year is not set up."]);
        }
        if (!ModelState.IsValid || Year is null)
        {
            return Page();
        }
        var agenda = Input.Agenda.Where(a => !string.IsNullOrWhiteSpace(a.Title)).Select(a => new AgendaItemInput(a.Title!.Trim(), a.SpeakerPersonId)).ToList();
        var others = await db.Meetings.Where(m => m.BodyId == bodyId && m.SchoolYearId == Year.Id).ToListAsync(ct);
        try
        {
            var meeting = Meeting.Schedule(Body, Year, others, new MeetingInput(Input.Date!.Value, agenda, Input.Place, Input.OnlineLink,
                Input.StartTime is { } t ? t.Hour * 60 + t.Minute : null));
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = s["Meeting No. {0} has been scheduled.", meeting.Number].Value;
            return RedirectToPage(new { bodyId });
        }
        catch (DomainException refused)
        {
            refused.ToValidationErrors(s).CopyTo(ModelState);
            return Page();
        }
    }

    private async Task LoadAsync(int bodyId, CancellationToken ct)
    {
        Body = await MeetingData.BodyAsync(db, bodyId, ct);
        var country = await MeetingData.CountryAsync(db, Body.DistrictId, ct);
        Year = await MeetingData.CurrentYearAsync(db, country, time, ct);
        var today = LocalTime.Today(time, country);
        var names = await MeetingData.NamesAsync(db, Body.ActiveMembers.Select(m => m.PersonId), ct);
        Members = [.. Body.ActiveMembers.Select(m => (m.PersonId, names.NameOf(m.PersonId))).OrderBy(m => m.Item2, StringComparer.Create(CultureInfo.CurrentCulture, false))];
        while (Input.Agenda.Count < AgendaRows)
        {
            Input.Agenda.Add(new AgendaRow());
        }
        if (Year is null)
        {
            return;
        }
        var meetings = await db.Meetings.Where(m => m.BodyId == bodyId && m.SchoolYearId == Year.Id).ToListAsync(ct);
        Meetings = [.. meetings.OrderBy(m => m.Status == MeetingStatus.Cancelled).ThenBy(m => m.Date).ThenBy(m => m.Number)
            .Select(m => new MeetingRow(m.Id, m.Number, m.Date, m.StartMinutes, m.Place, m.OnlineLink, m.Status))];
        Frequency = MeetingFrequencyRule.Evaluate(Body, Year, meetings, today, options.Value);
    }
}
