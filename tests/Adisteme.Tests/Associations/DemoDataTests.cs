using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations;

/// <summary>The demo database (seeded in every factory) shows the associations' year: bodies, plans in every state, meetings, decisions, one body behind.</summary>
public sealed class DemoDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Demo(
        List<EducationOrganization> Schools, List<District> Districts, SchoolYear Year, List<MethodologicalBody> Bodies,
        List<MethodologicalWorkPlan> Plans, List<Meeting> Meetings, List<StaffProfile> Staff, int TeacherPersonId, int HeadPersonId);

    private static readonly AssociationRulesOptions s_options = new();

    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);

    private Task<Demo> LoadAsync() => app.WithDbAsync(async db =>
    {
        var organizations = await db.Organizations.ToListAsync();
        var schools = organizations.Where(o => o.Kind != OrganizationKind.MethodologicalCenter).ToList();
        var districts = await db.Districts.ToListAsync();
        var year = await db.SchoolYears.Include(y => y.Quarters).SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);
        var bodies = await db.MethodologicalBodies.Include(b => b.Subjects).Include(b => b.Memberships).Include(b => b.Appointments).AsSplitQuery().ToListAsync();
        var plans = await db.WorkPlans.Include(p => p.Analyses)
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Steps)
            .Include(p => p.Versions).ThenInclude(v => v.Route).ThenInclude(r => r.Decisions)
            .Include(p => p.Versions).ThenInclude(v => v.Items).ThenInclude(i => i.Responsible)
            .AsSplitQuery().ToListAsync();
        var meetings = await db.Meetings.Include(m => m.Agenda).Include(m => m.Attendance)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Route).ThenInclude(r => r.Steps)
            .Include(m => m.MinutesRevisions).ThenInclude(r => r.Decisions)
            .AsSplitQuery().ToListAsync();
        var employments = await db.Employments.Where(e => e.EndedOn == null).ToListAsync();
        var staff = employments.Select(e => StaffProfile.From(e, organizations.Single(o => o.Id == e.OrganizationId))).ToList();
        async Task<int> PersonOf(string login) =>
            await db.People.Where(p => p.UserId == db.Users.Single(u => u.UserName == login).Id).Select(p => p.Id).SingleAsync();
        return new Demo(schools, districts, year, bodies, plans, meetings, staff, await PersonOf("teacher"), await PersonOf("head"));
    });

    [Fact]
    public async Task Seed_EverySchool_HasActiveAssociationAndCouncilWithinBounds()
    {
        var demo = await LoadAsync();

        foreach (var school in demo.Schools)
        {
            var isSmall = school.Kind == OrganizationKind.SmallSchoolWithCombinedClasses;
            var ofSchool = demo.Bodies.Where(b => b.IsAssociation && b.Status == BodyStatus.Active
                && (b.OrganizationId == school.Id || (isSmall && b.Scope == BodyScope.District && b.Memberships.Any(m => m.OrganizationId == school.Id))));
            Assert.True(ofSchool.Any(), $"{school.Name} has no association");
        }
        var councils = demo.Bodies.Where(b => b.IsCouncil).ToList();
        Assert.NotEmpty(councils);
        Assert.All(councils, c => Assert.InRange(c.MemberCount, s_options.Council.MinMembers, s_options.Council.MaxMembers));
        var district = Assert.Single(demo.Bodies, b => b.Scope == BodyScope.District);
        Assert.Equal("Алтынсарин ауданы", demo.Districts.Single(d => d.Id == district.DistrictId).Name);
        Assert.Equal(MoAudience.CombinedClassTeachers, district.Audience);
        Assert.Contains(demo.Bodies, b => b.CurrentHead(Today)?.PersonId == demo.HeadPersonId && b.IsAssociation && b.Scope == BodyScope.School);
    }

    [Fact]
    public async Task Seed_Plans_CoverEveryStatusAndHaveDoneNotDoneAndOverdueItems()
    {
        var demo = await LoadAsync();

        var statuses = demo.Plans.SelectMany(p => p.Versions).Select(v => v.Status).ToHashSet();
        Assert.All(Enum.GetValues<PlanStatus>(), s => Assert.Contains(s, statuses));
        Assert.Contains(demo.Plans, p => p.Current is not null && p.Working is { Kind: PlanVersionKind.Amendment });
        Assert.Contains(demo.Plans.SelectMany(p => p.Versions).SelectMany(v => v.Route.Decisions), d => d.Action == RouteAction.Return && d.Comment is not null);
        var items = demo.Plans.Select(p => p.Current).OfType<WorkPlanVersion>().SelectMany(v => v.Items).ToList();
        Assert.Contains(items, i => i.Completion == ItemCompletion.Done);
        Assert.Contains(items, i => i.Completion == ItemCompletion.NotDone && i.NotDoneReason is not null);
        Assert.Contains(items, i => i.IsOverdue(Today));
    }

    [Fact]
    public async Task Seed_Meetings_SignedAndUnsignedMinutesAndOverdueDecisionForTeacher()
    {
        var demo = await LoadAsync();

        Assert.All(demo.Bodies.Where(b => b.HasHead), b => Assert.True(demo.Meetings.Count(m => m.BodyId == b.Id) >= 2, b.Name));
        Assert.Contains(demo.Meetings, m => m.Status == MeetingStatus.Held && m.Minutes is { Status: MinutesStatus.Locked } && m.Attendance.Count > 0);
        Assert.Contains(demo.Meetings, m => m.Attendance.Any(a => !a.Present && a.AbsenceReason is not null));
        Assert.Contains(demo.Meetings, m => m.DraftMinutes is { Status: MinutesStatus.Signing });
        Assert.Contains(demo.Meetings, m => m.Status == MeetingStatus.Scheduled && m.Date > Today);
        Assert.Contains(demo.Meetings.Where(m => m.Minutes is not null).SelectMany(m => m.Minutes!.Decisions), d => d.Status == DecisionStatus.Done);
        Assert.NotEmpty(DecisionRules.OverdueFor(demo.TeacherPersonId, demo.Meetings, Today));
    }

    [Fact]
    public async Task Seed_RuleChecks_OneBodyBehindScheduleAndNoOtherErrors()
    {
        var demo = await LoadAsync();
        var today = Today;

        var frequency = demo.Bodies.Select(b => MeetingFrequencyRule.Evaluate(b, demo.Year, demo.Meetings, today, s_options)).OfType<MeetingFrequency>().ToList();
        Assert.Contains(frequency, f => f.IsBehind);
        Assert.Contains(frequency, f => !f.IsBehind);
        Assert.DoesNotContain(frequency.SelectMany(f => f.Findings), f => f.Severity == Severity.Error);

        var findings = new List<RuleFinding>();
        foreach (var body in demo.Bodies)
        {
            var plan = demo.Plans.SingleOrDefault(p => p.BodyId == body.Id && p.SchoolYearId == demo.Year.Id);
            findings.AddRange(HeadTermRule.Evaluate(body, today, s_options));
            findings.AddRange(CouncilRules.Composition(body, demo.Bodies, today, s_options));
            findings.AddRange(PlanScheduleRule.Evaluate(body, demo.Year, plan, demo.Meetings, today, s_options));
        }
        foreach (var school in demo.Schools)
        {
            findings.AddRange(CuratorRule.Evaluate(school, demo.Staff, demo.Bodies));
        }
        foreach (var district in demo.Districts)
        {
            findings.AddRange(CombinedClassesRule.Evaluate(district, demo.Schools, demo.Bodies));
        }
        Assert.True(findings.All(f => f.Severity < Severity.Error), string.Join("; ", findings.Where(f => f.Severity >= Severity.Error)));
        // Only the plans still on their way may lag behind the first meeting (R15); approved ones were approved before it.
        var lagging = findings.Where(f => f.Rule.Id == RuleCatalog.R15.Id).ToList();
        Assert.All(lagging, f => Assert.False(demo.Plans.Single(p => p.Id == f.RecordId).IsApproved));
    }
}
