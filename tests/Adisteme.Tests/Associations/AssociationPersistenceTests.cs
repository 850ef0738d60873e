using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations;

/// <summary>
/// A body, its approved plan (returned once on the way) and a held meeting with signed minutes are
/// saved through the application's context and read back whole, on the provider of the run
/// (SQLite by default, PostgreSQL with ADISTEME_TEST_PROVIDER=postgres).
/// </summary>
public sealed class AssociationPersistenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Saved(int BodyId, int PlanId, int MeetingId, int HeadId, int SecretaryId, int MemberId, int AbsentId, int DeputyId, int DirectorId);

    [Fact]
    public async Task FullAggregates_SavedAndReloaded_KeepEveryPart()
    {
        var saved = await app.WithDbAsync(SaveAsync);

        await app.WithDbAsync(async db =>
        {
            var body = await db.MethodologicalBodies.Include(b => b.Subjects).Include(b => b.Memberships).Include(b => b.Appointments)
                .SingleAsync(b => b.Id == saved.BodyId);
            Assert.Equal(BodyStatus.Active, body.Status);
            Assert.Equal(4, body.MemberCount);
            Assert.Equal(saved.HeadId, body.CurrentHead(new DateOnly(2026, 11, 20))!.PersonId);
            Assert.Equal("45", body.Appointments.Single().OrderNumber);
            Assert.Equal(saved.SecretaryId, body.Secretary!.PersonId);
            Assert.Equal(saved.DeputyId, body.CuratorPersonId);
            Assert.Single(body.Subjects);
            Assert.True(body.RegulationInForce);

            var plan = await db.WorkPlans
                .Include(p => p.Analyses)
                .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Steps)
                .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Decisions)
                .Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
                .Include(p => p.Versions).ThenInclude(v => v.CoordinatedPlans)
                .AsSplitQuery()
                .SingleAsync(p => p.Id == saved.PlanId);
            var current = plan.Current!;
            Assert.Equal(PlanStatus.Approved, current.Status);
            Assert.Equal(["Критериалды бағалау", "Функционалдық сауаттылық"], current.Tasks.OrderBy(t => t.Position).Select(t => t.Text));
            Assert.Single(current.PriorityDirections);
            Assert.Equal(9, current.Items.Count);
            Assert.Equal([RouteAction.Submit, RouteAction.Return, RouteAction.Submit, RouteAction.Agree, RouteAction.Approve],
                current.Route.Decisions.OrderBy(d => d.Sequence).Select(d => d.Action));
            Assert.Equal("Мамыр айын толықтырыңыз", current.Route.Decisions.Single(d => d.Action == RouteAction.Return).Comment);
            Assert.Equal(saved.DirectorId, current.Route.Done(StepKind.Approve)!.DecidedByPersonId);
            var september = current.Items.Single(i => i.Month == 9);
            Assert.Equal(ItemCompletion.Done, september.Completion);
            Assert.Equal("evidence/sep.pdf", september.EvidenceFileKey);
            Assert.Equal([saved.HeadId, saved.MemberId], september.ResponsiblePersonIds.Order());
            Assert.True(plan.HasAnalysis(AnalysisPeriod.Quarter1));

            var meeting = await db.Meetings
                .Include(m => m.Agenda).Include(m => m.Attendance)
                .Include(m => m.MinutesRevisions).ThenInclude(r => r.Route).ThenInclude(r => r.Steps)
                .Include(m => m.MinutesRevisions).ThenInclude(r => r.Items).ThenInclude(i => i.Speeches)
                .Include(m => m.MinutesRevisions).ThenInclude(r => r.Decisions)
                .AsSplitQuery()
                .SingleAsync(m => m.Id == saved.MeetingId);
            Assert.Equal(MeetingStatus.Held, meeting.Status);
            Assert.Equal(1, meeting.Number);
            Assert.Equal(new DateOnly(2026, 10, 15), meeting.Date);
            Assert.Equal(AgendaTopic.WorkPlan, meeting.Agenda.Single(a => a.Position == 1).Topic);
            Assert.Equal("Курста", meeting.Attendance.Single(a => a.PersonId == saved.AbsentId).AbsenceReason);
            var minutes = meeting.Minutes!;
            Assert.Equal(MinutesStatus.Locked, minutes.Status);
            Assert.Equal((3, 1), (minutes.PresentCount, minutes.AbsentCount));
            Assert.Equal(2, minutes.Route.Steps.Count(s => s.IsDone));
            Assert.Equal("Ұсыныс айтты", minutes.Items.Single(i => i.AgendaPosition == 1).Speeches.Single().Text);
            var decision = minutes.Decisions.Single(d => d.Type == DecisionType.CategoryNomination);
            Assert.Equal(saved.MemberId, decision.ConcernsPersonId);
            Assert.Equal(new DateOnly(2026, 11, 30), decision.DueDate);

            // Changing the reloaded aggregate writes through the mapped fields and bumps the token.
            var versionBefore = decision.Version;
            meeting.MarkDecisionDone(decision.DecisionKey, saved.MemberId, body, "Құжаттар жіберілді", app.Time);
            await db.SaveChangesAsync();
            Assert.NotEqual(versionBefore, decision.Version);
            return true;
        });

        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Decision) && a.Action == "Updated"));
        Assert.True(audited >= 1);
        var done = await app.WithDbAsync(db => db.MeetingDecisions.CountAsync(d => d.Status == DecisionStatus.Done && d.DoneNote == "Құжаттар жіберілді"));
        Assert.Equal(1, done);
    }

    private async Task<Saved> SaveAsync(AppDbContext db)
    {
        var time = app.Time;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var options = new AssociationRulesOptions();
        var org = await db.Organizations.SingleAsync(o => o.ShortName == "№ 101 ЖББМ");
        var staff = await db.Employments.Where(e => e.OrganizationId == org.Id && e.EndedOn == null).OrderBy(e => e.Id).ToListAsync();
        var director = staff.First(e => e.Position == Position.Director);
        var deputy = staff.First(e => e.Position == Position.DeputyDirectorMethodological);
        var teachers = staff.Where(e => e.Position == Position.Teacher).Take(4).Select(e => StaffProfile.From(e, org)).ToList();
        var (head, secretary, member, absent) = (teachers[0], teachers[1], teachers[2], teachers[3]);
        var year = await db.SchoolYears.SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);
        var subject = await db.Subjects.SingleAsync(s => s.Code == "mathematics");

        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, "Математика пәні мұғалімдерінің ӘБ (сынақ)",
            MoAudience.SubjectTeachers, [new SubjectStaff(subject.Id, subject.SubjectAreaId, [1, 2, 3])], [], options.Mo, today);
        body.AddMember(secretary, MembershipRole.Secretary, new DateOnly(2026, 9, 1), options, primary: true);
        body.AddMember(member, MembershipRole.Member, new DateOnly(2026, 9, 1), options, primary: true);
        body.AddMember(absent, MembershipRole.Member, new DateOnly(2026, 9, 1), options);
        body.AppointHead(head, new OrderRef("45", new DateOnly(2026, 8, 28)), OrderIssuer.Director, new DateOnly(2026, 9, 1), year.EndsOn, year, options);
        body.AssignCurator(StaffProfile.From(deputy, org));
        body.ApproveRegulation(director.PersonId, new DateOnly(2026, 8, 28), "regulation.pdf", options);
        body.Activate(today, options);
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();

        var deputyActor = RouteActor.Person(deputy.PersonId, AppRole.DeputyDirector);
        var directorActor = RouteActor.Person(director.PersonId, AppRole.Director);
        var plan = MethodologicalWorkPlan.Create(body, year, [], head.PersonId, time);
        plan.SetHeader(new PlanHeader("Функционалдық сауаттылықты дамыту", "Сапалы білім", "Кәсіби шеберлікті арттыру",
            ["Критериалды бағалау", "Функционалдық сауаттылық"], ["Дарынды балалармен жұмыс"]));
        foreach (var month in options.Plan.RequiredMonths())
        {
            var start = new DateOnly(month >= 8 ? 2026 : 2027, month, 10);
            plan.AddItem(body, year, new PlanItemInput($"Семинар {month}", WorkForm.Seminar, start, start.AddDays(5),
                month == 9 ? [head.PersonId, member.PersonId] : [head.PersonId], "Ұсыныстар"));
        }
        var facts = new PlanFacts(PreviousYearAnalysed: true);
        plan.Submit(head.PersonId, body, facts, options, time);
        plan.Return(deputyActor, "Мамыр айын толықтырыңыз", time);
        plan.Submit(head.PersonId, body, facts, options, time);
        plan.Agree(deputyActor, time);
        plan.Approve(directorActor, body, year, facts, options, time);
        plan.MarkDone(plan.Current!.Items.Single(i => i.Month == 9).ItemKey, member.PersonId, body, "Өтті", "evidence/sep.pdf", time);
        plan.RecordAnalysis(AnalysisPeriod.Quarter1, "Бірінші тоқсан талдауы", null, head.PersonId, body, time);
        db.WorkPlans.Add(plan);

        var meeting = Meeting.Schedule(body, year, [], new MeetingInput(new DateOnly(2026, 10, 15),
            [new("Жұмыс жоспарының орындалуы", head.PersonId, Topic: AgendaTopic.WorkPlan), new("Санатқа ұсыну", secretary.PersonId, Topic: AgendaTopic.Attestation)],
            Place: "№ 12 кабинет", StartMinutes: 15 * 60));
        meeting.RecordAttendance(body, [new(head.PersonId, true), new(secretary.PersonId, true), new(member.PersonId, true), new(absent.PersonId, false, "Курста")], time);
        meeting.BeginMinutes(secretary.PersonId, time);
        meeting.WriteItem(1, "Жоспардың орындалуы туралы баяндама", [new SpeechInput("Ұсыныс айтты", member.PersonId)]);
        meeting.WriteItem(2, "Санатқа ұсыну туралы", []);
        meeting.AddDecision(new DecisionInput(1, "Ақпарат назарға алынсын", head.PersonId, new DateOnly(2026, 10, 15)));
        meeting.AddDecision(new DecisionInput(2, "Педагог-зерттеуші санатына ұсынылсын", head.PersonId, new DateOnly(2026, 11, 30), DecisionType.CategoryNomination, ConcernsPersonId: member.PersonId));
        meeting.Sign(RouteActor.Person(secretary.PersonId), body, time);
        meeting.Sign(RouteActor.Person(head.PersonId), body, time);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        return new Saved(body.Id, plan.Id, meeting.Id, head.PersonId, secretary.PersonId, member.PersonId, absent.PersonId, deputy.PersonId, director.PersonId);
    }
}
