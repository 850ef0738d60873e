using System.Globalization;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Adisteme.Tests.Associations.Screens.Meetings;

/// <summary>A mathematics association of school 101: the "head" login heads it, the "teacher" login is its secretary, two more teachers are members.</summary>
internal sealed record MeetingBody(int BodyId, int HeadId, int SecretaryId, int MemberA, int MemberB);

internal static class MeetingScreens
{
    public static Task<MeetingBody> CreateBodyAsync(AppFactory app, string name) => app.WithDbAsync(async db =>
    {
        var options = new AssociationRulesOptions();
        var org = await db.Organizations.SingleAsync(o => o.ShortName == "№ 101 ЖББМ");
        var head = await PersonOfAsync(db, "head");
        var secretary = await PersonOfAsync(db, "teacher");
        var employments = await db.Employments.Where(e => e.OrganizationId == org.Id && e.EndedOn == null).OrderBy(e => e.Id).ToListAsync();
        var profile = (int personId) => StaffProfile.From(employments.First(e => e.PersonId == personId), org);
        var others = employments.Where(e => e.Position == Position.Teacher && e.PersonId != head && e.PersonId != secretary)
            .Select(e => e.PersonId).Distinct().Take(2).ToList();
        var subject = await db.Subjects.SingleAsync(s => s.Code == "mathematics");
        var on = new DateOnly(2026, 9, 1);
        var year = await db.SchoolYears.SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);
        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name,
            MoAudience.SubjectTeachers, [new SubjectStaff(subject.Id, subject.SubjectAreaId, [1, 2, 3])], [], options.Mo, on);
        body.AddMember(profile(secretary), MembershipRole.Secretary, on, options, primary: true);
        body.AddMember(profile(others[0]), MembershipRole.Member, on, options, primary: true);
        body.AddMember(profile(others[1]), MembershipRole.Member, on, options, primary: true);
        body.AppointHead(profile(head), new OrderRef("45", on), OrderIssuer.Director, on, year.EndsOn, year, options);
        body.ApproveRegulation(employments.First(e => e.Position == Position.Director).PersonId, on, "regulation.pdf", options);
        body.Activate(on, options);
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();
        return new MeetingBody(body.Id, head, secretary, others[0], others[1]);
    });

    public static Task<int> PersonOfAsync(AppDbContext db, string login) =>
        db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == login)).Select(p => p.Id).SingleAsync();

    /// <summary>The text of <paramref name="key"/> in Kazakh, the default language of the pages.</summary>
    public static string Kazakh(AppFactory app, string key, params object[] args)
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var saved = CultureInfo.CurrentUICulture;
        var savedCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("kk-KZ");
            return localizer[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
            CultureInfo.CurrentCulture = savedCulture;
        }
    }

    public static async Task<string> VersionAsync(TestClient client, string page)
    {
        var doc = await client.GetPageAsync(page);
        return ((IHtmlInputElement)doc.QuerySelector("input[name='Input.Version']")!).Value;
    }

    /// <summary>Posts one of the meeting page's forms with the version it currently shows.</summary>
    public static async Task<HttpResponseMessage> PostMeetingAsync(TestClient client, int meetingId, string handler, Dictionary<string, string>? fields = null)
    {
        var page = $"/Associations/Meetings/Details/{meetingId}";
        var all = new Dictionary<string, string>(fields ?? []) { ["Input.Version"] = await VersionAsync(client, page) };
        return await client.PostFormAsync($"{page}?handler={handler}", all, page);
    }

    public static Task<HttpResponseMessage> ScheduleAsync(TestClient client, int bodyId, string date, string place, string title, int speaker) =>
        client.PostFormAsync($"/Associations/Meetings/{bodyId}", new()
        {
            ["Input.Date"] = date,
            ["Input.StartTime"] = "15:00",
            ["Input.Place"] = place,
            ["Input.Agenda[0].Title"] = title,
            ["Input.Agenda[0].SpeakerPersonId"] = speaker.ToString(CultureInfo.InvariantCulture),
        });
}
