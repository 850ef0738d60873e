using System.Net;
using Adisteme.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Meetings;

/// <summary>Who sees and who edits a body's meetings: head edits, members and the administration read, other schools get 404.</summary>
public sealed class MeetingScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Meetings_ByRole_EditReadOrHidden()
    {
        var body = await MeetingScreens.CreateBodyAsync(app, "Математика пәні мұғалімдерінің ӘБ (рұқсат)");
        using var head = app.CreateTestClient();
        await head.SignInAsAsync("head");
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.ScheduleAsync(head, body.BodyId, "2026-11-18", "№ 12 кабинет", "Күн тәртібі", body.HeadId)).StatusCode);
        var meetingId = await app.WithDbAsync(db => db.Meetings.Where(m => m.BodyId == body.BodyId).Select(m => m.Id).SingleAsync());

        // The deputy of the school sees the list and the meeting.
        using var deputy = app.CreateTestClient();
        await deputy.SignInAsAsync("deputy");
        var page = await deputy.GetPageAsync($"/Associations/Meetings/{body.BodyId}");
        Assert.NotNull(page.QuerySelector("#meetings"));
        await deputy.GetPageAsync($"/Associations/Meetings/Details/{meetingId}");

        // The director of another school sees nothing: list, meeting, DOCX and feed entry are all hidden.
        using var other = app.CreateTestClient();
        await other.SignInAsAsync("director.gym");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Associations/Meetings/{body.BodyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Associations/Meetings/Details/{meetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Associations/Meetings/Details/{meetingId}?handler=Docx")).StatusCode);
        var feed = await (await other.GetAsync("/Associations/Meetings/Calendar.ics")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain($"meeting-{meetingId}@", feed, StringComparison.Ordinal);

        // The regional centre's commission member has no scope over the school's bodies.
        using var commission = app.CreateTestClient();
        await commission.SignInAsAsync("commission");
        Assert.Equal(HttpStatusCode.NotFound, (await commission.GetAsync($"/Associations/Meetings/{body.BodyId}")).StatusCode);
    }
}
