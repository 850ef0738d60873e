using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data.Seed;

/// <summary>
/// The demo's methodological life for the current school year, built only through the domain's public
/// methods: school associations, councils and the district association of small schools; heads by order;
/// plans in every state; meetings held, minuted, signed or not; decisions open, done and overdue; one
/// association behind its meeting schedule (R20). Dates follow the school year of today.
/// </summary>
internal static class AssociationsDemoData
{
    private enum Route
    {
        Draft,
        Submitted,
        Agreed,
        Returned,
        Approved,
        ApprovedWithAmendment,
        ApprovedAmended,
    }

    /// <summary>A meeting: month and day in the school year, and whether both signatures are on its minutes when it is past.</summary>
    private readonly record struct Slot(int Month, int Day, bool Signed = true);

    private static readonly Slot[] s_regular = [new(8, 31), new(10, 14), new(11, 12, Signed: false), new(12, 16), new(2, 10), new(4, 14), new(5, 20)];
    private static readonly Slot[] s_behind = [new(8, 31), new(12, 16)];
    private static readonly Slot[] s_council = [new(8, 28), new(10, 21), new(12, 22), new(3, 10), new(5, 26)];
    private static readonly Slot[] s_district = [new(10, 20), new(3, 17)];

    private static readonly (string Text, WorkForm Form)[] s_items =
    [
        ("Жылдық жұмыс жоспарын талқылау", WorkForm.Meeting),
        ("Жас мамандарға тәлімгерлік: сабаққа өзара қатысу", WorkForm.Mentoring),
        ("Функционалдық сауаттылық бойынша практикалық семинар", WorkForm.PracticalSeminar),
        ("Ашық сабақтар апталығы", WorkForm.OpenLesson),
        ("Критериалды бағалау бойынша дөңгелек үстел", WorkForm.RoundTable),
        ("Пәндік олимпиадаға дайындық", WorkForm.Olympiad),
        ("Шеберлік сынып: цифрлық ресурстар", WorkForm.MasterClass),
        ("Озық тәжірибені жинақтау және тарату", WorkForm.Seminar),
        ("Жылдық жұмысты талдау", WorkForm.Meeting),
    ];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var startYear = SchoolCalendar.StartYearOf(today);
        var year = await db.SchoolYears.Include(y => y.Quarters).SingleOrDefaultAsync(y => y.Country == Country.Kazakhstan && y.StartYear == startYear, ct);
        if (year is null)
        {
            return;
        }
        var seed = new Seeder(db, year, today);
        await seed.RunAsync(ct);
    }

    private sealed class Seeder(AppDbContext db, SchoolYear year, DateOnly today)
    {
        private readonly AssociationRulesOptions _options = new();
        private readonly Clock _clock = new(today);
        private readonly List<(MethodologicalBody Body, MethodologicalWorkPlan Plan, Route Route, StaffProfile Head)> _plans = [];
        private readonly Dictionary<MethodologicalBody, Slot[]> _schedules = [];
        private readonly Dictionary<MethodologicalBody, (StaffProfile Deputy, StaffProfile Director)> _approvers = [];
        private readonly Dictionary<MethodologicalBody, int> _overdueFor = [];
        private StaffProfile _methodologist = null!;

        private DateOnly D(int month, int day) => new(month >= 6 ? year.StartYear : year.StartYear + 1, month, day);

        private DateOnly Clamp(DateOnly date) => date < today ? date : today;

        public async Task RunAsync(CancellationToken ct)
        {
            var organizations = await db.Organizations.ToDictionaryAsync(o => o.Id, ct);
            var districts = await db.Districts.ToListAsync(ct);
            var subjects = await db.Subjects.ToDictionaryAsync(s => s.Id, ct);
            var staff = await db.Employments.Include(e => e.Subjects).Where(e => e.EndedOn == null).OrderBy(e => e.Id).ToListAsync(ct);
            List<Employment> Of(string shortName) => staff.Where(e => organizations[e.OrganizationId].ShortName == shortName).ToList();
            StaffProfile P(Employment e) => StaffProfile.From(e, organizations[e.OrganizationId]);
            List<Employment> Teaching(List<Employment> people, string code) => people.Where(e => e.Subjects.Any(s => subjects[s.SubjectId].Code == code)).ToList();
            SubjectStaff Subject(List<Employment> people, string code)
            {
                var teachers = Teaching(people, code);
                var subject = subjects.Values.Single(s => s.Code == code);
                return new SubjectStaff(subject.Id, subject.SubjectAreaId, teachers.Select(t => t.PersonId).ToList(), LocalizedName.Of(subject));
            }
            _methodologist = P(Of("Әдістемелік орталық")[1]);

            // № 101: the "head" login (staff 3) heads mathematics; the "deputy" agrees and the "director" approves.
            var s101 = Of("№ 101 ЖББМ");
            var org101 = organizations[s101[0].OrganizationId];
            var (director101, deputy101) = (P(s101[0]), P(s101[1]));
            var math = Teaching(s101, "mathematics").Select(P).ToList();
            var mathMo = Association(org101, "Математика пәні мұғалімдерінің әдістемелік бірлестігі", MoAudience.SubjectTeachers, [Subject(s101, "mathematics")],
                math, math[0], math[1], deputy101, director101, "12-Ж");
            // Physics has two teachers (R1 asks for three), so the "teacher" login (staff 4) works with the class teachers.
            var inSubjectMo = math.Select(p => p.PersonId).ToHashSet();
            var classTeachers = s101.Where(e => e.Position == Position.Teacher && !inSubjectMo.Contains(e.PersonId)).Take(7).Select(P).ToList();
            var classMo = Association(org101, "Сынып жетекшілерінің әдістемелік бірлестігі", MoAudience.ClassTeachers, [], classTeachers,
                classTeachers[1], classTeachers[2], deputy101, director101, "13-Ж");
            var council101 = Council(org101, deputy101, director101, P(s101[2]), [math[0], classTeachers[1], P(s101[^1])], "15-Ж");
            _overdueFor[classMo] = P(s101[4]).PersonId;

            // Гимназия № 5: mathematics returned with a comment; the council's plan still a draft.
            var gym = Of("Гимназия № 5");
            var orgGym = organizations[gym[0].OrganizationId];
            var (directorGym, deputyGym) = (P(gym[0]), P(gym[1]));
            var gymTeachers = gym.Where(e => e.Position == Position.Teacher).Take(6).Select(P).ToList();
            var gymMo = Association(orgGym, "Методическое объединение классных руководителей", MoAudience.ClassTeachers, [], gymTeachers,
                gymTeachers[0], gymTeachers[1], deputyGym, directorGym, "21-Н");
            var councilGym = Council(orgGym, deputyGym, directorGym, P(gym[2]), [gymTeachers[0], gymTeachers[2], gymTeachers[3]], "22-Н");

            // Силантьев: class teachers with an amended plan; council's plan submitted.
            var sil = Of("Силантьев ЖББМ");
            var orgSil = organizations[sil[0].OrganizationId];
            var (directorSil, deputySil) = (P(sil[0]), P(sil[1]));
            var silTeachers = sil.Where(e => e.Position == Position.Teacher).Take(6).Select(P).ToList();
            var silMo = Association(orgSil, "Сынып жетекшілерінің әдістемелік бірлестігі", MoAudience.ClassTeachers, [], silTeachers,
                silTeachers[0], silTeachers[1], deputySil, directorSil, "31-Ж");
            var councilSil = Council(orgSil, deputySil, directorSil, P(sil[2]), [silTeachers[0], silTeachers[2], silTeachers[3]], "32-Ж");

            // Шоқай: its teachers meet in the district association of Алтынсарин ауданы (S001 cl.28, R7).
            var shokay = Of("Шоқай ШЖМ");
            var altynsarin = districts.Single(d => d.Id == organizations[shokay[0].OrganizationId].DistrictId);
            var shokayStaff = shokay.Where(e => e.Position != Position.Director).Select(P).ToList();
            var districtMo = District(altynsarin, shokayStaff, shokayStaff[1], shokayStaff[2]);

            await db.SaveChangesAsync(ct);

            AddPlan(mathMo, math[0], Route.ApprovedWithAmendment);
            AddPlan(classMo, classTeachers[1], Route.Approved);
            AddPlan(gymMo, gymTeachers[0], Route.Returned);
            AddPlan(silMo, silTeachers[0], Route.ApprovedAmended);
            AddPlan(districtMo, shokayStaff[1], Route.Approved);
            await db.SaveChangesAsync(ct);
            AddPlan(council101, deputy101, Route.Submitted, [mathMo, classMo]);
            AddPlan(councilGym, deputyGym, Route.Draft, [gymMo]);
            AddPlan(councilSil, deputySil, Route.Agreed, [silMo]);
            await db.SaveChangesAsync(ct);

            _schedules[mathMo] = s_regular;
            _schedules[classMo] = s_regular;
            _schedules[gymMo] = s_behind;
            _schedules[silMo] = s_regular;
            _schedules[districtMo] = s_district;
            _schedules[council101] = s_council;
            _schedules[councilGym] = s_council;
            _schedules[councilSil] = s_council;
            foreach (var (body, slots) in _schedules)
            {
                HoldMeetings(body, slots);
            }
            await db.SaveChangesAsync(ct);
        }

        private MethodologicalBody Association(EducationOrganization org, string name, MoAudience audience, IReadOnlyList<SubjectStaff> subjects,
            IReadOnlyList<StaffProfile> members, StaffProfile head, StaffProfile secretary, StaffProfile curator, StaffProfile director, string order, bool primary = true)
        {
            var (created, orderDate, termStart) = Dates();
            var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name, audience, subjects,
                members.Select(m => m.PersonId).ToList(), _options.Mo, created);
            body.AddMember(secretary, MembershipRole.Secretary, created, _options, primary: primary);
            foreach (var member in members.Where(m => m != head && m != secretary))
            {
                body.AddMember(member, MembershipRole.Member, created, _options, primary: primary);
            }
            body.AppointHead(head, new OrderRef(order, orderDate), OrderIssuer.Director, termStart, year.EndsOn, year, _options);
            body.AssignCurator(curator);
            body.ApproveRegulation(director.PersonId, orderDate, "regulations/mo.pdf", _options);
            body.Activate(termStart, _options);
            _approvers[body] = (curator.IsDeputyDirector ? curator : director, director);
            db.MethodologicalBodies.Add(body);
            return body;
        }

        /// <summary>R32–R34: the methodological deputy chairs (the default reading), the associations' heads sit on it.</summary>
        private MethodologicalBody Council(EducationOrganization org, StaffProfile deputy, StaffProfile director, StaffProfile secretary,
            IReadOnlyList<StaffProfile> heads, string order)
        {
            var (created, orderDate, termStart) = Dates();
            var council = MethodologicalBody.CreateCouncil(org, BodyKind.MethodologicalCouncil, "Әдістемелік кеңес", false, created);
            council.AddMember(deputy, MembershipRole.Member, created, _options, CouncilMemberCategory.AdministrationRepresentative);
            council.AddMember(secretary, MembershipRole.Secretary, created, _options, CouncilMemberCategory.AdministrationRepresentative);
            foreach (var (head, i) in heads.Select((h, i) => (h, i)))
            {
                council.AddMember(head, MembershipRole.Member, created, _options, i < heads.Count - 1 ? CouncilMemberCategory.MoHead : CouncilMemberCategory.InnovatorTeacher);
            }
            council.AppointHead(deputy, new OrderRef(order, orderDate), OrderIssuer.Director, termStart, year.EndsOn, year, _options);
            council.RecordRegulationAdoption("№ 1 хаттама", orderDate.AddDays(-1));
            council.ApproveRegulation(director.PersonId, orderDate, null, _options);
            council.Activate(termStart, _options);
            _approvers[council] = (deputy, director);
            db.MethodologicalBodies.Add(council);
            return council;
        }

        private MethodologicalBody District(District district, IReadOnlyList<StaffProfile> members, StaffProfile head, StaffProfile secretary)
        {
            var (created, orderDate, termStart) = Dates();
            var body = MethodologicalBody.CreateForDistrict(district, BodyScope.District, "Шағын жинақты мектептер мұғалімдерінің аудандық әдістемелік бірлестігі",
                MoAudience.CombinedClassTeachers, [], created);
            body.AddMember(secretary, MembershipRole.Secretary, created, _options);
            foreach (var member in members.Where(m => m != head && m != secretary))
            {
                body.AddMember(member, MembershipRole.Member, created, _options);
            }
            body.AppointHead(head, new OrderRef("87", orderDate), OrderIssuer.DistrictEducationDepartment, termStart, year.EndsOn, year, _options);
            body.ApproveRegulation(_methodologist.PersonId, orderDate, "regulations/district-mo.pdf", _options);
            body.Activate(termStart, _options);
            db.MethodologicalBodies.Add(body);
            return body;
        }

        private (DateOnly Created, DateOnly Order, DateOnly TermStart) Dates()
        {
            var termStart = Clamp(D(8, 27));
            var order = Clamp(D(8, 26));
            return (Clamp(D(8, 20)), order < termStart ? order : termStart, termStart);
        }

        private void AddPlan(MethodologicalBody body, StaffProfile head, Route route, IReadOnlyList<MethodologicalBody>? coordinated = null)
        {
            _clock.At(D(8, 22));
            var plan = MethodologicalWorkPlan.Create(body, year, [], head.PersonId, _clock);
            plan.SetHeader(new PlanHeader(
                body.IsCouncil ? "Мектептің әдістемелік жұмысын жаңарту" : "Функционалдық сауаттылықты дамыту арқылы білім сапасын арттыру",
                "Сапалы білім — табысты болашақтың кепілі",
                "Педагогтердің кәсіби шеберлігін үздіксіз арттыру",
                ["Критериалды бағалауды жетілдіру", "Жас мамандарды қолдау"], ["Дарынды балалармен жұмыс"]));
            var members = body.ActiveMembers.Select(m => m.PersonId).OrderBy(id => id).ToList();
            var months = _options.Plan.RequiredMonths();
            for (var i = 0; i < months.Count; i++)
            {
                var (text, form) = s_items[i % s_items.Length];
                var start = D(months[i], 8);
                plan.AddItem(body, year, new PlanItemInput(text, form, start, start.AddDays(10 + i % 2 * 5), [members[i % members.Count]], "Әдістемелік ұсыныстар"));
            }
            var planIds = coordinated?.Select(b => _plans.Single(p => p.Body == b).Plan.Id).ToList() ?? [];
            if (planIds.Count > 0)
            {
                plan.SetCoordinatedPlans(body, planIds);
            }
            db.WorkPlans.Add(plan);
            _plans.Add((body, plan, route, head));

            Advance(body, plan, head, route, planIds.Count, coordinated);
            foreach (var quarter in year.Quarters.Where(q => q.EndsOn < today && body.IsAssociation))
            {
                _clock.At(quarter.EndsOn.AddDays(3));
                plan.RecordAnalysis((AnalysisPeriod)quarter.Number, $"{quarter.Number}-тоқсанның жұмысы талданды: жоспар негізінен орындалды.", null, head.PersonId, body, _clock);
            }
        }

        /// <summary>Takes the plan along the route (R15) to <paramref name="route"/>, marking the finished items once approved.</summary>
        private void Advance(MethodologicalBody body, MethodologicalWorkPlan plan, StaffProfile head, Route route, int coordinatedPlans, IReadOnlyList<MethodologicalBody>? coordinated)
        {
            var facts = new PlanFacts(AssociationPlansOfYear: coordinatedPlans, UnapprovedAssociationPlans: coordinated?.Count(b => _plans.Single(p => p.Body == b).Plan.Current is null) ?? 0);
            var (deputy, director) = _approvers.TryGetValue(body, out var a) ? a : (_methodologist, _methodologist);
            var agree = RouteActor.Person(deputy.PersonId, AppRole.DeputyDirector);
            var approve = body.Scope == BodyScope.School
                ? RouteActor.Person(director.PersonId, AppRole.Director)
                : RouteActor.Person(_methodologist.PersonId, AppRole.DistrictMethodologist);
            if (route == Route.Draft)
            {
                return;
            }
            _clock.At(D(8, 24));
            plan.Submit(head.PersonId, body, facts, _options, _clock);
            if (route == Route.Submitted)
            {
                return;
            }
            _clock.At(D(8, 25));
            if (route == Route.Returned)
            {
                plan.Return(agree, "Қараша айының іс-шараларын нақтылаңыз, жауаптыларды көрсетіңіз", _clock);
                return;
            }
            if (body.Scope == BodyScope.School)
            {
                plan.Agree(agree, _clock);
            }
            if (route == Route.Agreed)
            {
                return;
            }
            _clock.At(D(8, 27));
            plan.Approve(approve, body, year, facts, _options, _clock);
            Execute(body, plan);
            if (route == Route.ApprovedWithAmendment)
            {
                _clock.At(D(11, 10));
                plan.StartAmendment(body, head.PersonId, "Аудандық семинар мерзімінің ауысуына байланысты", _clock);
            }
            else if (route == Route.ApprovedAmended)
            {
                _clock.At(D(10, 1));
                plan.StartAmendment(body, head.PersonId, "Қате енгізілген күн", _clock);
                plan.WithdrawAmendment();
                _clock.At(D(10, 5));
                plan.StartAmendment(body, head.PersonId, "Ашық сабақтар апталығы ақпанға ауыстырылды", _clock);
                plan.Submit(head.PersonId, body, facts, _options, _clock);
                plan.Agree(agree, _clock);
                _clock.At(D(10, 7));
                plan.Approve(approve, body, year, facts, _options, _clock);
            }
        }

        /// <summary>Items already finished: one in three done, one not done with a reason, one left open (overdue).</summary>
        private void Execute(MethodologicalBody body, MethodologicalWorkPlan plan)
        {
            foreach (var item in plan.Current!.Items.Where(i => i.EndsOn < today).OrderBy(i => i.Position))
            {
                var by = item.ResponsiblePersonIds.First();
                _clock.At(item.EndsOn);
                switch (item.Position % 3)
                {
                    case 2:
                        plan.MarkNotDone(item.ItemKey, by, body, "Мұғалім курста болды, келесі айға ауыстырылды", _clock);
                        break;
                    case 0:
                        break;
                    default:
                        plan.MarkDone(item.ItemKey, by, body, "Өткізілді, материалдар әдістемелік бұрышта", null, _clock);
                        break;
                }
            }
        }

        /// <summary>Past slots are held (attendance, minutes, decisions) and signed unless the slot says not; future ones only scheduled.</summary>
        private void HoldMeetings(MethodologicalBody body, Slot[] slots)
        {
            var meetings = new List<Meeting>();
            var members = body.ActiveMembers.Select(m => m.PersonId).OrderBy(id => id).ToList();
            for (var n = 0; n < slots.Length; n++)
            {
                var slot = slots[n];
                var date = D(slot.Month, slot.Day);
                var head = body.CurrentHead(date)?.PersonId;
                var meeting = Meeting.Schedule(body, year, meetings, new MeetingInput(date,
                [
                    new AgendaItemInput(n == 0 ? "Жылдық жұмыс жоспарын талқылау" : "Өткен отырыс шешімдерінің орындалуы", head),
                    new AgendaItemInput(n % 2 == 0 ? "Функционалдық сауаттылықты арттыру жолдары" : "Оқушылардың білім сапасын талдау", members[n % members.Count]),
                ], Place: "№ 12 кабинет", StartMinutes: 15 * 60));
                meetings.Add(meeting);
                db.Meetings.Add(meeting);
                if (date > today)
                {
                    continue;
                }
                _clock.At(date);
                var absent = n % 2 == 1 ? members.FirstOrDefault(id => id != meeting.ChairPersonId && id != meeting.SecretaryPersonId) : 0;
                meeting.RecordAttendance(body, members.Select(id => id == absent ? new AttendanceInput(id, false, "Біліктілікті арттыру курсында") : new AttendanceInput(id, true)).ToList(), _clock);
                meeting.BeginMinutes(meeting.SecretaryPersonId!.Value, _clock);
                meeting.WriteItem(1, "Төраға баяндама жасады", [new SpeechInput("Ұсыныстар айтты", members[(n + 1) % members.Count])]);
                meeting.WriteItem(2, "Баяндамашы талдау нәтижелерін ұсынды", [new SpeechInput("Тәжірибесімен бөлісті", members[(n + 2) % members.Count])]);
                var done = meeting.AddDecision(new DecisionInput(1, "Ұсыныстар қабылдансын, жоспар бойынша жұмыс жалғастырылсын", head ?? members[0], date.AddDays(10)));
                var owner = _overdueFor.TryGetValue(body, out var o) ? o : members[(n + 3) % members.Count];
                meeting.AddDecision(new DecisionInput(2, "Талдау нәтижелері бойынша әдістемелік ұсыныстар әзірленсін", owner, date.AddDays(14)));
                meeting.Sign(RouteActor.Person(meeting.SecretaryPersonId!.Value), body, _clock);
                if (!slot.Signed)
                {
                    continue;
                }
                meeting.Sign(RouteActor.Person(meeting.ChairPersonId!.Value), body, _clock);
                if (date.AddDays(10) < today)
                {
                    _clock.At(date.AddDays(9));
                    meeting.MarkDecisionDone(done.DecisionKey, done.ResponsiblePersonId, body, "Орындалды", _clock);
                }
            }
        }
    }

    /// <summary>The seeding's own clock: each step happens on its day (never after today), so the history reads like a real year.</summary>
    private sealed class Clock(DateOnly today) : TimeProvider
    {
        private DateTimeOffset _now;

        public void At(DateOnly date) => _now = new DateTimeOffset((date < today ? date : today).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
