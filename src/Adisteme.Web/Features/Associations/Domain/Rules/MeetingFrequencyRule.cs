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

    public static MeetingFrequency? Evaluate(MethodologicalBody body, SchoolYear year, IEnumerable<Meeting> meetings, DateOnly today, AssociationRulesOptions options)
    {
        var requirement = RequirementFor(body, options);
        if (requirement is null || body.Status != BodyStatus.Active)
        {
            return null;
        }
        var ofYear = meetings.Where(m => m.BodyId == body.Id && m.SchoolYearId == year.Id).ToList();
        var held = ofYear.Where(m => m.Status == MeetingStatus.Held).ToList();
        var upcoming = ofYear.Where(m => m.Status == MeetingStatus.Scheduled && m.Date >= today).ToList();
        var findings = new List<RuleFinding>();
        var rule = requirement.Rule;

        if (requirement.PerQuarter > 0)
        {
            foreach (var quarter in year.Quarters.OrderBy(q => q.Number))
            {
                var heldInQuarter = held.Count(m => SchoolYearQuarters.NumberOf(year, m.Date) == quarter.Number);
                if (quarter.EndsOn < today && heldInQuarter < requirement.PerQuarter)
                {
                    findings.Add(rule.Error(RuleMessages.QuarterWithoutMeeting, quarter.Number, heldInQuarter, requirement.PerQuarter).About(body.Id));
                }
                else if (quarter.StartsOn <= today && today <= quarter.EndsOn
                    && heldInQuarter + upcoming.Count(m => SchoolYearQuarters.NumberOf(year, m.Date) == quarter.Number) < requirement.PerQuarter)
                {
                    findings.Add(rule.Warning(RuleMessages.QuarterMeetingNotPlanned, quarter.Number).About(body.Id));
                }
            }
        }

        if (requirement.PerYear > 0)
        {
            if (today > year.EndsOn)
            {
                if (held.Count < requirement.PerYear)
                {
                    findings.Add(rule.Error(RuleMessages.YearTooFewMeetings, held.Count, requirement.PerYear).About(body.Id));
                }
            }
            else if (held.Count + upcoming.Count < requirement.PerYear)
            {
                findings.Add(rule.Warning(RuleMessages.YearBehindSchedule, held.Count, upcoming.Count, requirement.PerYear).About(body.Id));
            }
            else if (requirement.Rule == RuleCatalog.R6 && held.Count == 0 && year.Quarters.FirstOrDefault(q => q.Number == 3) is { } third && today >= third.StartsOn)
            {
                // R6: none held by the second half of the year puts the minimum at risk.
                findings.Add(rule.Warning(RuleMessages.DistrictNoMeetingYet).About(body.Id));
            }
        }

        if (requirement.ExpectedMax is { } max && held.Count > max)
        {
            findings.Add(rule.Info(RuleMessages.MoreMeetingsThanExpected, held.Count, max).About(body.Id));
        }
        return new MeetingFrequency(held.Count, upcoming.Count, requirement, findings);
    }
}

/// <summary>Which quarter (тоқсан / четверть / чейрек) a date counts towards: holidays count with the quarter before them, August with the first.</summary>
public static class SchoolYearQuarters
{
    public static int NumberOf(SchoolYear year, DateOnly date) =>
        year.Quarters.Where(q => q.StartsOn <= date).Select(q => q.Number).DefaultIfEmpty(1).Max();
}
