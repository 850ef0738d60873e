using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Adisteme.Tests.Associations;

/// <summary>
/// Builders for the association rules: one school of the 2025–2026 Kazakh school year, its people by
/// fixed ids, and bodies, plans and meetings in a known state. Time starts on 25 August 2025 and only
/// moves forward (<see cref="GoTo"/>).
/// </summary>
internal sealed class World
{
    public const int HeadId = 100;
    public const int SecretaryId = 101;
    public const int MemberA = 102;
    public const int MemberB = 103;
    public const int Outsider = 150;
    public const int DeputyId = 200;
    public const int DirectorId = 201;
    public const int CouncilSecretaryId = 210;
    public const int MethodologistId = 300;

    public AssociationRulesOptions Options { get; } = new();
    public EducationOrganization School { get; } = new() { Name = "№ 101 жалпы білім беретін мектеп", Kind = OrganizationKind.School };
    public District District { get; } = new() { Name = "Алтынсарин ауданы" };
    public SchoolYear Year { get; } = SchoolCalendar.DefaultYear(Country.Kazakhstan, 2025);
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 8, 25, 6, 0, 0, TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    public static RouteActor DeputyActor => RouteActor.Person(DeputyId, AppRole.DeputyDirector);
    public static RouteActor DirectorActor => RouteActor.Person(DirectorId, AppRole.Director);
    public static RouteActor MethodologistActor => RouteActor.Person(MethodologistId, AppRole.DistrictMethodologist);

    /// <summary>Moves the clock forward to 06:00 UTC of <paramref name="date"/> (never back).</summary>
    public World GoTo(DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
        if (target > Time.GetUtcNow())
        {
            Time.SetUtcNow(target);
        }
        return this;
    }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static StaffProfile Teacher(int id, int organizationId = 0) => new(id, organizationId, 0, Position.Teacher);
    public static StaffProfile Deputy(int id = DeputyId) => new(id, 0, 0, Position.DeputyDirectorMethodological);
    public static StaffProfile Director(int id = DirectorId) => new(id, 0, 0, Position.Director);
    public static StaffProfile Methodologist(int id = MethodologistId) => new(id, 5, 0, Position.Methodologist);

    public static SubjectStaff Subject(int subjectId, int areaId, params int[] teachers) => new(subjectId, areaId, teachers, LocalizedName.Plain("Математика"));
    public static SubjectStaff Math(int teachers) => Subject(1, 10, [.. Enumerable.Range(1, teachers)]);

    public static OrderRef Order(string number = "45", DateOnly? date = null) => new(number, date ?? D(2025, 8, 25));

    public MethodologicalBody NewAssociation(DateOnly? createdOn = null) =>
        MethodologicalBody.CreateForOrganization(School, BodyKind.MethodologicalAssociation, "Математика пәні мұғалімдерінің ӘБ",
            MoAudience.SubjectTeachers, [Math(3)], [], Options.Mo, createdOn ?? Today);

    /// <summary>An active school association: head 100 (by the director's order), secretary 101, members 102 and 103, regulation approved.</summary>
    public MethodologicalBody ActiveAssociation(DateOnly? createdOn = null)
    {
        var body = NewAssociation(createdOn);
        body.AddMember(Teacher(SecretaryId), MembershipRole.Secretary, Today, Options, primary: true);
        body.AddMember(Teacher(MemberA), MembershipRole.Member, Today, Options, primary: true);
        body.AddMember(Teacher(MemberB), MembershipRole.Member, Today, Options, primary: true);
        body.AppointHead(Teacher(HeadId), Order(), OrderIssuer.Director, Today, Year.EndsOn, Year, Options);
        body.ApproveRegulation(DirectorId, Today, "regulation.pdf", Options);
        body.Activate(Today, Options);
        return body;
    }

    /// <summary>An active methodological council of five: chair the methodological deputy (200), secretary 210, members 211–213.</summary>
    public MethodologicalBody ActiveCouncil(int members = 5)
    {
        var council = MethodologicalBody.CreateCouncil(School, BodyKind.MethodologicalCouncil, "Әдістемелік кеңес", false, Today);
        council.AddMember(Deputy(), MembershipRole.Member, Today, Options, CouncilMemberCategory.AdministrationRepresentative);
        council.AddMember(Teacher(CouncilSecretaryId), MembershipRole.Secretary, Today, Options, CouncilMemberCategory.MoHead);
        for (var i = 0; i < members - 2; i++)
        {
            council.AddMember(Teacher(211 + i), MembershipRole.Member, Today, Options, CouncilMemberCategory.InnovatorTeacher);
        }
        council.AppointHead(Deputy(), Order("46"), OrderIssuer.Director, Today, Year.EndsOn, Year, Options);
        council.RecordRegulationAdoption("№ 1 хаттама", D(2025, 8, 20));
        council.ApproveRegulation(DirectorId, Today, null, Options);
        council.Activate(Today, Options);
        return council;
    }

    public MethodologicalBody PedagogicalCouncil() =>
        MethodologicalBody.CreateCouncil(School, BodyKind.PedagogicalCouncil, "Педагогикалық кеңес", false, Today);

    public static DateOnly InMonth(int month, int day) => D(month >= 8 ? 2025 : 2026, month, day);

    /// <summary>A draft plan with everything R16 and R17 ask for: theme, school theme, goal, a task and one item in each month September–May.</summary>
    public MethodologicalWorkPlan CompletePlan(MethodologicalBody body)
    {
        var plan = MethodologicalWorkPlan.Create(body, Year, [], HeadId, Time);
        plan.SetHeader(Header());
        foreach (var month in Options.Plan.RequiredMonths())
        {
            plan.AddItem(body, Year, Item($"Іс-шара {month}", InMonth(month, 10), InMonth(month, 20), HeadId));
        }
        return plan;
    }

    public static PlanHeader Header() =>
        new("Жаңартылған білім мазмұны жағдайында математиканы оқыту", "Сапалы білім — табысты болашақ", "Мұғалімдердің кәсіби шеберлігін арттыру",
            ["Критериалды бағалауды енгізу"], ["Функционалдық сауаттылық"]);

    public static PlanItemInput Item(string content, DateOnly from, DateOnly to, params int[] responsible) =>
        new(content, WorkForm.Seminar, from, to, responsible, "Әдістемелік ұсыныстар");

    /// <summary>Submits, agrees and approves a complete plan.</summary>
    public MethodologicalWorkPlan ApprovedPlan(MethodologicalBody body)
    {
        var plan = CompletePlan(body);
        plan.Submit(HeadId, body, new PlanFacts(), Options, Time);
        plan.Agree(DeputyActor, Time);
        plan.Approve(DirectorActor, body, Year, new PlanFacts(), Options, Time);
        return plan;
    }

    public Meeting Schedule(MethodologicalBody body, DateOnly date, IReadOnlyList<Meeting>? others = null, params AgendaItemInput[] agenda) =>
        Meeting.Schedule(body, Year, others ?? [], new MeetingInput(date, agenda.Length > 0 ? agenda : [new AgendaItemInput("Жұмыс жоспарын талқылау", body.CurrentHead(date)?.PersonId)], Place: "№ 12 кабинет"));

    /// <summary>Everyone present, minutes written, one decision per agenda item; not yet signed.</summary>
    public Meeting MinutedMeeting(MethodologicalBody body, DateOnly date, IReadOnlyList<Meeting>? others = null, int responsible = MemberA)
    {
        var meeting = Schedule(body, date, others);
        GoTo(date);
        meeting.RecordAttendance(body, body.ActiveMembers.Select(m => new AttendanceInput(m.PersonId, true)).ToList(), Time);
        meeting.BeginMinutes(meeting.SecretaryPersonId!.Value, Time);
        foreach (var item in meeting.Agenda)
        {
            meeting.WriteItem(item.Position, "Баяндама тыңдалды", [new SpeechInput("Ұсыныс айтты", MemberB)]);
            meeting.AddDecision(new DecisionInput(item.Position, "Ұсыныстар қабылдансын", responsible, date.AddDays(14)));
        }
        return meeting;
    }

    /// <summary>A meeting held and minuted, signed by its chair and secretary.</summary>
    public Meeting HeldMeeting(MethodologicalBody body, DateOnly date, IReadOnlyList<Meeting>? others = null, int responsible = MemberA)
    {
        var meeting = MinutedMeeting(body, date, others, responsible);
        meeting.Sign(RouteActor.Person(meeting.ChairPersonId!.Value), body, Time);
        meeting.Sign(RouteActor.Person(meeting.SecretaryPersonId!.Value), body, Time);
        return meeting;
    }
}

internal static class FindingAssert
{
    /// <summary>Asserts the call is refused with an error of <paramref name="rule"/> and returns that error.</summary>
    public static RuleFinding Refused(string rule, Action action)
    {
        var ex = Assert.Throws<DomainException>(action);
        var error = ex.Errors.FirstOrDefault(e => e.Rule.Id == rule);
        Assert.True(error is not null, $"Expected an error of {rule}, got: {ex.Message}");
        return error!;
    }

    public static RuleFinding Refused(string rule, string messageKey, Action action)
    {
        var ex = Assert.Throws<DomainException>(action);
        var error = ex.Errors.FirstOrDefault(e => e.Rule.Id == rule && e.MessageKey == messageKey);
        Assert.True(error is not null, $"Expected {rule} «{messageKey}», got: {ex.Message}");
        return error!;
    }

    public static RuleFinding Single(IEnumerable<RuleFinding> findings, string rule, Severity severity)
    {
        var matching = findings.Where(f => f.Rule.Id == rule && f.Severity == severity).ToList();
        Assert.True(matching.Count == 1, $"Expected one {severity} of {rule}, got: {string.Join("; ", findings)}");
        return matching[0];
    }
}
