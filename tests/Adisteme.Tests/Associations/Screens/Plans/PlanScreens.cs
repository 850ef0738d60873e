using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Plans;

/// <summary>The people of a test body in school 101: the demo logins "head" (head) and "teacher" (member), plus a secretary.</summary>
internal sealed record PlanBody(int BodyId, int HeadId, int TeacherId, int SecretaryId)
{
    public string Url => $"/Associations/Plans/{BodyId}";
}

/// <summary>Builds bodies and plans through the domain, in the 2026–2027 school year of the test clock (20 November 2026).</summary>
internal static class PlanScreens
{
    public static readonly AssociationRulesOptions Options = new();

    /// <summary>An active school association of school 101 led by the "head" login, with the "teacher" login as a member.</summary>
    public static Task<PlanBody> CreateBodyAsync(AppFactory app, string name) => app.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var org = await db.Organizations.SingleAsync(o => o.ShortName == "№ 101 ЖББМ");
        var head = await EmploymentOfAsync(db, org.Id, "head");
        var teacher = await EmploymentOfAsync(db, org.Id, "teacher");
        var secretary = await db.Employments.Where(e => e.OrganizationId == org.Id && e.EndedOn == null && e.Position == Position.Teacher
            && e.PersonId != head.PersonId && e.PersonId != teacher.PersonId).OrderBy(e => e.Id).FirstAsync();
        var year = await YearAsync(db);
        var subject = await db.Subjects.SingleAsync(s => s.Code == "mathematics");
        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name, MoAudience.SubjectTeachers,
            [new SubjectStaff(subject.Id, subject.SubjectAreaId, [1, 2, 3])], [], Options.Mo, today);
        body.AddMember(StaffProfile.From(secretary, org), MembershipRole.Secretary, today, Options, primary: true);
        body.AddMember(StaffProfile.From(teacher, org), MembershipRole.Member, today, Options, primary: true);
        body.AppointHead(StaffProfile.From(head, org), new OrderRef("45", today), OrderIssuer.Director, today, year.EndsOn, year, Options);
        body.ApproveRegulation(secretary.PersonId, today, "regulation.pdf", Options);
        body.Activate(today, Options);
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();
        return new PlanBody(body.Id, head.PersonId, teacher.PersonId, secretary.PersonId);
    });

    /// <summary>Fills the body's draft with an item in each month the rules require (R16), so it can be submitted.</summary>
    public static Task FillDraftAsync(AppFactory app, PlanBody b) => app.WithDbAsync(async db =>
    {
        var (body, year, plan) = await LoadAsync(db, b);
        plan.SetHeader(new PlanHeader("Функционалдық сауаттылықты дамыту", "Сапалы білім — табысты болашақ", "Кәсіби шеберлікті арттыру",
            ["Критериалды бағалауды енгізу"], ["Дарынды балалармен жұмыс"]));
        foreach (var month in Options.Plan.RequiredMonths())
        {
            var start = new DateOnly(month >= 8 ? 2026 : 2027, month, 10);
            plan.AddItem(body, year, new PlanItemInput($"Семинар {month}", WorkForm.Seminar, start, start.AddDays(5), [b.HeadId], "Әдістемелік ұсыныстар"));
        }
        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>Creates, fills, submits, agrees and approves the plan through the domain (setup for later steps).</summary>
    public static async Task ApproveThroughDomainAsync(AppFactory app, PlanBody b)
    {
        await app.WithDbAsync(async db =>
        {
            var body = await db.MethodologicalBodies.Include(x => x.Memberships).Include(x => x.Appointments).SingleAsync(x => x.Id == b.BodyId);
            db.WorkPlans.Add(MethodologicalWorkPlan.Create(body, await YearAsync(db), [], b.HeadId, app.Time));
            await db.SaveChangesAsync();
            return true;
        });
        await FillDraftAsync(app, b);
        await app.WithDbAsync(async db =>
        {
            var (body, year, plan) = await LoadAsync(db, b);
            var deputy = await PersonOfAsync(db, "deputy");
            var director = await PersonOfAsync(db, "director");
            plan.Submit(b.HeadId, body, new PlanFacts(), Options, app.Time);
            plan.Agree(RouteActor.Person(deputy, Web.Infrastructure.Auth.AppRole.DeputyDirector), app.Time);
            plan.Approve(RouteActor.Person(director, Web.Infrastructure.Auth.AppRole.Director), body, year, new PlanFacts(), Options, app.Time);
            await db.SaveChangesAsync();
            return true;
        });
    }

    public static Task<MethodologicalWorkPlan?> PlanAsync(AppFactory app, PlanBody b) =>
        app.WithDbAsync(db => Whole(db.WorkPlans.AsNoTracking()).SingleOrDefaultAsync(p => p.BodyId == b.BodyId));

    public static Task<int> PersonOfAsync(AppFactory app, string login) => app.WithDbAsync(db => PersonOfAsync(db, login));

    private static async Task<(MethodologicalBody Body, SchoolYear Year, MethodologicalWorkPlan Plan)> LoadAsync(AppDbContext db, PlanBody b)
    {
        var body = await db.MethodologicalBodies.Include(x => x.Memberships).Include(x => x.Appointments).SingleAsync(x => x.Id == b.BodyId);
        var plan = await Whole(db.WorkPlans).SingleAsync(p => p.BodyId == b.BodyId);
        return (body, await YearAsync(db), plan);
    }

    /// <summary>A plan with its versions, routes and items.</summary>
    private static IQueryable<MethodologicalWorkPlan> Whole(IQueryable<MethodologicalWorkPlan> plans) => plans
        .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Steps)
        .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Decisions)
        .Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
        .AsSplitQuery();

    private static Task<SchoolYear> YearAsync(AppDbContext db) =>
        db.SchoolYears.SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);

    private static Task<int> PersonOfAsync(AppDbContext db, string login) =>
        db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == login)).Select(p => p.Id).SingleAsync();

    private static async Task<Employment> EmploymentOfAsync(AppDbContext db, int organizationId, string login)
    {
        var person = await PersonOfAsync(db, login);
        return await db.Employments.Where(e => e.OrganizationId == organizationId && e.EndedOn == null && e.PersonId == person).OrderBy(e => e.Id).FirstAsync();
    }
}
