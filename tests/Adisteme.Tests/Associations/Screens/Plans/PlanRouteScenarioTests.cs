using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Plans;

/// <summary>The plan's route through the pages: the head drafts and submits, the deputy agrees, the director approves (R15).</summary>
public sealed class PlanRouteScenarioTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R15_FullRoute_RightPeopleDecide_ApprovedPlanLocked()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (маршрут)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        using var teacher = await PlanClient.SignedInAsync(app, "teacher");
        using var deputy = await PlanClient.SignedInAsync(app, "deputy");
        using var director = await PlanClient.SignedInAsync(app, "director");
        using var gymnasium = await PlanClient.SignedInAsync(app, "director.gym");

        Assert.Equal(HttpStatusCode.NotFound, (await gymnasium.GetAsync(b.Url)).StatusCode);
        PlanClient.Redirected(await head.PostAsync(b, "Create"));
        PlanClient.Redirected(await head.PostAsync(b, "Header", new()
        {
            ["Header.Theme"] = "Функционалдық сауаттылық",
            ["Header.SchoolTheme"] = "Сапалы білім",
            ["Header.Goal"] = "Шеберлікті арттыру",
            ["Header.Tasks"] = "Бірінші міндет\nЕкінші міндет",
        }));
        var draft = (await PlanScreens.PlanAsync(app, b))!.Latest;
        Assert.Equal(["Бірінші міндет", "Екінші міндет"], draft.Tasks.OrderBy(t => t.Position).Select(t => t.Text));
        await PlanScreens.FillDraftAsync(app, b);

        PlanClient.Denied(await teacher.PostAsync(b, "Submit"));
        Assert.Equal(HttpStatusCode.NotFound, (await gymnasium.PostFormAsync($"{b.Url}?handler=Submit", new(), formPage: "/Account/Login")).StatusCode);
        PlanClient.Redirected(await head.PostAsync(b, "Submit"));
        Assert.Equal(PlanStatus.Submitted, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);

        PlanClient.Denied(await teacher.PostAsync(b, "Agree"));
        var early = await director.PostAsync(b, "Approve");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("An earlier step must be completed first", (await TestClient.ParseAsync(early)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PlanStatus.Submitted, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);

        PlanClient.Redirected(await deputy.PostAsync(b, "Agree"));
        Assert.Equal(PlanStatus.Agreed, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);
        PlanClient.Redirected(await director.PostAsync(b, "Approve"));

        var plan = (await PlanScreens.PlanAsync(app, b))!;
        var approved = plan.Current!;
        Assert.Equal(PlanStatus.Approved, approved.Status);
        Assert.Equal(await PlanScreens.PersonOfAsync(app, "deputy"), approved.Route.Done(StepKind.Agree)!.DecidedByPersonId);
        Assert.Equal(await PlanScreens.PersonOfAsync(app, "director"), approved.Route.Done(StepKind.Approve)!.DecidedByPersonId);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(WorkPlanVersion) && a.Action == "Updated")));

        // Locked: the page says so and an edit posted anyway changes nothing.
        var page = await head.GetPageAsync(b.Url);
        Assert.Contains("The approved plan is locked; start an amendment to change it.", page.QuerySelector(".warning")!.TextContent);
        var refused = await head.PostAsync(b, "Header", new() { ["Header.Theme"] = "Басқа тақырып" });
        Assert.Contains("The approved plan is locked", (await TestClient.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("Функционалдық сауаттылықты дамыту", (await PlanScreens.PlanAsync(app, b))!.Current!.Theme);
    }

    [Fact]
    public async Task R15_ReturnWithComment_CommentRequired_ThenReturnedAndShownInHistory()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (қайтару)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        using var deputy = await PlanClient.SignedInAsync(app, "deputy");
        PlanClient.Redirected(await head.PostAsync(b, "Create"));
        await PlanScreens.FillDraftAsync(app, b);
        PlanClient.Redirected(await head.PostAsync(b, "Submit"));

        var empty = await deputy.PostAsync(b, "Return", new() { ["Comment"] = " " });
        Assert.NotNull(TestClient.FieldError(await TestClient.ParseAsync(empty), "Comment"));
        Assert.Equal(PlanStatus.Submitted, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);

        PlanClient.Redirected(await deputy.PostAsync(b, "Return", new() { ["Comment"] = "Мамыр айын толықтырыңыз" }));
        var plan = (await PlanScreens.PlanAsync(app, b))!;
        Assert.Equal(PlanStatus.Returned, plan.Latest.Status);
        Assert.Equal("Мамыр айын толықтырыңыз", plan.Latest.Route.Decisions.Single(d => d.Action == RouteAction.Return).Comment);
        Assert.Contains("Мамыр айын толықтырыңыз", (await head.GetPageAsync(b.Url)).QuerySelector(".history")!.TextContent);

        // Returned plans are editable again and go round once more.
        PlanClient.Redirected(await head.PostAsync(b, "Submit"));
        Assert.Equal(2, (await PlanScreens.PlanAsync(app, b))!.Latest.Route.Round);
    }

    [Fact]
    public async Task R15_Amendment_NewVersionGoesTheSameRoute_SupersedesTheApprovedOne()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (өзгеріс)");
        await PlanScreens.ApproveThroughDomainAsync(app, b);
        using var head = await PlanClient.SignedInAsync(app, "head");
        using var deputy = await PlanClient.SignedInAsync(app, "deputy");
        using var director = await PlanClient.SignedInAsync(app, "director");

        var noReason = await head.PostAsync(b, "Amend", new() { ["Reason"] = "" });
        Assert.NotNull(TestClient.FieldError(await TestClient.ParseAsync(noReason), "Reason"));
        Assert.Single((await PlanScreens.PlanAsync(app, b))!.Versions);

        PlanClient.Redirected(await head.PostAsync(b, "Amend", new() { ["Reason"] = "Семинар күні ауысты" }));
        PlanClient.Redirected(await head.PostAsync(b, "Header", new()
        {
            ["Header.Theme"] = "Жаңартылған тақырып",
            ["Header.SchoolTheme"] = "Сапалы білім",
            ["Header.Goal"] = "Шеберлікті арттыру",
            ["Header.Tasks"] = "Міндет",
        }));
        PlanClient.Redirected(await head.PostAsync(b, "Submit"));
        PlanClient.Redirected(await deputy.PostAsync(b, "Agree"));
        PlanClient.Redirected(await director.PostAsync(b, "Approve"));

        var plan = (await PlanScreens.PlanAsync(app, b))!;
        Assert.Equal([PlanStatus.Superseded, PlanStatus.Approved], plan.Versions.OrderBy(v => v.Number).Select(v => v.Status));
        Assert.Equal("Жаңартылған тақырып", plan.Current!.Theme);
        Assert.Equal("Семинар күні ауысты", plan.Current.AmendmentReason);
        Assert.Equal(PlanVersionKind.Amendment, plan.Current.Kind);
    }

    [Fact]
    public async Task R15_StaleVersion_RefusedWithConcurrencyMessage_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (қатар)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        PlanClient.Redirected(await head.PostAsync(b, "Create"));
        var stale = (await PlanScreens.PlanAsync(app, b))!.Latest.Version.ToString();
        PlanClient.Redirected(await head.PostAsync(b, "Header", new() { ["Header.Theme"] = "Бірінші" }));

        var response = await head.PostAsync(b, "Header", new() { ["Header.Theme"] = "Екінші", ["Version"] = stale });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await TestClient.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("Бірінші", (await PlanScreens.PlanAsync(app, b))!.Latest.Theme);
    }
}
