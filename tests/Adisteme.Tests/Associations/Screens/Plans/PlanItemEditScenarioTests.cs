using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Plans;

/// <summary>Editing an existing item on /Associations/Plans/Item/{id}: while the plan is editable, by its head, with R16 and lost-update checks.</summary>
public sealed class PlanItemEditScenarioTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Edit_DraftItem_SavedAudited_AndRedirectsToPlan()
    {
        var (b, item) = await DraftWithItemsAsync("Математика ӘБ (өзгерту)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        var fields = await FormAsync(head, item.Id);
        fields["Input.Content"] = "Ашық сабақтар апталығы";
        fields["Input.Form"] = nameof(WorkForm.OpenLesson);
        fields["Input.StartsOn"] = "2026-09-14";
        fields["Input.EndsOn"] = "2026-09-18";
        fields["Input.Responsible"] = Id(b.TeacherId);
        fields["Input.ExpectedResult"] = "Тәжірибе алмасу";

        var saved = await head.PostFormAsync(Url(item.Id, "Edit"), fields, Url(item.Id));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(b.Url, saved.Headers.Location!.ToString());
        var edited = (await PlanScreens.PlanAsync(app, b))!.Latest.Items.Single(i => i.ItemKey == item.ItemKey);
        Assert.Equal(("Ашық сабақтар апталығы", WorkForm.OpenLesson, new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 18), "Тәжірибе алмасу"),
            (edited.Content, edited.Form, edited.StartsOn, edited.EndsOn, edited.ExpectedResult));
        Assert.Equal([b.TeacherId], edited.ResponsiblePersonIds);
        Assert.NotEqual(item.Version, edited.Version);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(PlanItem) && a.EntityId == Id(item.Id) && a.Action == "Updated")
            .Select(a => new { a.UserName, a.After }).ToListAsync());
        Assert.Contains(audit, a => a.UserName == "head" && a.After!.Contains("Ашық сабақтар апталығы", StringComparison.Ordinal));
    }

    [Fact]
    public async Task R16_EditWithoutResponsibleOrOutsideYear_RefusedAtFields_NothingWritten()
    {
        var (b, item) = await DraftWithItemsAsync("Математика ӘБ (R16 өзгерту)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        var fields = await FormAsync(head, item.Id);
        fields.Remove("Input.Responsible");
        fields["Input.Content"] = "Өзгертілген мазмұн";
        fields["Input.StartsOn"] = "2027-07-05";
        fields["Input.EndsOn"] = "2027-07-09";

        var refused = await head.PostFormAsync(Url(item.Id, "Edit"), fields, Url(item.Id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestClient.ParseAsync(refused);
        Assert.Equal("Choose at least one responsible member.", TestClient.FieldError(page, "Input.Responsible"));
        Assert.StartsWith("The dates must fall between", TestClient.FieldError(page, "Input.StartsOn"), StringComparison.Ordinal);
        // The form keeps what the user typed.
        Assert.Equal("Өзгертілген мазмұн", page.QuerySelector("textarea[name='Input.Content']")!.TextContent.Trim());
        var unchanged = (await PlanScreens.PlanAsync(app, b))!.Latest.Items.Single(i => i.ItemKey == item.ItemKey);
        Assert.Equal((item.Content, item.StartsOn, item.Version), (unchanged.Content, unchanged.StartsOn, unchanged.Version));
    }

    [Fact]
    public async Task Edit_ApprovedPlan_NoForm_PostRefused_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (бекітілген)");
        await PlanScreens.ApproveThroughDomainAsync(app, b);
        var item = (await PlanScreens.PlanAsync(app, b))!.Current!.Items.OrderBy(i => i.Position).First();
        using var head = await PlanClient.SignedInAsync(app, "head");

        var page = await head.GetPageAsync(Url(item.Id));
        Assert.Null(page.QuerySelector("form[action*='handler=Edit']"));
        Assert.Contains("The approved plan is locked; start an amendment to change it.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var refused = await head.PostFormAsync(Url(item.Id, "Edit"), new()
        {
            ["Input.Version"] = item.Version.ToString(),
            ["Input.Content"] = "Бекітілгеннен кейін өзгерту",
            ["Input.Form"] = nameof(WorkForm.Seminar),
            ["Input.StartsOn"] = "2026-09-10",
            ["Input.EndsOn"] = "2026-09-15",
            ["Input.Responsible"] = Id(b.HeadId),
        }, Url(item.Id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The approved plan is locked; start an amendment to change it.",
            (await TestClient.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(item.Content, (await PlanScreens.PlanAsync(app, b))!.Current!.Items.Single(i => i.Id == item.Id).Content);

        // A member who is neither head nor secretary nor manager may not edit even a draft.
        var (draft, draftItem) = await DraftWithItemsAsync("Математика ӘБ (мүше)");
        using var teacher = await PlanClient.SignedInAsync(app, "teacher");
        Assert.Null((await teacher.GetPageAsync(Url(draftItem.Id))).QuerySelector("form[action*='handler=Edit']"));
        PlanClient.Denied(await teacher.PostFormAsync(Url(draftItem.Id, "Edit"), new() { ["Input.Content"] = "x" }, Url(draftItem.Id)));
        Assert.Equal(draftItem.Content, (await PlanScreens.PlanAsync(app, draft))!.Latest.Items.Single(i => i.Id == draftItem.Id).Content);
    }

    [Fact]
    public async Task Edit_TwoEditors_SecondGetsConflictWithCurrentValues_FirstEditKept()
    {
        var (b, item) = await DraftWithItemsAsync("Математика ӘБ (қатар өңдеу)");
        using var first = await PlanClient.SignedInAsync(app, "head");
        using var second = await PlanClient.SignedInAsync(app, "head");
        var firstForm = await FormAsync(first, item.Id);
        var secondForm = await FormAsync(second, item.Id);

        firstForm["Input.Content"] = "Бірінші редактордың мәтіні";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(Url(item.Id, "Edit"), firstForm, Url(item.Id))).StatusCode);
        // Only the responsible members differ: the item's token is still checked.
        secondForm["Input.Responsible"] = Id(b.TeacherId);
        var conflict = await second.PostFormAsync(Url(item.Id, "Edit"), secondForm, Url(item.Id));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await TestClient.ParseAsync(conflict);
        Assert.Contains("Someone else changed this record", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Бірінші редактордың мәтіні", page.QuerySelector("textarea[name='Input.Content']")!.TextContent.Trim());
        var saved = (await PlanScreens.PlanAsync(app, b))!.Latest.Items.Single(i => i.ItemKey == item.ItemKey);
        Assert.Equal("Бірінші редактордың мәтіні", saved.Content);
        Assert.Equal([b.HeadId], saved.ResponsiblePersonIds);
        Assert.Equal(saved.Version.ToString(), ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value);

        // With the fresh token the second editor's change goes through on top of the first.
        var retry = await FormAsync(second, item.Id);
        retry["Input.Responsible"] = Id(b.TeacherId);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync(Url(item.Id, "Edit"), retry, Url(item.Id))).StatusCode);
        var both = (await PlanScreens.PlanAsync(app, b))!.Latest.Items.Single(i => i.ItemKey == item.ItemKey);
        Assert.Equal(("Бірінші редактордың мәтіні", b.TeacherId), (both.Content, Assert.Single(both.ResponsiblePersonIds)));
    }

    private static string Url(int itemId, string? handler = null) =>
        $"/Associations/Plans/Item/{itemId}" + (handler is null ? "" : $"?handler={handler}");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The edit form's fields as the page renders them (one responsible member is enough for these scenarios).</summary>
    private static async Task<Dictionary<string, string>> FormAsync(TestClient client, int itemId)
    {
        var page = await client.GetPageAsync(Url(itemId));
        var form = page.QuerySelector("form[action*='handler=Edit']") ?? throw new InvalidOperationException("no edit form on the item page");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            switch (input)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                    fields.TryAdd(name, box.Value);
                    break;
                case IHtmlInputElement { Type: "checkbox" }:
                    break;
                case IHtmlInputElement text:
                    fields[name] = text.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }
        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    private async Task<(PlanBody Body, PlanItem Item)> DraftWithItemsAsync(string name)
    {
        var b = await PlanScreens.CreateBodyAsync(app, name);
        using (var head = await PlanClient.SignedInAsync(app, "head"))
        {
            PlanClient.Redirected(await head.PostAsync(b, "Create"));
        }
        await PlanScreens.FillDraftAsync(app, b);
        return (b, (await PlanScreens.PlanAsync(app, b))!.Latest.Items.OrderBy(i => i.Position).First());
    }
}
