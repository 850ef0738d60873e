using System.Net;
using Adisteme.Tests.Associations.Screens.Plans;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Governance;

/// <summary>On /Associations/Plans/{bodyId}: R19 quarter and year analyses, and R37 the council's coordination of the associations' plans.</summary>
public sealed class PlanGovernanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R19_QuarterOverdue_HeadRecordsTextAndFile_MemberOnlyReads()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Analyses body");
        await PlanScreens.ApproveThroughDomainAsync(app, b);
        using var head = await PlanClient.SignedInAsync(app, "head");

        var before = await head.GetPageAsync(b.Url);
        Assert.Contains(RuleMessages.QuarterAnalysisMissing.Replace("{0}", "1", StringComparison.Ordinal),
            before.QuerySelector("#analyses-overdue")!.TextContent, StringComparison.Ordinal);

        var empty = await head.PostAsync(b, "Analysis", new() { ["Analysis.Period"] = "Quarter1", ["Analysis.Text"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(RuleMessages.AnalysisEmpty, TestClient.FieldError(await TestClient.ParseAsync(empty), "Analysis.Text"));

        PlanClient.Redirected(await head.PostAsync(b, "Analysis", new() { ["Analysis.Period"] = "Quarter1", ["Analysis.Text"] = "Бірінші тоқсанның жоспары орындалды." }));
        var version = (await head.GetPageAsync(b.Url)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        PlanClient.Redirected(await head.PostMultipartAsync($"{b.Url}?handler=Analysis", new() { ["Analysis.Period"] = "Year", ["Version"] = version },
            "AnalysisFile", "year.pdf", GovernanceWorld.Pdf, formPage: b.Url));

        var plan = (await PlanScreens.PlanAsync(app, b))!;
        var analyses = await app.WithDbAsync(db => db.Set<PeriodAnalysis>().Where(a => a.PlanId == plan.Id).OrderBy(a => a.Period).ToListAsync());
        Assert.Equal([AnalysisPeriod.Quarter1, AnalysisPeriod.Year], analyses.Select(a => a.Period));
        Assert.Equal("Бірінші тоқсанның жоспары орындалды.", analyses[0].Text);
        Assert.Equal(b.HeadId, analyses[0].RecordedByPersonId);
        Assert.NotNull(analyses[1].FileKey);

        using var member = await PlanClient.SignedInAsync(app, "teacher");
        var page = await member.GetPageAsync(b.Url);
        Assert.Null(page.QuerySelector("#analyses-overdue"));
        Assert.Contains("Бірінші тоқсанның жоспары орындалды.", page.QuerySelector("#analyses-list")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#analyses form"));
        // The attached file is read back by whoever may see the body, and by nobody else.
        var link = page.QuerySelector("#analyses-list a[href^='/Associations/File/analysis/']")!.GetAttribute("href")!;
        using (var download = await member.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(GovernanceWorld.Pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
        using (var outsider = await PlanClient.SignedInAsync(app, "director.gym"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(link)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(link.Replace("/analysis/", "/nonsense/", StringComparison.Ordinal))).StatusCode);
        PlanClient.Denied(await member.PostAsync(b, "Analysis", new() { ["Analysis.Period"] = "Quarter2", ["Analysis.Text"] = "x" }));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<PeriodAnalysis>().CountAsync(a => a.PlanId == plan.Id)));
    }

    [Fact]
    public async Task R37_CouncilSubmitsWithoutCoordination_RefusedAtField_ThenCoordinatesAndShowsAssociationsItems()
    {
        // The demo's gymnasium: its council's plan is a draft, its class teachers' association has a plan of the year.
        var (councilId, moPlan, otherSchoolPlan, moName) = await app.WithDbAsync(async db =>
        {
            var gym = await GovernanceWorld.OrganizationAsync(db, "Гимназия № 5");
            var council = await db.MethodologicalBodies.SingleAsync(x => x.OrganizationId == gym && x.Kind == BodyKind.MethodologicalCouncil);
            var mo = await db.MethodologicalBodies.SingleAsync(x => x.OrganizationId == gym && x.Kind == BodyKind.MethodologicalAssociation);
            var moPlan = await db.WorkPlans.Where(p => p.BodyId == mo.Id).Select(p => p.Id).SingleAsync();
            var school101 = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            var other = await db.WorkPlans.Where(p => db.MethodologicalBodies.Any(x => x.Id == p.BodyId && x.OrganizationId == school101 && x.Kind == BodyKind.MethodologicalAssociation))
                .Select(p => p.Id).FirstAsync();
            return (council.Id, moPlan, other, mo.Name);
        });
        var b = new PlanBody(councilId, 0, 0, 0);
        using var client = await PlanClient.SignedInAsync(app, "director.gym");

        PlanClient.Redirected(await client.PostAsync(b, "Coordinate"));
        var refused = await client.PostAsync(b, "Submit");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestClient.ParseAsync(refused);
        Assert.Contains(RuleMessages.CouncilPlanMustCoordinate, page.QuerySelector("#coordination-error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleMessages.CouncilPlanMustCoordinate, page.QuerySelector(".validation-summary-errors")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, (await CouncilPlanAsync(councilId)).Status);

        // Another school's plan is not the council's to coordinate; saving the same choice twice keeps it.
        PlanClient.Redirected(await client.PostAsync(b, "Coordinate", new() { ["Coordinated[0]"] = $"{moPlan}", ["Coordinated[1]"] = $"{otherSchoolPlan}" }));
        PlanClient.Redirected(await client.PostAsync(b, "Coordinate", new() { ["Coordinated"] = $"{moPlan}" }));
        Assert.Equal([moPlan], (await CouncilPlanAsync(councilId)).CoordinatedPlans.Select(c => c.CoordinatedPlanId));

        var shown = await client.GetPageAsync(b.Url);
        Assert.NotNull(shown.QuerySelector($"#coordinated-{moPlan}[checked]"));
        Assert.Null(shown.QuerySelector($"#coordinated-{otherSchoolPlan}"));
        var items = string.Concat(shown.QuerySelectorAll("table.coordinated-items").Select(t => t.TextContent));
        Assert.Contains(moName, items, StringComparison.Ordinal);
        var firstItem = await app.WithDbAsync(db => db.WorkPlans.Where(p => p.Id == moPlan).SelectMany(p => p.Versions).SelectMany(v => v.Items)
            .OrderBy(i => i.StartsOn).Select(i => i.Content).FirstAsync());
        Assert.Contains(firstItem, items, StringComparison.Ordinal);
    }

    private Task<WorkPlanVersion> CouncilPlanAsync(int councilId) => app.WithDbAsync(db => db.WorkPlans.Where(p => p.BodyId == councilId)
        .SelectMany(p => p.Versions).Include(v => v.CoordinatedPlans).OrderByDescending(v => v.Number).FirstAsync());
}
