using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations.Meetings;

/// <summary>An open decision of an earlier meeting of the body, carried forward to the next ones.</summary>
public sealed record OpenDecision(int MeetingId, int MeetingNumber, DateOnly MeetingDate, Guid DecisionKey, string Text, string Responsible, DateOnly DueDate, bool Overdue);

/// <summary>Loading of the meeting aggregates and of what the meeting screens show around them.</summary>
public static class MeetingData
{
    public static Task<MethodologicalBody> BodyAsync(AppDbContext db, int bodyId, CancellationToken ct) =>
        db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).Include(b => b.Subjects)
            .AsSplitQuery().SingleAsync(b => b.Id == bodyId, ct);

    public static Task<Meeting?> MeetingAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        db.Meetings
            .Include(m => m.Agenda).Include(m => m.Attendance)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Route).ThenInclude(r => r.Steps)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Route).ThenInclude(r => r.Decisions)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Items).ThenInclude(i => i.Speeches)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Decisions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, ct);

    /// <summary>The body with its members only, for showing (the rules' other parts are not read).</summary>
    public static Task<MethodologicalBody> BodyForViewAsync(AppDbContext db, int bodyId, CancellationToken ct) =>
        db.MethodologicalBodies.AsNoTracking().Include(b => b.Memberships).SingleAsync(b => b.Id == bodyId, ct);

    /// <summary>
    /// The meeting as its page shows it, in a few round trips: agenda, attendance, and the minutes in force and being
    /// written (superseded revisions are history the page does not show) with their items, speeches, decisions and
    /// signing steps. Tracked so that the separate queries fix up into one aggregate; never saved.
    /// </summary>
    public static async Task<Meeting?> MeetingForViewAsync(AppDbContext db, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Agenda).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return null;
        }
        await db.Set<Attendance>().Where(a => a.MeetingId == meetingId).LoadAsync(ct);
        var revisions = (await db.MeetingMinutes.Include(r => r.Route).ThenInclude(r => r.Steps)
            .Where(r => r.MeetingId == meetingId && r.Status != MinutesStatus.Superseded).OrderBy(r => r.Id).ToListAsync(ct))
            .Select(r => r.Id).ToList();
        if (revisions.Count > 0)
        {
            await db.Set<MinutesItem>().Where(i => revisions.Contains(i.MinutesId)).OrderBy(i => i.Id).Include(i => i.Speeches).LoadAsync(ct);
            await db.MeetingDecisions.Where(d => revisions.Contains(d.MinutesId)).OrderBy(d => d.Id).LoadAsync(ct);
        }
        return meeting;
    }

    /// <summary>The country whose school calendar the body follows.</summary>
    public static Task<Country> CountryAsync(AppDbContext db, int districtId, CancellationToken ct) =>
        db.Districts.Where(d => d.Id == districtId).Select(d => db.Regions.Where(r => r.Id == d.RegionId).Select(r => r.Country).First()).SingleAsync(ct);

    /// <summary>The school year of today (Asia/Almaty), or null when it is not set up.</summary>
    public static async Task<SchoolYear?> CurrentYearAsync(AppDbContext db, Country country, TimeProvider time, CancellationToken ct)
    {
        var start = SchoolCalendar.StartYearOf(LocalTime.Today(time, country));
        return await db.SchoolYears.Include(y => y.Quarters).SingleOrDefaultAsync(y => y.Country == country && y.StartYear == start, ct);
    }

    /// <summary>"Surname N. P." of the given people, one query.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(AppDbContext db, IEnumerable<int> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Surname, p.Name, p.Patronymic }).ToListAsync(ct);
        return rows.ToDictionary(p => p.Id, p => PersonName.SurnameWithInitials(p.Surname, p.Name, p.Patronymic));
    }

    public static string NameOf(this Dictionary<int, string> names, int? personId) =>
        personId is { } id && names.TryGetValue(id, out var name) ? name : "";

    /// <summary>Open decisions of the body's signed minutes of meetings before <paramref name="before"/>.</summary>
    public static async Task<List<OpenDecision>> OpenDecisionsAsync(AppDbContext db, int bodyId, DateOnly before, DateOnly today, CancellationToken ct)
    {
        var rows = await (
            from d in db.MeetingDecisions
            join r in db.MeetingMinutes on d.MinutesId equals r.Id
            join m in db.Meetings on r.MeetingId equals m.Id
            where m.BodyId == bodyId && m.Date < before && r.Status == MinutesStatus.Locked && d.Status == DecisionStatus.Open
            orderby m.Date, d.Number
            select new
            {
                m.Id, m.Number, m.Date, d.DecisionKey, d.Text, d.DueDate,
                Responsible = db.People.Where(p => p.Id == d.ResponsiblePersonId).Select(p => new { p.Surname, p.Name, p.Patronymic }).First(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new OpenDecision(r.Id, r.Number, r.Date, r.DecisionKey, r.Text,
            PersonName.SurnameWithInitials(r.Responsible.Surname, r.Responsible.Name, r.Responsible.Patronymic), r.DueDate, r.DueDate < today)).ToList();
    }

    /// <summary>Checks the row against the version the form carried and bumps it, even when only the meeting's parts changed.</summary>
    public static void ExpectMeetingVersion(this AppDbContext db, Meeting meeting, Guid version)
    {
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        db.Entry(meeting).Property(m => m.Version).IsModified = true;
    }

    /// <summary>"15:00" from minutes after midnight.</summary>
    public static string Clock(int? minutes) =>
        minutes is { } m ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m / 60:00}:{m % 60:00}") : "";
}
