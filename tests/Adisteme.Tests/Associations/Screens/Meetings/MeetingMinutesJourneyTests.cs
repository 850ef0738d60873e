using System.Globalization;
using System.Net;
using Adisteme.Tests.Documents;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Meetings;

/// <summary>
/// A head schedules a meeting (numbered by the domain), records attendance, writes the minutes and
/// decisions; the chair and the secretary sign (R21, R22); the minutes lock and export as DOCX; the
/// open decision carries forward to the next meeting and a member marks it done; the iCalendar feed lists both.
/// </summary>
public sealed class MeetingMinutesJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Journey_ScheduleMinuteSignExportCarryForward_Works()
    {
        var body = await MeetingScreens.CreateBodyAsync(app, "Математика пәні мұғалімдерінің ӘБ (отырыстар)");
        using var head = app.CreateTestClient();
        await head.SignInAsAsync("head");

        // Bad input: no place and no link -> message at the field, nothing written.
        var bad = await head.PostFormAsync($"/Associations/Meetings/{body.BodyId}", new() { ["Input.Date"] = "2026-11-18", ["Input.Agenda[0].Title"] = "Мәселе" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal(MeetingScreens.Kazakh(app, RuleMessages.PlaceOrLinkRequired), TestClient.FieldError(await TestClient.ParseAsync(bad), "Input.Place"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == body.BodyId)));

        // Schedule: numbered 1 by the domain.
        var scheduled = await MeetingScreens.ScheduleAsync(head, body.BodyId, "2026-11-18", "№ 12 кабинет, 2-қабат; мектеп", "Жұмыс жоспарының орындалуы", body.HeadId);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meeting = await app.WithDbAsync(db => db.Meetings.SingleAsync(m => m.BodyId == body.BodyId));
        Assert.Equal((1, 15 * 60, MeetingStatus.Scheduled), (meeting.Number, meeting.StartMinutes!.Value, meeting.Status));
        var list = await head.GetPageAsync($"/Associations/Meetings/{body.BodyId}");
        Assert.Contains("18.11.2026", list.QuerySelector("#meetings")!.TextContent, StringComparison.Ordinal);

        // R21: minutes without attendance are refused, nothing written.
        var refused = await MeetingScreens.PostMeetingAsync(head, meeting.Id, "BeginMinutes");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(MeetingScreens.Kazakh(app, RuleMessages.MinutesNeedAttendance), (await TestClient.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.MeetingMinutes.CountAsync(m => m.MeetingId == meeting.Id)));

        // Attendance: three present, one absent with the reason.
        var members = new[] { body.HeadId, body.SecretaryId, body.MemberA, body.MemberB };
        var attendance = new Dictionary<string, string>();
        for (var i = 0; i < members.Length; i++)
        {
            attendance[$"Input.Attendance[{i}].PersonId"] = members[i].ToString(CultureInfo.InvariantCulture);
            if (members[i] != body.MemberB)
            {
                attendance[$"Input.Attendance[{i}].Present"] = "true";
            }
        }
        attendance["Input.Attendance[3].Reason"] = "Курста";
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Attendance", attendance)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "BeginMinutes")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Item", new()
        {
            ["Input.Position"] = "1", ["Input.Heard"] = "Жоспардың орындалуы туралы баяндама", ["Input.SpeakerPersonId"] = body.MemberA.ToString(CultureInfo.InvariantCulture), ["Input.Spoke"] = "Ұсыныс айтты",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Decision", new()
        {
            ["Input.Position"] = "1", ["Input.Text"] = "Ашық сабақтар кестесі бекітілсін", ["Input.ResponsiblePersonId"] = body.MemberA.ToString(CultureInfo.InvariantCulture), ["Input.DueDate"] = "2026-12-10",
        })).StatusCode);

        // The chair signs, then tries again: the page offers no second signature, and a posted one is refused (R21); the secretary signs: locked.
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Sign")).StatusCode);
        using var secretary = app.CreateTestClient();
        await secretary.SignInAsAsync("teacher");
        var meetingPage = $"/Associations/Meetings/Details/{meeting.Id}";
        var twice = await head.PostFormAsync($"{meetingPage}?handler=Sign", new() { ["Input.Version"] = await MeetingScreens.VersionAsync(secretary, meetingPage) }, meetingPage);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains(MeetingScreens.Kazakh(app, RuleMessages.AlreadySigned), (await TestClient.ParseAsync(twice)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(secretary, meeting.Id, "Sign")).StatusCode);
        var afterLock = await MeetingScreens.PostMeetingAsync(secretary, meeting.Id, "Sign");
        Assert.Contains(MeetingScreens.Kazakh(app, RuleMessages.RouteLocked), (await TestClient.ParseAsync(afterLock)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        var held = await app.WithDbAsync(db => db.Meetings.Include(m => m.MinutesRevisions).SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal((MinutesStatus.Locked, 3, 1), (held.Minutes!.Status, held.Minutes.PresentCount!.Value, held.Minutes.AbsentCount!.Value));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Minutes))));

        // Locked: writing an item is refused and nothing changes.
        var locked = await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Item", new() { ["Input.Position"] = "1", ["Input.Heard"] = "Өзгерту" });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.MeetingMinutes.CountAsync(m => m.MeetingId == meeting.Id)));

        // DOCX in the organization's language (Kazakh).
        var docx = await head.GetAsync($"/Associations/Meetings/Details/{meeting.Id}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var reader = new DocxReader(await docx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)))
        {
            var text = string.Join("\n", reader.Paragraphs);
            Assert.Contains("Қатысқандар: 3", text, StringComparison.Ordinal);
            Assert.Contains("Қатыспағандар: 1", text, StringComparison.Ordinal);
            Assert.Contains("Тыңдалды:", text, StringComparison.Ordinal);
            Assert.Contains("Шешім:", text, StringComparison.Ordinal);
            Assert.Contains("Ашық сабақтар кестесі бекітілсін", text, StringComparison.Ordinal);
        }

        // The next meeting shows the open decision; a member marks it done with a note.
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.ScheduleAsync(head, body.BodyId, "2026-11-19", "Кітапхана", "Ашық сабақтар", body.MemberA)).StatusCode);
        var next = await app.WithDbAsync(db => db.Meetings.SingleAsync(m => m.BodyId == body.BodyId && m.Id != meeting.Id));
        Assert.Equal(2, next.Number);
        var nextPage = await secretary.GetPageAsync($"/Associations/Meetings/Details/{next.Id}");
        Assert.Contains("Ашық сабақтар кестесі бекітілсін", nextPage.QuerySelector("#open-decisions")!.TextContent, StringComparison.Ordinal);
        var key = await app.WithDbAsync(db => db.MeetingDecisions.Where(d => d.Text == "Ашық сабақтар кестесі бекітілсін").Select(d => d.DecisionKey).FirstAsync());
        var done = await secretary.PostFormAsync($"/Associations/Meetings/Details/{next.Id}?handler=Done", new()
        {
            ["Input.DecisionMeetingId"] = meeting.Id.ToString(CultureInfo.InvariantCulture), ["Input.DecisionKey"] = key.ToString(), ["Input.Note"] = "Кесте бекітілді",
        }, $"/Associations/Meetings/Details/{next.Id}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Кесте бекітілді", await app.WithDbAsync(db => db.MeetingDecisions.Where(d => d.DecisionKey == key && d.Status == DecisionStatus.Done).Select(d => d.DoneNote).FirstAsync()));
        Assert.DoesNotContain("Ашық сабақтар кестесі", (await secretary.GetPageAsync($"/Associations/Meetings/Details/{next.Id}")).QuerySelector("#open-decisions")!.TextContent, StringComparison.Ordinal);

        // Correction: a reason is required (R21); with it a new revision is opened from the signed one.
        var noReason = await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Correction", new() { ["Input.Reason"] = " " });
        Assert.Contains(MeetingScreens.Kazakh(app, RuleMessages.CorrectionReasonRequired), (await TestClient.ParseAsync(noReason)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meeting.Id, "Correction", new() { ["Input.Reason"] = "Жауаптының аты қате жазылған" })).StatusCode);
        var revisions = await app.WithDbAsync(db => db.MeetingMinutes.Where(m => m.MeetingId == meeting.Id).OrderBy(m => m.Revision).Select(m => new { m.Revision, m.Status, m.CorrectionReason }).ToListAsync());
        Assert.Equal([(1, MinutesStatus.Locked, (string?)null), (2, MinutesStatus.Draft, "Жауаптының аты қате жазылған")], revisions.Select(r => (r.Revision, r.Status, r.CorrectionReason)));

        // iCalendar feed of the member's bodies.
        var feed = await secretary.GetAsync("/Associations/Meetings/Calendar.ics");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var ics = await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var physical = ics.Split("\r\n");
        Assert.All(physical, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, 18, 15, 0, 0), LocalTime.ZoneOf(Adisteme.Web.Features.Organizations.Domain.Country.Kazakhstan));
        Assert.Contains($"DTSTART:{start:yyyyMMdd'T'HHmmss'Z'}", unfolded);
        Assert.Contains(@"LOCATION:№ 12 кабинет\, 2-қабат\; мектеп", unfolded);
        Assert.Contains(unfolded, l => l.StartsWith($"UID:meeting-{meeting.Id}@", StringComparison.Ordinal));
        Assert.Equal(unfolded.Count(l => l == "BEGIN:VEVENT"), unfolded.Count(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        Assert.True(unfolded.Count(l => l.StartsWith("SUMMARY:Математика пәні мұғалімдерінің ӘБ (отырыстар)", StringComparison.Ordinal)) >= 2);
    }
}
