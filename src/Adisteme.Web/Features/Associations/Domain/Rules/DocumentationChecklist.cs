using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>
/// R30 (Checklist 1, S000 section 7) for the items this module keeps: 7.1 the order appointing the head,
/// 7.2 the regulation, 7.3 last year's analysis, 7.4 the approved plan, 7.8 work with young specialists
/// (mentoring in the plan), 7.15 minutes of every past meeting (R21), 7.16 the analyses of finished
/// quarters (R19 has the due dates). The other items are documents of the Documents module.
/// </summary>
public static class DocumentationChecklist
{
    public static IReadOnlyList<RuleFinding> Evaluate(MethodologicalBody body, SchoolYear year, MethodologicalWorkPlan? plan, MethodologicalWorkPlan? previousPlan,
        IEnumerable<Meeting> meetings, int youngSpecialistMembers, DateOnly today)
    {
        if (!body.IsAssociation || body.Status != BodyStatus.Active)
        {
            return [];
        }
        var findings = new List<RuleFinding>();
        void Missing(string clause, string message) => findings.Add(RuleCatalog.R30.Warning(message, clause).About(body.Id));

        if (body.CurrentHead(today) is null)
        {
            Missing("7.1", RuleMessages.ChecklistHeadOrder);
        }
        if (!body.RegulationInForce)
        {
            Missing("7.2", RuleMessages.ChecklistRegulation);
        }
        if (body.ExistedBefore(year) && previousPlan?.HasAnalysis(AnalysisPeriod.Year) != true && plan?.Latest.PreviousYearAnalysisFileKey is null)
        {
            Missing("7.3", RuleMessages.ChecklistPreviousAnalysis);
        }
        if (plan?.IsApproved != true)
        {
            Missing("7.4", RuleMessages.ChecklistPlan);
        }
        if (youngSpecialistMembers > 0 && plan?.Current?.Items.Any(i => i.Form == WorkForm.Mentoring) != true)
        {
            Missing("7.8", RuleMessages.ChecklistYoungSpecialists);
        }
        foreach (var meeting in meetings.Where(m => m.BodyId == body.Id && m.SchoolYearId == year.Id && m.Status == MeetingStatus.Scheduled && m.Date < today).OrderBy(m => m.Date))
        {
            findings.Add(RuleCatalog.R21.Warning(RuleMessages.MeetingNotMinuted, meeting.Number, meeting.Date).About(meeting.Id));
        }
        var endedQuarters = year.Quarters.Where(q => q.EndsOn < today).Select(q => (AnalysisPeriod)q.Number);
        if (plan is null || endedQuarters.Any(p => !plan.HasAnalysis(p)))
        {
            if (year.Quarters.Any(q => q.EndsOn < today))
            {
                Missing("7.16", RuleMessages.ChecklistQuarterAnalyses);
            }
        }
        return findings;
    }
}
