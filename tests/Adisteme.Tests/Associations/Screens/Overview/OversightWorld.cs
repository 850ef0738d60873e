using System.Globalization;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Overview;

/// <summary>
/// The demo's associations as the overseers see them (AssociationsDemoData, today 2026-11-20): school 101's
/// council plan submitted, its November meetings not signed, the teacher's overdue decisions in the class
/// teachers' association, the gymnasium's class teachers behind schedule (R20); and changes made through the domain.
/// </summary>
internal static class OversightWorld
{
    public const string School101 = "№ 101 ЖББМ";
    public const string Gymnasium = "Гимназия № 5";
    public const string Silantyev = "Силантьев ЖББМ";
    public const string Council = "Әдістемелік кеңес";
    public const string ClassTeachers = "Сынып жетекшілерінің әдістемелік бірлестігі";
    public const string GymClassTeachers = "Методическое объединение классных руководителей";
    public const string Mathematics = "Математика пәні мұғалімдерінің әдістемелік бірлестігі";
    public const string DistrictMo = "Шағын жинақты мектептер мұғалімдерінің аудандық әдістемелік бірлестігі";
    public static readonly DateOnly Today = new(2026, 11, 20);
    public static readonly AssociationRulesOptions Rules = new();
    public static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk-KZ");

    /// <summary>The home page as <paramref name="login"/> sees it.</summary>
    public static async Task<IHtmlDocument> HomeAsync(AppFactory app, string login)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(login);
        return await client.GetPageAsync("/");
    }

    public static Task<int> OrganizationAsync(AppDbContext db, string shortName) =>
        db.Organizations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync();

    /// <summary>A body of an organization (by short name), or a district body when <paramref name="organization"/> is null.</summary>
    public static Task<int> BodyAsync(AppDbContext db, string? organization, string name) =>
        db.MethodologicalBodies
            .Where(b => b.Name == name && (organization == null ? b.OrganizationId == null
                : db.Organizations.Any(o => o.Id == b.OrganizationId && o.ShortName == organization)))
            .Select(b => b.Id).SingleAsync();

    public static Task<int> PersonOfAsync(AppDbContext db, string userName) =>
        db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == userName)).Select(p => p.Id).SingleAsync();

    public static Task<SchoolYear> YearAsync(AppDbContext db) =>
        db.SchoolYears.Include(y => y.Quarters).SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);

    /// <summary>Ids of the body's meetings of the year, in number order.</summary>
    public static Task<List<int>> MeetingIdsAsync(AppDbContext db, int bodyId) =>
        db.Meetings.Where(m => m.BodyId == bodyId && m.Status != MeetingStatus.Cancelled).OrderBy(m => m.Date).Select(m => m.Id).ToListAsync();

    /// <summary>Cancels the body's meeting on <paramref name="date"/> through the domain (later ones are renumbered).</summary>
    public static Task<int> CancelMeetingAsync(AppFactory app, int bodyId, DateOnly date) => app.WithDbAsync(async db =>
    {
        var meetings = await db.Meetings.Include(m => m.MinutesRevisions).Where(m => m.BodyId == bodyId).ToListAsync();
        var meeting = meetings.Single(m => m.Date == date);
        meeting.Cancel("Мектептегі карантинге байланысты", meetings.Where(m => m != meeting && m.SchoolYearId == meeting.SchoolYearId).ToList());
        return await db.SaveChangesAsync();
    });

    /// <summary>Schedules a meeting of the body on <paramref name="date"/> through the domain; returns its id.</summary>
    public static Task<int> ScheduleMeetingAsync(AppFactory app, int bodyId, DateOnly date) => app.WithDbAsync(async db =>
    {
        var body = await db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).SingleAsync(b => b.Id == bodyId);
        var year = await YearAsync(db);
        var others = await db.Meetings.Where(m => m.BodyId == bodyId && m.SchoolYearId == year.Id).ToListAsync();
        var meeting = Meeting.Schedule(body, year, others,
            new MeetingInput(date, [new AgendaItemInput("Ашық сабақтарды талдау", body.CurrentHead(date)?.PersonId)], Place: "№ 12 кабинет"));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    /// <summary>The deputy of school 101 agrees the plan of the year of <paramref name="bodyId"/> (R15), through the domain.</summary>
    public static Task<int> AgreePlanAsync(AppFactory app, int bodyId) => app.WithDbAsync(async db =>
    {
        var plan = await db.WorkPlans
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Steps)
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Decisions)
            .Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
            .Include(p => p.Versions).ThenInclude(v => v.CoordinatedPlans)
            .Include(p => p.Analyses)
            .AsSplitQuery()
            .SingleAsync(p => p.BodyId == bodyId);
        plan.Agree(RouteActor.Person(await PersonOfAsync(db, "deputy"), AppRole.DeputyDirector), app.Time);
        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// An active class teachers' association of <paramref name="organizationId"/>, led by a new teacher of it
    /// whose term runs from <paramref name="termStart"/> to <paramref name="termEnd"/>; returns the body's id.
    /// </summary>
    public static async Task<int> ActiveAssociationAsync(AppDbContext db, int organizationId, string name, DateOnly termStart, DateOnly termEnd, SchoolYear year)
    {
        var org = await db.Organizations.SingleAsync(o => o.Id == organizationId);
        var person = new Person { Surname = "Жетекшіев", Name = name, Patronymic = "Тестұлы" };
        var employment = new Employment { OrganizationId = org.Id, Position = Position.Teacher, Category = QualificationCategory.PedagogueModerator };
        person.Employments.Add(employment);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name, MoAudience.ClassTeachers, [],
            [person.Id, person.Id + 100_000, person.Id + 200_000], Rules.Mo, termStart);
        body.AppointHead(StaffProfile.From(employment, org), new OrderRef("7-Ж", termStart), OrderIssuer.Director, termStart, termEnd, year, Rules);
        body.ApproveRegulation(person.Id, termStart, "regulations/mo.pdf", Rules);
        body.Activate(termStart, Rules);
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();
        return body.Id;
    }

    /// <summary>The "Needs attention" lines of one kind (AttentionKind name).</summary>
    public static List<IElement> Lines(IDocument page, string kind) => [.. page.QuerySelectorAll($"ul.attention li[data-kind='{kind}']")];

    public static string Href(IElement line) => line.QuerySelector("a")!.GetAttribute("href")!;
}
