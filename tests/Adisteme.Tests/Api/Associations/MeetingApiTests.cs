using System.Net;
using Adisteme.Tests.Associations.Screens.Meetings;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Api.Associations.AssociationsApiWorld;

namespace Adisteme.Tests.Api.Associations;

/// <summary>
/// Meetings and minutes through the API: the head schedules, records attendance, writes heard/spoke/decided;
/// minutes need attendance first (R21); the chair and the secretary each sign once, then the minutes are locked.
/// </summary>
public sealed class MeetingApiTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    /// <summary>The head schedules a meeting two days before the test clock's today; returns its id and ETag.</summary>
    private static async Task<(int Id, string ETag)> ScheduleAsync(ApiClient head, MeetingBody b)
    {
        var response = await head.PostJsonAsync($"/api/v1/bodies/{b.BodyId}/meetings", new
        {
            date = "2026-11-18", startTime = "15:00", place = "Мұғалімдер бөлмесі",
            agenda = new[] { new { title = "Функционалдық сауаттылық", speakerPersonId = (int?)b.MemberA } },
        });
        var meeting = await ApiClient.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(900, meeting.GetProperty("startMinutes").GetInt32());
        return (meeting.GetProperty("id").GetInt32(), response.ETag());
    }

    private static object Everyone(MeetingBody b) => new
    {
        attendance = new[] { b.HeadId, b.SecretaryId, b.MemberA, b.MemberB }.Select(id => new { personId = id, present = true }),
    };

    [Fact]
    public async Task Minutes_R21WithoutAttendance_Returns422_NothingWritten()
    {
        var b = await MeetingScreens.CreateBodyAsync(app, "API: R21");
        using var head = await ApiClient.SignedInAsync(app, "head", "en");
        var (id, etag) = await ScheduleAsync(head, b);
        var audit = await AuditCountAsync(app);

        var problem = await RefusedAsync(await head.WriteAsync(HttpMethod.Post, $"/api/v1/meetings/{id}/minutes", etag), "R21");

        Assert.Equal(Text(app, "en", RuleMessages.MinutesNeedAttendance), problem.GetProperty("detail").GetString());
        Assert.Equal(audit, await AuditCountAsync(app));
        Assert.False(await app.WithDbAsync(db => db.MeetingMinutes.AnyAsync(m => m.MeetingId == id)));
    }

    [Fact]
    public async Task Minutes_HeadWritesChairAndSecretarySign_SecondSignatureRefused_Locked()
    {
        var b = await MeetingScreens.CreateBodyAsync(app, "API: minutes");
        using var head = await ApiClient.SignedInAsync(app, "head");
        var (id, etag) = await ScheduleAsync(head, b);
        var url = $"/api/v1/meetings/{id}";

        var attendance = await head.WriteAsync(HttpMethod.Put, $"{url}/attendance", etag, Everyone(b));
        await ApiClient.JsonAsync(attendance, HttpStatusCode.OK);
        var begun = await head.WriteAsync(HttpMethod.Post, $"{url}/minutes", attendance.ETag());
        await ApiClient.JsonAsync(begun, HttpStatusCode.OK);
        var item = await head.WriteAsync(HttpMethod.Put, $"{url}/minutes/items/1", begun.ETag(), new
        {
            heard = "Баяндама тыңдалды", spoke = new[] { new { text = "Тәжірибе бөлісті", speakerPersonId = (int?)b.MemberB } },
        });
        await ApiClient.JsonAsync(item, HttpStatusCode.OK);
        var decided = await head.WriteAsync(HttpMethod.Post, $"{url}/minutes/decisions", item.ETag(), new
        {
            agendaPosition = 1, text = "Тәжірибені енгізу", responsiblePersonId = b.MemberA, dueDate = "2026-12-15",
        });
        await ApiClient.JsonAsync(decided, HttpStatusCode.OK);

        var signed = await head.WriteAsync(HttpMethod.Post, $"{url}/minutes/sign", decided.ETag());
        var afterChair = await ApiClient.JsonAsync(signed, HttpStatusCode.OK);
        Assert.Equal("Signing", afterChair.GetProperty("minutes").GetProperty("status").GetString());
        var audit = await AuditCountAsync(app);
        await RefusedAsync(await head.WriteAsync(HttpMethod.Post, $"{url}/minutes/sign", signed.ETag()), "R21");
        Assert.Equal(audit, await AuditCountAsync(app));

        using var secretary = await ApiClient.SignedInAsync(app, "teacher");
        var (read, readTag) = await secretary.ReadAsync(url);
        Assert.Equal(signed.ETag(), readTag);
        var minutes = read.GetProperty("minutes");
        Assert.Equal("Баяндама тыңдалды", minutes.GetProperty("items")[0].GetProperty("heard").GetString());
        Assert.Equal(b.MemberB, minutes.GetProperty("items")[0].GetProperty("spoke")[0].GetProperty("speaker").GetProperty("id").GetInt32());
        Assert.Equal([1], minutes.GetProperty("items")[0].GetProperty("decided").EnumerateArray().Select(n => n.GetInt32()).ToArray());
        Assert.Equal(b.MemberA, minutes.GetProperty("decisions")[0].GetProperty("responsible").GetProperty("id").GetInt32());
        Assert.Equal(4, read.GetProperty("attendance").GetArrayLength());

        var locked = await ApiClient.JsonAsync(await secretary.WriteAsync(HttpMethod.Post, $"{url}/minutes/sign", readTag), HttpStatusCode.OK);
        Assert.Equal("Held", locked.GetProperty("status").GetString());
        Assert.Equal("Locked", locked.GetProperty("minutes").GetProperty("status").GetString());
        Assert.All(locked.GetProperty("minutes").GetProperty("signatures").EnumerateArray(), s => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, s.GetProperty("signedAtUtc").ValueKind));
        Assert.Equal(MinutesStatus.Locked, await app.WithDbAsync(db => db.MeetingMinutes.Where(m => m.MeetingId == id).Select(m => m.Status).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Decision" && a.Action == "Created" && a.UserName == "head")));

        var list = await secretary.GetJsonAsync($"/api/v1/bodies/{b.BodyId}/meetings");
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal("Held", list.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task MeetingWrites_OrdinaryMember403_StaleVersion412()
    {
        var b = await MeetingScreens.CreateBodyAsync(app, "API: meeting guards");
        using var head = await ApiClient.SignedInAsync(app, "head");
        var (id, etag) = await ScheduleAsync(head, b);
        var attendance = await head.WriteAsync(HttpMethod.Put, $"/api/v1/meetings/{id}/attendance", etag, Everyone(b));
        await ApiClient.JsonAsync(attendance, HttpStatusCode.OK);

        var stale = await head.WriteAsync(HttpMethod.Post, $"/api/v1/meetings/{id}/minutes", etag);
        var problem = await ApiClient.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(4, problem.GetProperty("current").GetProperty("attendance").GetArrayLength());
        Assert.False(await app.WithDbAsync(db => db.MeetingMinutes.AnyAsync(m => m.MeetingId == id)));

        // An ordinary member reads the meeting but does not edit it; the deputy, who manages the body, does.
        var school = await app.WithDbAsync(db => db.MethodologicalBodies.Where(x => x.Id == b.BodyId).Select(x => x.OrganizationId!.Value).SingleAsync());
        var user = await app.CreateUserAsync("api.member.a", AppRole.Teacher, ScopeKind.Organization, school);
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == b.MemberA)).UserId = user.Id;
            return await db.SaveChangesAsync();
        });
        using var member = await ApiClient.SignedInAsync(app, "api.member.a");
        await member.ReadAsync($"/api/v1/meetings/{id}");
        await ApiClient.ProblemAsync(await member.WriteAsync(HttpMethod.Post, $"/api/v1/meetings/{id}/minutes", attendance.ETag()), HttpStatusCode.Forbidden);
        using var deputy = await ApiClient.SignedInAsync(app, "deputy");
        await ApiClient.JsonAsync(await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/meetings/{id}/minutes", attendance.ETag()), HttpStatusCode.OK);
    }
}
