using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>
/// A body's plan over its school year: R14 an active body has its plan once the year has begun; R15
/// (proposal) it is approved before the body's first held meeting; R19 an analysis of each quarter and of
/// the year, due <c>AnalysisDueDays</c> after each ends.
/// </summary>
public static class PlanScheduleRule
{
    public static IReadOnlyList<RuleFinding> Evaluate(MethodologicalBody body, SchoolYear year, MethodologicalWorkPlan? plan,
        IEnumerable<Meeting> meetings, DateOnly today, AssociationRulesOptions options)
    {
        if (body.Status != BodyStatus.Active || body.Kind == BodyKind.PedagogicalCouncil || today < year.StartsOn)
        {
            return [];
        }
        if (plan is null)
        {
            return [RuleCatalog.R14.Error(RuleMessages.NoPlanForYear, year.Title).About(body.Id)];
        }
        var findings = new List<RuleFinding>();
        var firstHeld = meetings.Where(m => m.BodyId == body.Id && m.SchoolYearId == year.Id && m.Status == MeetingStatus.Held)
            .OrderBy(m => m.Date).FirstOrDefault();
        var approvedOn = plan.Versions.Where(v => v.Status is PlanStatus.Approved or PlanStatus.Superseded)
            .Select(v => v.Route.Done(StepKind.Approve)?.DecidedAtUtc).Where(d => d is not null)
            .Select(d => DateOnly.FromDateTime(d!.Value)).DefaultIfEmpty(DateOnly.MaxValue).Min();
        if (firstHeld is not null && approvedOn > firstHeld.Date)
        {
            findings.Add(RuleCatalog.R15.Warning(RuleMessages.PlanNotApprovedBeforeFirstMeeting, firstHeld.Date).About(plan.Id));
        }
        if (body.IsAssociation)
        {
            foreach (var quarter in year.Quarters.OrderBy(q => q.Number))
            {
                var period = (AnalysisPeriod)quarter.Number;
                if (quarter.EndsOn.AddDays(options.Plan.AnalysisDueDays) < today && !plan.HasAnalysis(period))
                {
                    findings.Add(RuleCatalog.R19.Error(RuleMessages.QuarterAnalysisMissing, quarter.Number).About(plan.Id));
                }
            }
            if (year.EndsOn.AddDays(options.Plan.AnalysisDueDays) < today && !plan.HasAnalysis(AnalysisPeriod.Year))
            {
                findings.Add(RuleCatalog.R19.Error(RuleMessages.YearAnalysisMissing, year.Title).About(plan.Id));
            }
        }
        return findings;
    }
}
