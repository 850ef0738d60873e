using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;

namespace Adisteme.Tests.Associations;

/// <summary>How often bodies meet: R20 (school associations), R6 (district associations), R35 (the council).</summary>
public sealed class MeetingFrequencyTests
{
    private readonly World _w = new();

    /// <summary>Held meetings of <paramref name="body"/> on the given dates, in order.</summary>
    private List<Meeting> Held(MethodologicalBody body, params DateOnly[] dates)
    {
        var meetings = new List<Meeting>();
        foreach (var date in dates)
        {
            meetings.Add(_w.HeldMeeting(body, date, meetings));
        }
        return meetings;
    }

    private static readonly DateOnly[] s_fivePerQuarter =
        [new(2025, 8, 28), new(2025, 10, 15), new(2025, 12, 10), new(2026, 3, 4), new(2026, 5, 13)];

    [Fact]
    public void R20_FiveMeetingsCoveringEveryQuarter_NoFindings()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, s_fivePerQuarter);

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!;

        Assert.Equal(5, result.Held);
        Assert.Empty(result.Findings);
        Assert.False(result.IsBehind);
    }

    [Fact]
    public void R20_FourMeetingsInYear_ReportsBehindSchedule()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, s_fivePerQuarter[1..]);

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!;

        Assert.True(result.IsBehind);
        var error = FindingAssert.Single(result.Findings, "R20", Severity.Error);
        Assert.Equal(RuleMessages.YearTooFewMeetings, error.MessageKey);
        Assert.Equal(new object[] { 4, 5 }, error.Args);
    }

    [Fact]
    public void R20_QuarterEndedWithoutMeeting_ErrorNamingTheQuarter()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, World.D(2025, 8, 28), World.D(2025, 10, 15));
        meetings.Add(_w.Schedule(body, World.D(2026, 1, 20), meetings));
        meetings.Add(_w.Schedule(body, World.D(2026, 3, 4), meetings));
        meetings.Add(_w.Schedule(body, World.D(2026, 5, 13), meetings));

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 1, 10), _w.Options)!;

        var error = FindingAssert.Single(result.Findings, "R20", Severity.Error);
        Assert.Equal(new object[] { 2, 0, 1 }, error.Args);
        Assert.DoesNotContain(result.Findings, f => f.MessageKey == RuleMessages.YearBehindSchedule);
    }

    [Fact]
    public void R20_TooFewMeetingsScheduledForTheRestOfTheYear_WarnsBehindSchedule()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, World.D(2025, 8, 28), World.D(2025, 10, 15));
        meetings.Add(_w.Schedule(body, World.D(2025, 12, 10), meetings));

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2025, 11, 20), _w.Options)!;

        var warning = result.Findings.Single(f => f.MessageKey == RuleMessages.YearBehindSchedule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new object[] { 2, 1, 5 }, warning.Args);
        Assert.True(result.IsBehind);
    }

    [Fact]
    public void R20_CurrentQuarterWithNothingPlanned_Warns()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, World.D(2025, 8, 28));

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2025, 11, 20), _w.Options)!;

        Assert.Contains(result.Findings, f => f.MessageKey == RuleMessages.QuarterMeetingNotPlanned && (int)f.Args[0] == 2);
    }

    [Fact]
    public void R20_ConfiguredOncePerQuarterOnly_FourMeetingsSuffice()
    {
        _w.Options.Mo.MinMeetingsPerYear = 4;
        var body = _w.ActiveAssociation();
        var meetings = Held(body, s_fivePerQuarter[1..]);

        Assert.Empty(MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!.Findings);
    }

    [Fact]
    public void R20_ScheduledOrCancelledMeetingsDoNotCount()
    {
        var body = _w.ActiveAssociation();
        var meetings = Held(body, s_fivePerQuarter[..4]);
        var unminuted = _w.Schedule(body, World.D(2026, 5, 20), meetings);

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, [.. meetings, unminuted], World.D(2026, 6, 1), _w.Options)!;

        Assert.Equal(4, result.Held);
        Assert.True(result.IsBehind);
    }

    [Fact]
    public void R20_FormingBodyOrPedagogicalCouncil_NotEvaluated()
    {
        Assert.Null(MeetingFrequencyRule.Evaluate(_w.NewAssociation(), _w.Year, [], World.D(2026, 6, 1), _w.Options));
        Assert.Null(MeetingFrequencyRule.Evaluate(_w.PedagogicalCouncil(), _w.Year, [], World.D(2026, 6, 1), _w.Options));
    }

    private MethodologicalBody ActiveDistrictAssociation()
    {
        var body = MethodologicalBody.CreateForDistrict(_w.District, BodyScope.District, "Бастауыш сынып мұғалімдерінің аудандық ӘБ", MoAudience.PrimaryGradeTeachers, [], _w.Today);
        body.AddMember(World.Teacher(World.SecretaryId, organizationId: 3), MembershipRole.Secretary, _w.Today, _w.Options);
        body.AddMember(World.Teacher(World.MemberA, organizationId: 4), MembershipRole.Member, _w.Today, _w.Options);
        body.AppointHead(World.Teacher(World.HeadId, organizationId: 3), World.Order(), OrderIssuer.DistrictEducationDepartment, _w.Today, _w.Year.EndsOn, _w.Year, _w.Options);
        body.ApproveRegulation(World.MethodologistId, _w.Today, null, _w.Options);
        body.Activate(_w.Today, _w.Options);
        return body;
    }

    [Fact]
    public void R6_DistrictAssociationWithOneMeetingAtYearEnd_Error()
    {
        var body = ActiveDistrictAssociation();
        var meetings = Held(body, World.D(2025, 11, 5));

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!;

        Assert.Equal(new object[] { 1, 2 }, FindingAssert.Single(result.Findings, "R6", Severity.Error).Args);
        Assert.DoesNotContain(result.Findings, f => f.MessageKey == RuleMessages.QuarterWithoutMeeting);
    }

    [Fact]
    public void R6_DistrictAssociationWithNoneByTheSecondHalf_AtRisk()
    {
        var body = ActiveDistrictAssociation();
        var meetings = new List<Meeting> { _w.Schedule(body, World.D(2026, 2, 10)), };
        meetings.Add(_w.Schedule(body, World.D(2026, 4, 10), meetings));

        Assert.Empty(MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2025, 12, 20), _w.Options)!.Findings);
        var atRisk = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 1, 9), _w.Options)!;
        Assert.Equal(RuleMessages.DistrictNoMeetingYet, FindingAssert.Single(atRisk.Findings, "R6", Severity.Warning).MessageKey);
    }

    [Fact]
    public void R6_FourDistrictMeetings_OnlyANote()
    {
        var body = ActiveDistrictAssociation();
        var meetings = Held(body, World.D(2025, 10, 1), World.D(2025, 12, 1), World.D(2026, 2, 1), World.D(2026, 4, 1));

        var result = MeetingFrequencyRule.Evaluate(body, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!;

        Assert.Equal(new object[] { 4, 3 }, FindingAssert.Single(result.Findings, "R6", Severity.Info).Args);
        Assert.False(result.IsBehind);
    }

    [Fact]
    public void R35_CouncilWithoutAMeetingInAQuarter_ErrorNoYearlyMinimum()
    {
        var council = _w.ActiveCouncil();
        var meetings = Held(council, World.D(2025, 9, 25), World.D(2025, 12, 5), World.D(2026, 5, 6));

        var result = MeetingFrequencyRule.Evaluate(council, _w.Year, meetings, World.D(2026, 6, 1), _w.Options)!;

        Assert.Equal(new object[] { 3, 0, 1 }, FindingAssert.Single(result.Findings, "R35", Severity.Error).Args);
        Assert.Equal(0, result.Requirement.PerYear);
    }

    [Fact]
    public void SchoolYearQuarters_HolidaysCountWithThePreviousQuarterAndAugustWithTheFirst()
    {
        Assert.Equal(1, SchoolYearQuarters.NumberOf(_w.Year, World.D(2025, 8, 28)));
        Assert.Equal(1, SchoolYearQuarters.NumberOf(_w.Year, World.D(2025, 10, 30)));
        Assert.Equal(2, SchoolYearQuarters.NumberOf(_w.Year, World.D(2025, 11, 3)));
        Assert.Equal(4, SchoolYearQuarters.NumberOf(_w.Year, World.D(2026, 6, 10)));
    }
}
