using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>How many meetings a kind of body must hold: per school year, per quarter, and the expected maximum (R6).</summary>
public sealed record FrequencyRequirement(RuleRef Rule, int PerYear, int PerQuarter, int? ExpectedMax = null);

/// <summary>A body's meetings in a school year against its requirement; behind when any warning or error was found.</summary>
public sealed record MeetingFrequency(int Held, int Upcoming, FrequencyRequirement Requirement, IReadOnlyList<RuleFinding> Findings)
{
    public bool IsBehind => Findings.Any(f => f.Severity >= Severity.Warning);
}

/// <summary>
/// The minimum number and frequency of meetings (only held meetings, whose minutes are signed, count):
/// R20 school and inter-school associations and commissions (≥1 a quarter and ≥5 a year by default),
/// R6 district associations (2–3 a year), R35 the methodological council (≥1 a quarter).
/// </summary>
public static class MeetingFrequencyRule
{
    public static FrequencyRequirement? RequirementFor(MethodologicalBody body, AssociationRulesOptions options) => body.Kind switch
    {
        BodyKind.MethodologicalCouncil => new(RuleCatalog.R35, 0, options.Council.MinMeetingsPerQuarter),
        BodyKind.PedagogicalCouncil => null,
        _ when body.Scope == BodyScope.District => new(RuleCatalog.R6, options.DistrictMo.MinMeetingsPerYear, 0, options.DistrictMo.ExpectedMaxMeetingsPerYear),
        // Commissions of colleges: the seeds set no frequency; the association's is the strict reading.
        _ => new(RuleCatalog.R20, options.Mo.MinMeetingsPerYear, options.Mo.MinMeetingsPerQuarter),
    };

    public static MeetingFrequency? Evaluate(MethodologicalBody body, SchoolYear year, IEnumerable<Meeting> meetings, DateOnly today, AssociationRulesOptions options) =>
        Evaluate(body, year, MeetingTally.Of(year, meetings.Where(m => m.BodyId == body.Id), today), today, options);

    /// <summary>The same from the body's meetings of the year counted by quarter (as a database can count them).</summary>
    public static MeetingFrequency? Evaluate(MethodologicalBody body, SchoolYear year, MeetingTally tally, DateOnly today, AssociationRulesOptions options)
    {
        var requirement = RequirementFor(body, options);
        if (requirement is null || body.Status != BodyStatus.Active)
        {
            return null;
        }
        var findings = new List<RuleFinding>();
        var rule = requirement.Rule;

        if (requirement.PerQuarter > 0)
        {
            foreach (var quarter in year.Quarters.OrderBy(q => q.Number))
            {
                var heldInQuarter = tally.HeldIn(quarter.Number);
                if (quarter.EndsOn < today && heldInQuarter < requirement.PerQuarter)
                {
                    findings.Add(rule.Error(RuleMessages.QuarterWithoutMeeting, quarter.Number, heldInQuarter, requirement.PerQuarter).About(body.Id));
                }
                else if (quarter.StartsOn <= today && today <= quarter.EndsOn
                    && heldInQuarter + tally.UpcomingIn(quarter.Number) < requirement.PerQuarter)
                {
                    findings.Add(rule.Warning(RuleMessages.QuarterMeetingNotPlanned, quarter.Number).About(body.Id));
                }
            }
        }

        if (requirement.PerYear > 0)
        {
            if (today > year.EndsOn)
            {
                if (tally.Held < requirement.PerYear)
                {
                    findings.Add(rule.Error(RuleMessages.YearTooFewMeetings, tally.Held, requirement.PerYear).About(body.Id));
                }
            }
            else if (tally.Held + tally.Upcoming < requirement.PerYear)
            {
                findings.Add(rule.Warning(RuleMessages.YearBehindSchedule, tally.Held, tally.Upcoming, requirement.PerYear).About(body.Id));
            }
            else if (requirement.Rule == RuleCatalog.R6 && tally.Held == 0 && year.Quarters.FirstOrDefault(q => q.Number == 3) is { } third && today >= third.StartsOn)
            {
                // R6: none held by the second half of the year puts the minimum at risk.
                findings.Add(rule.Warning(RuleMessages.DistrictNoMeetingYet).About(body.Id));
            }
        }

        if (requirement.ExpectedMax is { } max && tally.Held > max)
        {
            findings.Add(rule.Info(RuleMessages.MoreMeetingsThanExpected, tally.Held, max).About(body.Id));
        }
        return new MeetingFrequency(tally.Held, tally.Upcoming, requirement, findings);
    }
}

/// <summary>
/// A body's meetings of one school year by the quarter they count towards (<see cref="SchoolYearQuarters"/>):
/// held ones (signed minutes) and scheduled ones from today on. Cancelled and past unminuted meetings do not count.
/// </summary>
public sealed record MeetingTally(IReadOnlyDictionary<int, int> HeldByQuarter, IReadOnlyDictionary<int, int> UpcomingByQuarter)
{
    public static readonly MeetingTally None = new(new Dictionary<int, int>(), new Dictionary<int, int>());

    public int Held => HeldByQuarter.Values.Sum();
    public int Upcoming => UpcomingByQuarter.Values.Sum();
    public int HeldIn(int quarter) => HeldByQuarter.GetValueOrDefault(quarter);
    public int UpcomingIn(int quarter) => UpcomingByQuarter.GetValueOrDefault(quarter);

    /// <summary>Counts the meetings of <paramref name="year"/> among <paramref name="meetings"/>.</summary>
    public static MeetingTally Of(SchoolYear year, IEnumerable<Meeting> meetings, DateOnly today)
    {
        var ofYear = meetings.Where(m => m.SchoolYearId == year.Id).ToList();
        return new(
            ByQuarter(year, ofYear.Where(m => m.Status == MeetingStatus.Held)),
            ByQuarter(year, ofYear.Where(m => m.Status == MeetingStatus.Scheduled && m.Date >= today)));
    }

    private static Dictionary<int, int> ByQuarter(SchoolYear year, IEnumerable<Meeting> meetings) =>
        meetings.CountBy(m => SchoolYearQuarters.NumberOf(year, m.Date)).ToDictionary();
}

/// <summary>Which quarter (тоқсан / четверть / чейрек) a date counts towards: holidays count with the quarter before them, August with the first.</summary>
public static class SchoolYearQuarters
{
    public static int NumberOf(SchoolYear year, DateOnly date) =>
        year.Quarters.Where(q => q.StartsOn <= date).Select(q => q.Number).DefaultIfEmpty(1).Max();
}
