using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>What the route checks beyond the plan itself, loaded the same way for the plan page and the JSON API.</summary>
public static class PlanFactsLoader
{
    /// <summary>R18: last year's analysis counts as done when last year's plan has its year analysis.</summary>
    public static async Task<PlanFacts> LoadAsync(AppDbContext db, PlanContext c, CancellationToken ct)
    {
        var analysed = await db.WorkPlans.AnyAsync(p => p.BodyId == c.Body.Id && p.SchoolYearId != c.Year.Id
            && db.SchoolYears.Any(y => y.Id == p.SchoolYearId && y.StartYear == c.Year.StartYear - 1)
            && p.Analyses.Any(a => a.Period == AnalysisPeriod.Year), ct);
        // R37: a council's plan is checked against the associations' plans of the same organization and year.
        var (associationPlans, unapproved) = c.Body.IsCouncil ? await PlanPanels.CountAsync(db, c.Body, c.Year.Id, ct) : (0, 0);
        return new PlanFacts(AssociationPlansOfYear: associationPlans, UnapprovedAssociationPlans: unapproved, PreviousYearAnalysed: analysed);
    }
}
