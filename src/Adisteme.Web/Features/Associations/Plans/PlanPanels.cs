using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>R19: the analysis form of the plan page; the file comes as its own upload.</summary>
public sealed class AnalysisInput
{
    public AnalysisPeriod Period { get; set; } = AnalysisPeriod.Quarter1;
    public string? Text { get; set; }
}

/// <summary>An association's plan of the year a council's plan may coordinate (R37).</summary>
public sealed record CoordinationOption(int PlanId, string BodyName, bool Approved);

/// <summary>A line of a coordinated association's plan, shown by month on the council's plan page.</summary>
public sealed record CoordinatedItem(string BodyName, string Content, WorkForm Form, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>The quarter and year analyses of a plan (R19): those recorded and those overdue.</summary>
public sealed record AnalysisPanel(IReadOnlyList<PeriodAnalysis> Recorded, IReadOnlyList<RuleFinding> Overdue);

/// <summary>
/// What the plan page shows beside the plan itself: R19 analyses with the overdue ones, and for a methodological council
/// R37 coordination: the associations' plans of its organization and year, and their items (one query for all of them).
/// </summary>
public static class PlanPanels
{
    private static readonly BodyKind[] s_associationKinds = [BodyKind.MethodologicalAssociation, BodyKind.SubjectCommission, BodyKind.CycleCommission];

    /// <summary>The associations' plans of the council's organization and school year.</summary>
    public static IQueryable<MethodologicalWorkPlan> AssociationPlans(AppDbContext db, MethodologicalBody council, int schoolYearId) =>
        db.WorkPlans.Where(p => p.SchoolYearId == schoolYearId && db.MethodologicalBodies.Any(b => b.Id == p.BodyId
            && b.OrganizationId == council.OrganizationId && b.Status != BodyStatus.Closed && s_associationKinds.Contains(b.Kind)));

    /// <summary>R37's facts for the route: how many associations' plans the year has, and how many are not approved yet.</summary>
    public static async Task<(int Plans, int Unapproved)> CountAsync(AppDbContext db, MethodologicalBody council, int schoolYearId, CancellationToken ct)
    {
        var approved = await AssociationPlans(db, council, schoolYearId)
            .Select(p => p.Versions.Any(v => v.Status == PlanStatus.Approved)).ToListAsync(ct);
        return (approved.Count, approved.Count(a => !a));
    }

    public static async Task<IReadOnlyList<CoordinationOption>> OptionsAsync(AppDbContext db, MethodologicalBody council, int schoolYearId, CancellationToken ct)
    {
        var rows = await AssociationPlans(db, council, schoolYearId).AsNoTracking()
            .Select(p => new CoordinationOption(p.Id, db.MethodologicalBodies.Where(b => b.Id == p.BodyId).Select(b => b.Name).First(),
                p.Versions.Any(v => v.Status == PlanStatus.Approved)))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.BodyName, StringComparer.CurrentCulture)];
    }

    /// <summary>The items of the coordinated plans, each plan's approved version (else its latest), in one query.</summary>
    public static async Task<IReadOnlyList<CoordinatedItem>> ItemsAsync(AppDbContext db, IReadOnlyCollection<int> planIds, CancellationToken ct)
    {
        if (planIds.Count == 0)
        {
            return [];
        }
        var ids = planIds.ToArray();
        var rows = await (
                from p in db.WorkPlans.AsNoTracking()
                where ids.Contains(p.Id)
                from v in p.Versions
                where v.Number == (p.Versions.Any(x => x.Status == PlanStatus.Approved)
                    ? p.Versions.Where(x => x.Status == PlanStatus.Approved).Max(x => x.Number)
                    : p.Versions.Max(x => x.Number))
                from i in v.Items
                join b in db.MethodologicalBodies on p.BodyId equals b.Id
                select new CoordinatedItem(b.Name, i.Content, i.Form, i.StartsOn, i.EndsOn))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.StartsOn).ThenBy(r => r.BodyName, StringComparer.CurrentCulture)];
    }

    /// <summary>R19: the plan's analyses by period, and the ones overdue by <see cref="PlanScheduleRule"/>.</summary>
    public static AnalysisPanel Analyses(PlanContext context, DateOnly today, AssociationRulesOptions options) =>
        context.Plan is not { } plan ? new AnalysisPanel([], []) : new AnalysisPanel(
            [.. plan.Analyses.OrderBy(a => a.Period)],
            [.. PlanScheduleRule.Evaluate(context.Body, context.Year, plan, [], today, options).Where(f => f.Rule == RuleCatalog.R19)]);
}
