using System.Net;
using Adisteme.Tests.Associations.Screens.Plans;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Api.Associations.AssociationsApiWorld;

namespace Adisteme.Tests.Api.Associations;

/// <summary>
/// The work plan through the API: the head drafts it, the deputy agrees and the director approves it (R15),
/// items need a responsible member (R16), every change needs the plan's ETag (428 without, 412 when stale).
/// </summary>
public sealed class PlanApiTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private static readonly string[] s_tasks = ["Критериалды бағалауды енгізу"];
    private static readonly string[] s_directions = ["Дарынды балалармен жұмыс"];

    private static string Plan(PlanBody b) => $"/api/v1/bodies/{b.BodyId}/plan";

    /// <summary>The head starts the draft through the API; returns its ETag.</summary>
    private static async Task<string> CreateDraftAsync(ApiClient head, PlanBody b)
    {
        var response = await head.WriteAsync(HttpMethod.Post, Plan(b), null);
        var plan = await ApiClient.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("Draft", plan.GetProperty("status").GetString());
        return response.ETag();
    }

    private static object Item(PlanBody b, int month, params int[] responsible)
    {
        var start = new DateOnly(month >= 8 ? 2026 : 2027, month, 10);
        return new { content = $"Семинар {month}", form = "Seminar", startsOn = start, endsOn = start.AddDays(5), responsible, expectedResult = "Ұсыныстар" };
    }

    [Fact]
    public async Task PlanRoute_HeadWrites_DeputyAgrees_DirectorApproves_HistoryAndAudit()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: plan route");
        using var head = await ApiClient.SignedInAsync(app, "head");
        var etag = await CreateDraftAsync(head, b);

        var header = await head.WriteAsync(HttpMethod.Put, $"{Plan(b)}/header", etag, new
        {
            theme = "Функционалдық сауаттылықты дамыту", schoolTheme = "Сапалы білім", goal = "Кәсіби шеберлікті арттыру",
            tasks = s_tasks, directions = s_directions,
        });
        Assert.Equal("Функционалдық сауаттылықты дамыту", (await ApiClient.JsonAsync(header, HttpStatusCode.OK)).GetProperty("theme").GetString());
        etag = header.ETag();
        foreach (var month in PlanScreens.Options.Plan.RequiredMonths())
        {
            var added = await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/items", etag, Item(b, month, b.HeadId));
            await ApiClient.JsonAsync(added, HttpStatusCode.OK);
            etag = added.ETag();
        }
        var submitted = await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/submit", etag);
        Assert.Equal("Submitted", (await ApiClient.JsonAsync(submitted, HttpStatusCode.OK)).GetProperty("status").GetString());

        // A member reads the plan but takes no step of the route.
        using var teacher = await ApiClient.SignedInAsync(app, "teacher");
        var (read, readTag) = await teacher.ReadAsync(Plan(b));
        Assert.Equal(submitted.ETag(), readTag);
        Assert.Equal(PlanScreens.Options.Plan.RequiredMonths().Count, read.GetProperty("months").GetArrayLength());
        await ApiClient.ProblemAsync(await teacher.WriteAsync(HttpMethod.Post, $"{Plan(b)}/agree", readTag), HttpStatusCode.Forbidden);

        using var deputy = await ApiClient.SignedInAsync(app, "deputy");
        var agreed = await deputy.WriteAsync(HttpMethod.Post, $"{Plan(b)}/agree", readTag, new { comment = "Келісемін" });
        Assert.Equal("Agreed", (await ApiClient.JsonAsync(agreed, HttpStatusCode.OK)).GetProperty("status").GetString());

        using var director = await ApiClient.SignedInAsync(app, "director");
        var approved = await director.WriteAsync(HttpMethod.Post, $"{Plan(b)}/approve", agreed.ETag());
        var plan = await ApiClient.JsonAsync(approved, HttpStatusCode.OK);

        Assert.Equal("Approved", plan.GetProperty("status").GetString());
        Assert.Equal("Completed", plan.GetProperty("route").GetProperty("state").GetString());
        Assert.Equal(["Submit", "Agree", "Approve"], plan.GetProperty("route").GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("Келісемін", plan.GetProperty("route").GetProperty("decisions")[1].GetProperty("comment").GetString());
        var item = plan.GetProperty("months")[0].GetProperty("items")[0];
        Assert.Equal(b.HeadId, item.GetProperty("responsible")[0].GetProperty("id").GetInt32());
        Assert.False(item.GetProperty("done").GetBoolean());
        Assert.Equal(PlanStatus.Approved, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "ApprovalDecision" && a.UserName == "director")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "PlanItem" && a.Action == "Created" && a.UserName == "head")));
    }

    [Fact]
    public async Task AddItem_R16WithoutResponsible_Returns422_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: R16");
        using var head = await ApiClient.SignedInAsync(app, "head", "en");
        var etag = await CreateDraftAsync(head, b);
        var audit = await AuditCountAsync(app);

        var problem = await RefusedAsync(await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/items", etag, Item(b, 10)), "R16");

        Assert.Equal(Text(app, "en", RuleMessages.ItemNeedsResponsible), problem.GetProperty("errors").GetProperty("responsible")[0].GetString());
        Assert.Equal(audit, await AuditCountAsync(app));
        Assert.Empty((await PlanScreens.PlanAsync(app, b))!.Latest.Items);
        Assert.Equal(etag, (await head.ReadAsync(Plan(b))).ETag);
    }

    [Fact]
    public async Task UpdateHeader_StaleIfMatch412_Missing428_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: plan versions");
        using var head = await ApiClient.SignedInAsync(app, "head");
        var first = await CreateDraftAsync(head, b);
        var changed = await head.WriteAsync(HttpMethod.Put, $"{Plan(b)}/header", first, new { theme = "Бірінші", goal = "Мақсат" });
        await ApiClient.JsonAsync(changed, HttpStatusCode.OK);

        var stale = await head.WriteAsync(HttpMethod.Put, $"{Plan(b)}/header", first, new { theme = "Екінші", goal = "Мақсат" });
        var problem = await ApiClient.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("Бірінші", problem.GetProperty("current").GetProperty("theme").GetString());
        Assert.Equal(changed.ETag(), stale.ETag());
        await ApiClient.ProblemAsync(await head.WriteAsync(HttpMethod.Put, $"{Plan(b)}/header", null, new { theme = "Үшінші" }), HttpStatusCode.PreconditionRequired);

        Assert.Equal("Бірінші", (await PlanScreens.PlanAsync(app, b))!.Latest.Theme);
    }

    [Fact]
    public async Task Approve_R15DirectorBeforeAgreement_Returns422_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: route order");
        await app.WithDbAsync(async db =>
        {
            var body = await db.MethodologicalBodies.Include(x => x.Memberships).Include(x => x.Appointments).SingleAsync(x => x.Id == b.BodyId);
            db.WorkPlans.Add(MethodologicalWorkPlan.Create(body, await db.SchoolYears.SingleAsync(y => y.StartYear == 2026 && y.Country == Web.Features.Organizations.Domain.Country.Kazakhstan), [], b.HeadId, app.Time));
            return await db.SaveChangesAsync();
        });
        await PlanScreens.FillDraftAsync(app, b);
        using var head = await ApiClient.SignedInAsync(app, "head");
        var submitted = await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/submit", (await head.ReadAsync(Plan(b))).ETag);
        await ApiClient.JsonAsync(submitted, HttpStatusCode.OK);

        using var director = await ApiClient.SignedInAsync(app, "director");
        await RefusedAsync(await director.WriteAsync(HttpMethod.Post, $"{Plan(b)}/approve", submitted.ETag()), "R15");
        Assert.Equal(PlanStatus.Submitted, (await PlanScreens.PlanAsync(app, b))!.Latest.Status);
    }

    [Fact]
    public async Task ReturnAndRemoveItem_CommentRequired_ThenReturnedPlanIsEditedAgain()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: return");
        using var head = await ApiClient.SignedInAsync(app, "head");
        var added = await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/items", await CreateDraftAsync(head, b), Item(b, 11, b.HeadId));
        var key = (await ApiClient.JsonAsync(added, HttpStatusCode.OK)).GetProperty("months")[0].GetProperty("items")[0].GetProperty("key").GetGuid();
        await PlanScreens.FillDraftAsync(app, b);
        var submitted = await head.WriteAsync(HttpMethod.Post, $"{Plan(b)}/submit", (await head.ReadAsync(Plan(b))).ETag);
        await ApiClient.JsonAsync(submitted, HttpStatusCode.OK);
        using var deputy = await ApiClient.SignedInAsync(app, "deputy");

        await RefusedAsync(await deputy.WriteAsync(HttpMethod.Post, $"{Plan(b)}/return", submitted.ETag(), new { comment = " " }), "R15");
        var returned = await deputy.WriteAsync(HttpMethod.Post, $"{Plan(b)}/return", submitted.ETag(), new { comment = "Мақсатты нақтылаңыз" });
        var plan = await ApiClient.JsonAsync(returned, HttpStatusCode.OK);
        Assert.Equal("Returned", plan.GetProperty("status").GetString());
        Assert.Equal("Мақсатты нақтылаңыз", plan.GetProperty("route").GetProperty("decisions")[1].GetProperty("comment").GetString());

        var removed = await head.WriteAsync(HttpMethod.Delete, $"{Plan(b)}/items/{key}", returned.ETag());
        await ApiClient.JsonAsync(removed, HttpStatusCode.OK);
        Assert.DoesNotContain((await PlanScreens.PlanAsync(app, b))!.Latest.Items, i => i.ItemKey == key);
    }
}
