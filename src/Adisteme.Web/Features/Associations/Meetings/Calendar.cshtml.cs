using System.Globalization;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Meetings;

/// <summary>The iCalendar feed of the meetings of the bodies the user sees (their own and those in their scope), from a month back.</summary>
public sealed class CalendarModel(AppDbContext db, BodyAccess access, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bodies = await access.VisibleBodiesAsync(ct);
        var since = LocalTime.Today(time).AddDays(-31);
        var rows = await (
            from m in db.Meetings
            join b in bodies on m.BodyId equals b.Id
            where m.Status != MeetingStatus.Cancelled && m.Date >= since
            orderby m.Date
            select new
            {
                m.Id, m.Number, m.Date, m.StartMinutes, m.DurationMinutes, m.Place, m.OnlineLink, BodyName = b.Name,
                Country = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => db.Regions.Where(r => r.Id == d.RegionId).Select(r => r.Country).First()).First(),
            })
            .Take(1000).ToListAsync(ct);
        var host = Request.Host.Host;
        var events = rows.Select(r => new CalendarEvent(
            string.Create(CultureInfo.InvariantCulture, $"meeting-{r.Id}@{host}"),
            r.Date,
            r.StartMinutes is { } start ? TimeZoneInfo.ConvertTimeToUtc(r.Date.ToDateTime(TimeOnly.MinValue).AddMinutes(start), LocalTime.ZoneOf(r.Country)) : null,
            r.DurationMinutes,
            $"{r.BodyName}: {s["Meeting No. {0}", r.Number]}",
            r.Place is null ? r.OnlineLink : r.OnlineLink is null ? r.Place : $"{r.Place}, {r.OnlineLink}"));
        var text = ICalendar.Write(events, time.GetUtcNow().UtcDateTime);
        return Content(text, "text/calendar; charset=utf-8");
    }
}
