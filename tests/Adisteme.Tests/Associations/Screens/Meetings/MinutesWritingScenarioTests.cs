using System.Globalization;
using System.Net;
using Adisteme.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Meetings;

/// <summary>Writing minutes item by item keeps what was written before; only the chair and the secretary are offered signing, once each.</summary>
public sealed class MinutesWritingScenarioTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R21_SavingItemAgain_KeepsEarlierSpeeches_AddsNewOne()
    {
        var (body, meetingId, head) = await MinutedMeetingAsync("Математика ӘБ (сөйлегендер)");
        using (head)
        {
            await WriteAsync(head, meetingId, "Баяндама", body.MemberA, "Бірінші сөз");
            // Correcting what was heard (no new speech typed) must not lose the speech.
            await WriteAsync(head, meetingId, "Түзетілген баяндама", body.MemberA, "");
            await WriteAsync(head, meetingId, "Түзетілген баяндама", body.MemberB, "Екінші сөз");

            var item = await app.WithDbAsync(db => db.MeetingMinutes.Where(m => m.MeetingId == meetingId)
                .SelectMany(m => m.Items).Include(i => i.Speeches).SingleAsync());
            Assert.Equal("Түзетілген баяндама", item.Heard);
            Assert.Equal([("Бірінші сөз", (int?)body.MemberA), ("Екінші сөз", body.MemberB)],
                item.Speeches.OrderBy(s => s.Position).Select(s => (s.Text, s.SpeakerPersonId)));
        }
    }

    [Fact]
    public async Task Sign_OfferedOnlyToChairAndSecretary_UntilEachHasSigned()
    {
        var (body, meetingId, head) = await MinutedMeetingAsync("Математика ӘБ (қол қою)");
        using (head)
        {
            await WriteAsync(head, meetingId, "Баяндама", body.MemberA, "");
            Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meetingId, "Decision", new()
            {
                ["Input.Position"] = "1", ["Input.Text"] = "Ұсыныстар қабылдансын", ["Input.ResponsiblePersonId"] = Id(body.MemberA), ["Input.DueDate"] = "2026-12-10",
            })).StatusCode);
            using var secretary = app.CreateTestClient();
            await secretary.SignInAsAsync("teacher");
            using var deputy = app.CreateTestClient();
            await deputy.SignInAsAsync("deputy");
            var url = $"/Associations/Meetings/Details/{meetingId}";
            const string sign = "form[action*='handler=Sign']";

            Assert.NotNull((await head.GetPageAsync(url)).QuerySelector(sign));
            Assert.NotNull((await secretary.GetPageAsync(url)).QuerySelector(sign));
            Assert.Null((await deputy.GetPageAsync(url)).QuerySelector(sign));

            Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meetingId, "Sign")).StatusCode);
            Assert.Null((await head.GetPageAsync(url)).QuerySelector(sign));
            Assert.NotNull((await secretary.GetPageAsync(url)).QuerySelector(sign));
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task WriteAsync(TestClient head, int meetingId, string heard, int speaker, string spoke) =>
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meetingId, "Item", new()
        {
            ["Input.Position"] = "1", ["Input.Heard"] = heard, ["Input.SpeakerPersonId"] = Id(speaker), ["Input.Spoke"] = spoke,
        })).StatusCode);

    /// <summary>A meeting of a new body held on 18 November with everybody present and its minutes started, as the head.</summary>
    private async Task<(MeetingBody Body, int MeetingId, TestClient Head)> MinutedMeetingAsync(string name)
    {
        var body = await MeetingScreens.CreateBodyAsync(app, name);
        var head = app.CreateTestClient();
        await head.SignInAsAsync("head");
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.ScheduleAsync(head, body.BodyId, "2026-11-18", "Кітапхана", "Жоспардың орындалуы", body.HeadId)).StatusCode);
        var meetingId = await app.WithDbAsync(db => db.Meetings.Where(m => m.BodyId == body.BodyId).Select(m => m.Id).SingleAsync());
        int[] members = [body.HeadId, body.SecretaryId, body.MemberA, body.MemberB];
        var attendance = new Dictionary<string, string>();
        for (var i = 0; i < members.Length; i++)
        {
            attendance[$"Input.Attendance[{i}].PersonId"] = Id(members[i]);
            attendance[$"Input.Attendance[{i}].Present"] = "true";
        }
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meetingId, "Attendance", attendance)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingScreens.PostMeetingAsync(head, meetingId, "BeginMinutes")).StatusCode);
        return (body, meetingId, head);
    }
}
