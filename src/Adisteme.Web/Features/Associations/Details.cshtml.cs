using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

public sealed record MemberRow(int PersonId, string Name, MembershipRole Role, CouncilMemberCategory? Category, string Organization, DateOnly JoinedOn);

public sealed record HeadRow(int Id, string Name, string OrderNumber, DateOnly OrderDate, DateOnly TermStart, DateOnly TermEnd,
    DateOnly? EndedOn, HeadTermEndReason? EndReason, string? EndOrderNumber, DateOnly? EndOrderDate);

public sealed record PlanSummary(string Theme, string Goal, IReadOnlyList<string> Tasks, PlanStatus Status);

public sealed record OpenDecisionRow(int Number, string Text, string Responsible, DateOnly DueDate, int MeetingNumber, DateOnly MeetingDate);

/// <summary>The body's page: members, current head, this year's theme, goal and tasks, links to plan and meetings, open decisions.</summary>
public sealed class DetailsModel(AppDbContext db, BodyAccess bodies, TimeProvider time) : PageModel
{
    public BodyRow Body { get; private set; } = null!;
    public MoAudience? Audience { get; private set; }
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public HeadRow? Head { get; private set; }
    public PlanSummary? Plan { get; private set; }
    public IReadOnlyList<OpenDecisionRow> OpenDecisions { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is not { } place)
        {
            return NotFound();
        }
        CanManage = await bodies.CanManageAsync(place, ct);
        Today = LocalTime.Today(time);
        var today = Today;
        var body = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Id, b.Name, b.Kind, b.Scope, b.Status, b.MemberCount, b.Audience,
                Owner = b.OrganizationId != null
                    ? db.Organizations.Where(o => o.Id == b.OrganizationId).Select(o => o.Name).First()
                    : db.Districts.Where(d => d.Id == b.DistrictId).Select(d => d.Name).First(),
            })
            .SingleAsync(ct);
        Audience = body.Audience;
        Members = await MembersAsync(db, id, ct);
        Head = (await HistoryAsync(db, id, ct)).FirstOrDefault(h => h.EndedOn == null && h.TermStart <= today && h.TermEnd >= today);
        Body = new BodyRow(body.Id, body.Name, body.Kind, body.Scope, body.Status, body.Owner, body.MemberCount, Head?.Name);
        // The plan of the school year that contains today in the body's country (none when that year is not set up).
        var startYear = SchoolCalendar.StartYearOf(today);
        var plan = await db.WorkPlans.AsNoTracking()
            .Where(p => p.BodyId == id && db.SchoolYears.Any(y => y.Id == p.SchoolYearId && y.Country == place.Country && y.StartYear == startYear))
            .SelectMany(p => p.Versions).OrderByDescending(v => v.Number)
            .Select(v => new { v.Theme, v.Goal, v.Status, Tasks = v.Tasks.OrderBy(t => t.Position).Select(t => t.Text).ToList() })
            .FirstOrDefaultAsync(ct);
        Plan = plan is null ? null : new PlanSummary(plan.Theme, plan.Goal, plan.Tasks, plan.Status);
        OpenDecisions = await (
                from d in db.MeetingDecisions
                join m in db.MeetingMinutes on d.MinutesId equals m.Id
                join meeting in db.Meetings on m.MeetingId equals meeting.Id
                where meeting.BodyId == id && d.Status == DecisionStatus.Open && m.Status != MinutesStatus.Superseded
                orderby d.DueDate
                select new OpenDecisionRow(d.Number, d.Text,
                    db.People.Where(p => p.Id == d.ResponsiblePersonId).Select(p => p.Surname + " " + p.Name).First(),
                    d.DueDate, meeting.Number, meeting.Date))
            .Take(100).ToListAsync(ct);
        return Page();
    }

    /// <summary>Active members, head first, then the secretary, then by name.</summary>
    public static async Task<IReadOnlyList<MemberRow>> MembersAsync(AppDbContext db, int bodyId, CancellationToken ct)
    {
        var rows = await db.BodyMemberships.AsNoTracking().Where(m => m.BodyId == bodyId && m.LeftOn == null)
            .Select(m => new
            {
                m.PersonId,
                Person = db.People.Where(p => p.Id == m.PersonId).Select(p => new { p.Surname, p.Name, p.Patronymic }).First(),
                m.Role,
                m.Category,
                Organization = db.Organizations.Where(o => o.Id == m.OrganizationId).Select(o => o.ShortName ?? o.Name).First(),
                m.JoinedOn,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MemberRow(r.PersonId, Organizations.Domain.PersonName.Full(r.Person.Surname, r.Person.Name, r.Person.Patronymic),
                r.Role, r.Category, r.Organization, r.JoinedOn))
            .OrderByDescending(r => r.Role).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Every appointment of the body, newest first.</summary>
    public static async Task<IReadOnlyList<HeadRow>> HistoryAsync(AppDbContext db, int bodyId, CancellationToken ct)
    {
        var rows = await db.HeadAppointments.AsNoTracking().Where(a => a.BodyId == bodyId)
            .Select(a => new
            {
                a.Id,
                Person = db.People.Where(p => p.Id == a.PersonId).Select(p => new { p.Surname, p.Name, p.Patronymic }).First(),
                a.OrderNumber, a.OrderDate, a.TermStart, a.TermEnd, a.EndedOn, a.EndReason, a.EndOrderNumber, a.EndOrderDate,
            })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.TermStart).ThenByDescending(r => r.Id)
            .Select(r => new HeadRow(r.Id, Organizations.Domain.PersonName.Full(r.Person.Surname, r.Person.Name, r.Person.Patronymic),
                r.OrderNumber, r.OrderDate, r.TermStart, r.TermEnd, r.EndedOn, r.EndReason, r.EndOrderNumber, r.EndOrderDate))];
    }
}
