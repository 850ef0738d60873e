using System.Globalization;
using Adisteme.Bench.Generate.Bulk;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Bench.Generate.Steps;

/// <summary>
/// The methodological life of three school years (2024–2026), built only through the domain's public
/// methods so every rule holds as it would for users: in each school an association per subject with at
/// least three teachers (R1), one for primary-grade teachers, a college's subject commissions, a
/// kindergarten's educators; a methodological council of 5–19 members chaired by the methodological
/// deputy (R32–R34); per district an association of the small schools' teachers and an inter-school one
/// for a subject too thin in each school. Members with a head by order each year and a secretary; a work
/// plan per year (about 25 items by month; past years approved, a few amended; this year mostly
/// approved, some agreed, submitted, returned or still drafts; items marked done or not done); 5–6
/// meetings a year per association, 4 per council, 2–3 per district body, with attendance, minutes
/// (heard, spoke, decided per agenda item), signatures and decisions, some open and overdue.
/// Texts follow the organization's document language (Kazakh, Russian or Kyrgyz).
/// </summary>
public sealed class AssociationsStep : IGeneratorStep
{
    public string Name => "associations";

    public async Task RunAsync(GenerationContext context, CancellationToken ct)
    {
        var world = context.World;
        var rows = new AggregateRows(context.Bulk);
        var staff = world.Staff.ToLookup(s => s.OrganizationId);
        var (bodies, plans, meetings) = (0, 0, 0);
        // Two cores, two workers: a region's aggregates are built while the previous region's rows are copied.
        var writing = Task.CompletedTask;
        foreach (var region in world.Regions)
        {
            var random = context.RandomFor(Name, region.Id);
            rows.UseRandom(random);
            var life = new BodyLife(world, rows, random, world.SchoolYears[region.Country]);
            foreach (var district in world.Districts.Where(d => d.RegionId == region.Id))
            {
                var organizations = world.Organizations.Where(o => o.DistrictId == district.Id).ToList();
                foreach (var org in organizations)
                {
                    life.Organization(org, staff[org.Id].ToList());
                }
                life.District(district, organizations, staff);
            }
            var batch = rows.TakeBatch();
            (bodies, plans, meetings) = (bodies + life.Bodies, plans + life.Plans, meetings + life.Meetings);
            var message = string.Create(CultureInfo.InvariantCulture, $"region {region.Id}/{world.Regions.Count} {region.Name}: {life.Bodies:N0} bodies, {life.Plans:N0} plans, {life.Meetings:N0} meetings (total {bodies:N0} bodies, {plans:N0} plans, {meetings:N0} meetings)");
            await writing;
            writing = Task.Run(async () =>
            {
                var written = await rows.WriteAsync(batch, ct);
                context.Progress(Name, $"{message}: {written:N0} rows written");
            }, ct);
        }
        await writing;
    }

    /// <summary>Builds the bodies of one region; one instance per region keeps the random stream per region.</summary>
    private sealed class BodyLife(World world, AggregateRows rows, Random random, IReadOnlyList<SchoolYear> years)
    {
        private static readonly DateOnly s_today = GenerationContext.Today;
        private readonly AssociationRulesOptions _options = new();
        private readonly StepClock _clock = new(s_today);
        private readonly int _primaryGrades = world.Subjects["primary-grades"];

        public int Bodies { get; private set; }
        public int Plans { get; private set; }
        public int Meetings { get; private set; }

        private sealed record Body(MethodologicalBody Entity, DocumentLanguage Language, StaffProfile Head, StaffProfile Secretary,
            RouteActor Agree, RouteActor Approve, int FirstYear, BodyKind Kind);

        public void Organization(OrganizationFact org, List<StaffFact> people)
        {
            if (org.Kind is OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice || people.Count < 3)
            {
                return;
            }
            var entity = new EducationOrganization { Name = "", Kind = org.Kind, DistrictId = org.DistrictId }.WithId(org.Id);
            StaffProfile P(StaffFact s) => new(s.PersonId, org.Id, org.DistrictId, s.Position);
            var director = people.First(s => s.Position == Position.Director);
            var deputy = people.FirstOrDefault(s => s.Position == Position.DeputyDirectorMethodological);
            var curator = people.FirstOrDefault(s => P(s).IsDeputyDirector);
            var agree = RouteActor.Person((curator.PersonId != 0 ? curator : director).PersonId, AppRole.DeputyDirector);
            var approve = RouteActor.Person(director.PersonId, AppRole.Director);

            var groups = new List<(BodyKind Kind, MoAudience Audience, int? SubjectId, List<StaffFact> Members)>();
            if (org.Kind == OrganizationKind.College)
            {
                groups.AddRange(people.Where(s => s.Position == Position.Teacher && s.SubjectId is not null).GroupBy(s => s.SubjectId)
                    .Where(g => g.Count() >= _options.Mo.MinTeachers).Select(g => (BodyKind.SubjectCommission, MoAudience.SubjectTeachers, g.Key, g.ToList())));
            }
            else if (org.Kind == OrganizationKind.PreschoolOrganization)
            {
                var educators = people.Where(s => s.Position == Position.PreschoolEducator).ToList();
                if (educators.Count >= _options.Mo.MinTeachers)
                {
                    groups.Add((BodyKind.MethodologicalAssociation, MoAudience.PreschoolEducators, null, educators));
                }
            }
            else
            {
                groups.AddRange(people.Where(s => s.Position == Position.Teacher && s.SubjectId is not null).GroupBy(s => s.SubjectId)
                    .Where(g => g.Count() >= _options.Mo.MinTeachers).OrderBy(g => g.Key)
                    .Select(g => (BodyKind.MethodologicalAssociation, MoAudience.SubjectTeachers, g.Key, g.ToList())));
                var primary = people.Where(s => s.Position == Position.PrimaryTeacher).ToList();
                if (primary.Count >= _options.Mo.MinTeachers)
                {
                    groups.Add((BodyKind.MethodologicalAssociation, MoAudience.PrimaryGradeTeachers, null, primary));
                }
            }

            var associations = new List<Body>();
            foreach (var (kind, audience, subjectId, members) in groups)
            {
                var subjects = subjectId is { } id ? new List<SubjectStaff> { new(id, null, members.Select(m => m.PersonId).ToList()) } : [];
                var name = Text.AssociationName(org.Language, kind, audience, subjectId is { } s ? world.SubjectNames[s] : default);
                var firstYear = FirstYear();
                var body = MethodologicalBody.CreateForOrganization(entity, kind, name, audience, subjects, members.Select(m => m.PersonId).ToList(),
                    _options.Mo, D(firstYear, 8, 20)).WithId(rows.NextId<MethodologicalBody>());
                var profiles = members.Select(P).ToList();
                var head = Pick(profiles);
                var secretary = Pick(profiles.Where(p => p != head).ToList());
                body.AddMember(secretary, MembershipRole.Secretary, D(firstYear, 8, 20), _options, primary: true);
                foreach (var member in profiles.Where(p => p != head && p != secretary))
                {
                    body.AddMember(member, MembershipRole.Member, D(firstYear, 8, 20), _options, primary: true);
                }
                if (curator.PersonId != 0)
                {
                    body.AssignCurator(P(curator));
                }
                body.ApproveRegulation(director.PersonId, D(firstYear, 8, 25), null, _options);
                associations.Add(new Body(body, org.Language, head, secretary, agree, approve, firstYear, kind));
            }
            foreach (var body in associations)
            {
                Live(body, OrderIssuer.Director, []);
            }

            // The council: the methodological deputy chairs (R34's default reading), the associations' heads sit on it (R33).
            var others = people.Where(s => s.Position is Position.Teacher or Position.PrimaryTeacher or Position.PreschoolEducator or Position.Methodologist
                || (P(s).IsDeputyDirector && s.PersonId != deputy.PersonId)).Select(P).ToList();
            if (deputy.PersonId == 0 || others.Count < _options.Council.MinMembers)
            {
                return;
            }
            var councilFirstYear = associations.Count > 0 ? associations.Min(a => a.FirstYear) : FirstYear();
            var council = MethodologicalBody.CreateCouncil(entity, BodyKind.MethodologicalCouncil, Text.Council.In(org.Language), false, D(councilFirstYear, 8, 18))
                .WithId(rows.NextId<MethodologicalBody>());
            var chair = P(deputy);
            council.AddMember(chair, MembershipRole.Member, D(councilFirstYear, 8, 18), _options, CouncilMemberCategory.AdministrationRepresentative);
            var heads = associations.Select(a => a.Head).Distinct().Take(12).ToList();
            var rest = others.Where(p => !heads.Contains(p)).OrderBy(_ => random.Next()).ToList();
            if (rest.Count == 0)
            {
                return;
            }
            var size = Math.Clamp(heads.Count + 2 + random.Next(0, 4), _options.Council.MinMembers, _options.Council.MaxMembers);
            var councilSecretary = rest[0];
            council.AddMember(councilSecretary, MembershipRole.Secretary, D(councilFirstYear, 8, 18), _options,
                councilSecretary.IsDeputyDirector ? CouncilMemberCategory.AdministrationRepresentative : CouncilMemberCategory.InnovatorTeacher);
            foreach (var head in heads.Take(size - 2))
            {
                council.AddMember(head, MembershipRole.Member, D(councilFirstYear, 8, 18), _options, CouncilMemberCategory.MoHead);
            }
            foreach (var teacher in rest.Skip(1).Take(size - council.MemberCount))
            {
                council.AddMember(teacher, MembershipRole.Member, D(councilFirstYear, 8, 18), _options,
                    random.Chance(0.5) ? CouncilMemberCategory.InnovatorTeacher : CouncilMemberCategory.ResearchTeacher);
            }
            council.RecordRegulationAdoption(Text.AdoptionRecord.In(org.Language), D(councilFirstYear, 8, 19));
            council.ApproveRegulation(director.PersonId, D(councilFirstYear, 8, 25), null, _options);
            Live(new Body(council, org.Language, chair, councilSecretary, RouteActor.Person(chair.PersonId, AppRole.DeputyDirector), approve,
                councilFirstYear, BodyKind.MethodologicalCouncil), OrderIssuer.Director, associations);
        }

        /// <summary>The district's association of the small schools' teachers (S001 cl.28, R7) and an inter-school one for a thin subject (R5).</summary>
        public void District(DistrictFact district, List<OrganizationFact> organizations, ILookup<int, StaffFact> staff)
        {
            var office = organizations.FirstOrDefault(o => o.Kind == OrganizationKind.MethodologicalOffice);
            var methodologist = office is null ? default : staff[office.Id].FirstOrDefault(s => s.Position == Position.Methodologist);
            if (methodologist.PersonId == 0)
            {
                return;
            }
            var entity = new Adisteme.Web.Features.Organizations.Domain.District { Name = district.Name, RegionId = district.RegionId }.WithId(district.Id);
            var language = district.Country == Country.Kyrgyzstan ? DocumentLanguage.Kyrgyz : DocumentLanguage.Kazakh;
            var curator = new StaffProfile(methodologist.PersonId, office!.Id, district.Id, Position.Methodologist);
            var actor = RouteActor.Person(methodologist.PersonId, AppRole.DistrictMethodologist);
            StaffProfile P(StaffFact s) => new(s.PersonId, s.OrganizationId, district.Id, s.Position);

            var small = organizations.Where(o => o.Kind == OrganizationKind.SmallSchoolWithCombinedClasses)
                .SelectMany(o => staff[o.Id]).Where(s => s.Position is Position.Teacher or Position.PrimaryTeacher).ToList();
            var schools = organizations.Where(o => o.Kind is OrganizationKind.School or OrganizationKind.Gymnasium or OrganizationKind.Lyceum or OrganizationKind.BoardingSchool or OrganizationKind.SmallSchoolWithCombinedClasses).ToList();
            var thin = schools.SelectMany(o => staff[o.Id].Where(s => s.Position == Position.Teacher && s.SubjectId is not null).GroupBy(s => s.SubjectId!.Value)
                    .Where(g => g.Count() < _options.Mo.MinTeachers).SelectMany(g => g))
                .GroupBy(s => s.SubjectId!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            var bodies = new List<(BodyScope Scope, MoAudience Audience, int? SubjectId, List<StaffFact> Members)>();
            if (small.Count >= _options.Mo.MinTeachers)
            {
                bodies.Add((BodyScope.District, MoAudience.CombinedClassTeachers, null, small.OrderBy(_ => random.Next()).Take(random.Next(8, 16)).ToList()));
            }
            if (thin is not null && thin.Count() >= _options.Mo.MinTeachers)
            {
                bodies.Add((BodyScope.InterSchool, MoAudience.SubjectTeachers, thin.Key, thin.Take(14).ToList()));
            }
            foreach (var (scope, audience, subjectId, members) in bodies)
            {
                var firstYear = FirstYear();
                var name = scope == BodyScope.District
                    ? Text.SmallSchoolsDistrict.In(language)
                    : string.Format(CultureInfo.InvariantCulture, Text.InterSchool.In(language), Text.Pick(world.SubjectNames[subjectId!.Value], language));
                var body = MethodologicalBody.CreateForDistrict(entity, scope, name, audience, subjectId is { } id ? [id] : [], D(firstYear, 8, 20))
                    .WithId(rows.NextId<MethodologicalBody>());
                var profiles = members.Select(P).ToList();
                var head = Pick(profiles);
                var secretary = Pick(profiles.Where(p => p != head).ToList());
                body.AddMember(secretary, MembershipRole.Secretary, D(firstYear, 8, 20), _options);
                foreach (var member in profiles.Where(p => p != head && p != secretary))
                {
                    body.AddMember(member, MembershipRole.Member, D(firstYear, 8, 20), _options);
                }
                body.AssignCurator(curator);
                body.ApproveRegulation(methodologist.PersonId, D(firstYear, 8, 25), null, _options);
                Live(new Body(body, language, head, secretary, actor, actor, firstYear, BodyKind.MethodologicalAssociation), OrderIssuer.DistrictEducationDepartment, []);
            }
        }

        /// <summary>Most bodies exist since 2024; some were founded in 2025 or this school year.</summary>
        private int FirstYear() => random.Weighted([(years[0].StartYear, 85.0), (years[1].StartYear, 10.0), (years[^1].StartYear, 5.0)]);

        private static DateOnly D(int startYear, int month, int day) => new(month >= 6 ? startYear : startYear + 1, month, day);

        private StaffProfile Pick(List<StaffProfile> people) => people[random.Next(people.Count)];

        /// <summary>Each school year from the body's first: the head's order, the plan along its route, the meetings.</summary>
        private void Live(Body body, OrderIssuer issuer, IReadOnlyList<Body> coordinated)
        {
            var entity = body.Entity;
            var plansByYear = new Dictionary<int, MethodologicalWorkPlan>();
            foreach (var year in years.Where(y => y.StartYear >= body.FirstYear))
            {
                var termStart = D(year.StartYear, 8, 27);
                var order = string.Format(CultureInfo.InvariantCulture, Text.OrderNumber.In(body.Language), random.Next(20, 180));
                entity.AppointHead(body.Head, new OrderRef(order, D(year.StartYear, 8, 26)), issuer, termStart, year.EndsOn, year, _options);
                if (entity.Status == BodyStatus.Forming)
                {
                    entity.Activate(termStart, _options);
                }
                var plan = Plan(body, year, plansByYear.Keys.ToList(), coordinated);
                plansByYear[year.Id] = plan;
                MeetingsOf(body, year);
            }
            rows.Add(entity);
            Bodies++;
        }

        private readonly Dictionary<(MethodologicalBody Body, int YearId), MethodologicalWorkPlan> _plans = new();

        private MethodologicalWorkPlan Plan(Body body, SchoolYear year, List<int> yearsWithPlan, IReadOnlyList<Body> coordinated)
        {
            var entity = body.Entity;
            var language = body.Language;
            var current = year.StartYear == years[^1].StartYear;
            _clock.At(D(year.StartYear, 8, 22));
            var plan = MethodologicalWorkPlan.Create(entity, year, yearsWithPlan, body.Head.PersonId, _clock).WithId(rows.NextId<MethodologicalWorkPlan>());
            _plans[(entity, year.Id)] = plan;
            plan.SetHeader(new PlanHeader(Text.Pick(Text.Themes, language, random), Text.Pick(Text.SchoolThemes, language, random), Text.Goal.In(language),
                Text.Tasks.Select(t => t.In(language)).OrderBy(_ => random.Next()).Take(3).ToList(), Text.Directions.Select(t => t.In(language)).OrderBy(_ => random.Next()).Take(2).ToList()));
            var members = entity.ActiveMembers.Select(m => m.PersonId).ToList();
            var months = _options.Plan.RequiredMonths();
            var perMonth = new[] { 3, 3, 3, 3, 2, 3, 3, 3, 2 };
            for (var m = 0; m < months.Count; m++)
            {
                for (var n = 0; n < perMonth[m % perMonth.Length]; n++)
                {
                    var (content, form) = Text.Items[random.Next(Text.Items.Length)];
                    var start = D(year.StartYear, months[m], 1 + random.Next(0, 18));
                    var end = start.AddDays(random.Next(0, 9));
                    IReadOnlyCollection<int> responsible = random.Chance(0.3) ? members.OrderBy(_ => random.Next()).Take(2).ToList() : [members[random.Next(members.Count)]];
                    plan.AddItem(entity, year, new PlanItemInput(content.In(language), form, start, end, responsible, Text.Pick(Text.Results, language, random)));
                }
            }
            var coordinatedPlans = coordinated.Select(b => _plans.GetValueOrDefault((b.Entity, year.Id))).OfType<MethodologicalWorkPlan>().ToList();
            if (coordinatedPlans.Count > 0)
            {
                plan.SetCoordinatedPlans(entity, coordinatedPlans.Select(p => p.Id).ToList());
            }
            var facts = new PlanFacts(AssociationPlansOfYear: coordinatedPlans.Count, UnapprovedAssociationPlans: coordinatedPlans.Count(p => !p.IsApproved),
                PreviousYearAnalysed: year.StartYear > body.FirstYear);
            var target = current
                ? random.Weighted([("approved", 74.0), ("amending", 4.0), ("agreed", 8.0), ("submitted", 6.0), ("returned", 3.0), ("draft", 5.0)])
                : random.Weighted([("approved", 88.0), ("amended", 12.0)]);
            Advance(body, plan, year, facts, target);
            rows.Add(plan);
            Plans++;
            return plan;
        }

        private void Advance(Body body, MethodologicalWorkPlan plan, SchoolYear year, PlanFacts facts, string target)
        {
            var entity = body.Entity;
            var head = body.Head.PersonId;
            var schoolScope = entity.Scope == BodyScope.School;
            if (target == "draft")
            {
                return;
            }
            _clock.At(D(year.StartYear, 8, 24));
            plan.Submit(head, entity, facts, _options, _clock);
            if (target == "submitted")
            {
                return;
            }
            _clock.At(D(year.StartYear, 8, 25));
            if (target == "returned")
            {
                plan.Return(body.Agree, Text.ReturnComment.In(body.Language), _clock);
                return;
            }
            if (schoolScope)
            {
                plan.Agree(body.Agree, _clock);
            }
            if (target == "agreed")
            {
                return;
            }
            _clock.At(D(year.StartYear, 8, 27));
            plan.Approve(body.Approve, entity, year, facts, _options, _clock);
            if (target == "amended")
            {
                _clock.At(D(year.StartYear, 10, 6));
                plan.StartAmendment(entity, head, Text.AmendmentReason.In(body.Language), _clock);
                plan.Submit(head, entity, facts, _options, _clock);
                if (schoolScope)
                {
                    plan.Agree(body.Agree, _clock);
                }
                _clock.At(D(year.StartYear, 10, 8));
                plan.Approve(body.Approve, entity, year, facts, _options, _clock);
            }
            Execute(body, plan);
            if (entity.IsAssociation)
            {
                foreach (var quarter in year.Quarters.Where(q => q.EndsOn.AddDays(5) < s_today))
                {
                    _clock.At(quarter.EndsOn.AddDays(5));
                    plan.RecordAnalysis((AnalysisPeriod)quarter.Number, Text.Analysis.In(body.Language), null, head, entity, _clock);
                }
                if (year.EndsOn.AddDays(10) < s_today)
                {
                    _clock.At(year.EndsOn.AddDays(10));
                    plan.RecordAnalysis(AnalysisPeriod.Year, Text.Analysis.In(body.Language), null, head, entity, _clock);
                }
            }
            if (target == "amending")
            {
                _clock.At(s_today.AddDays(-3));
                plan.StartAmendment(entity, head, Text.AmendmentReason.In(body.Language), _clock);
            }
        }

        /// <summary>Finished items: most done, some not done with a reason, a few left open (overdue this year).</summary>
        private void Execute(Body body, MethodologicalWorkPlan plan)
        {
            foreach (var item in plan.Current!.Items.Where(i => i.EndsOn < s_today).ToList())
            {
                var by = item.ResponsiblePersonIds.First();
                _clock.At(item.EndsOn);
                var roll = random.NextDouble();
                if (roll < 0.82)
                {
                    // R25: a subject week is done with its analysis attached (a stored file's key; the file itself is not generated).
                    var evidence = item.Form == WorkForm.SubjectWeek
                        ? string.Create(CultureInfo.InvariantCulture, $"bench/{plan.Id}/{item.Position}.pdf")
                        : null;
                    plan.MarkDone(item.ItemKey, by, body.Entity, Text.Pick(Text.DoneNotes, body.Language, random), evidence, _clock);
                }
                else if (roll < 0.92)
                {
                    plan.MarkNotDone(item.ItemKey, by, body.Entity, Text.Pick(Text.NotDoneReasons, body.Language, random), _clock);
                }
            }
        }

        private static readonly (int Month, int Day)[] s_associationSlots = [(8, 29), (10, 16), (11, 13), (1, 15), (3, 12), (5, 14)];
        private static readonly (int Month, int Day)[] s_councilSlots = [(9, 25), (11, 12), (1, 22), (4, 16)];
        private static readonly (int Month, int Day)[] s_districtSlots = [(10, 22), (1, 28), (3, 19)];

        private void MeetingsOf(Body body, SchoolYear year)
        {
            var entity = body.Entity;
            var current = year.StartYear == years[^1].StartYear;
            // Five or six meetings for an association: the five leave out the November or the January one.
            var skipped = random.Chance(0.5) ? -1 : 2 + random.Next(0, 2);
            var slots = body.Kind == BodyKind.MethodologicalCouncil ? s_councilSlots
                : entity.Scope != BodyScope.School ? s_districtSlots.Take(random.Chance(0.5) ? 2 : 3).ToArray()
                : s_associationSlots.Where((_, i) => i != skipped).ToArray();
            if (current && entity.IsAssociation && random.Chance(0.08))
            {
                // Behind schedule (R20): the autumn meeting was never held nor scheduled.
                slots = slots.Where(s => s.Month != 10).ToArray();
            }
            var members = entity.ActiveMembers.Select(m => m.PersonId).ToList();
            var meetings = new List<Meeting>();
            var room = random.Next(1, 40);
            for (var n = 0; n < slots.Length; n++)
            {
                var date = D(year.StartYear, slots[n].Month, slots[n].Day).AddDays(random.Next(0, 4));
                var speakers = members.Where(id => id != body.Head.PersonId).OrderBy(_ => random.Next()).Take(2).ToList();
                var agenda = new List<AgendaItemInput>
                {
                    new(n == 0 ? Text.FirstAgenda.In(body.Language) : Text.PreviousDecisions.In(body.Language), body.Head.PersonId),
                };
                agenda.AddRange(speakers.Select(id => new AgendaItemInput(Text.Pick(Text.Agenda, body.Language, random), id)));
                var meeting = Meeting.Schedule(entity, year, meetings, new MeetingInput(date, agenda,
                    Place: string.Format(CultureInfo.InvariantCulture, Text.Room.In(body.Language), room), StartMinutes: 15 * 60));
                meetings.Add(meeting);
                Meetings++;
                if (date <= s_today)
                {
                    Hold(body, meeting, members, date, current);
                }
                rows.Add(meeting);
            }
        }

        private void Hold(Body body, Meeting meeting, List<int> members, DateOnly date, bool current)
        {
            var entity = body.Entity;
            var language = body.Language;
            _clock.At(date);
            meeting.RecordAttendance(entity, members.Select(id => id == meeting.ChairPersonId || id == meeting.SecretaryPersonId || random.Chance(0.9)
                ? new AttendanceInput(id, true)
                : new AttendanceInput(id, false, Text.Pick(Text.AbsenceReasons, language, random))).ToList(), _clock);
            var recent = current && date > s_today.AddDays(-21);
            if (recent && random.Chance(0.15))
            {
                return; // attendance taken, the secretary has not started the minutes yet
            }
            meeting.BeginMinutes(meeting.SecretaryPersonId!.Value, _clock);
            var decisions = new List<Decision>();
            foreach (var item in meeting.Agenda)
            {
                var speeches = members.OrderBy(_ => random.Next()).Take(random.Next(1, 3))
                    .Select(id => new SpeechInput(Text.Pick(Text.Spoke, language, random), id)).ToList();
                meeting.WriteItem(item.Position, Text.Pick(Text.Heard, language, random), speeches);
                var responsible = random.Chance(0.4) ? body.Head.PersonId : members[random.Next(members.Count)];
                decisions.Add(meeting.AddDecision(new DecisionInput(item.Position, Text.Pick(Text.Decided, language, random), responsible, date.AddDays(random.Next(7, 45)))));
            }
            if (recent && random.Chance(0.2))
            {
                return; // minutes drafted, not signed yet
            }
            meeting.Sign(RouteActor.Person(meeting.SecretaryPersonId!.Value), entity, _clock);
            if (recent && random.Chance(0.3))
            {
                return; // the chair has not signed yet
            }
            meeting.Sign(RouteActor.Person(meeting.ChairPersonId!.Value), entity, _clock);
            foreach (var decision in decisions.Where(d => d.DueDate < s_today))
            {
                if (random.Chance(current ? 0.6 : 0.93))
                {
                    _clock.At(decision.DueDate.AddDays(-random.Next(0, 5)));
                    meeting.MarkDecisionDone(decision.DecisionKey, decision.ResponsiblePersonId, entity, Text.Pick(Text.DoneNotes, language, random), _clock);
                }
            }
        }
    }

    /// <summary>The step's own clock, as the demo seeder's: each action happens on its day, never after "today".</summary>
    private sealed class StepClock(DateOnly today) : TimeProvider
    {
        private DateTimeOffset _now;

        public void At(DateOnly date) => _now = new DateTimeOffset((date < today ? date : today).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
