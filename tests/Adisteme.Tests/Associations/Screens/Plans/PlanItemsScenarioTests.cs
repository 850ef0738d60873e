using System.Net;
using System.Text;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Associations.Screens.Plans;

/// <summary>Plan items through the pages: adding (R16), marking done with evidence or not done, and the DOCX export.</summary>
public sealed class PlanItemsScenarioTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R16_ItemWithoutResponsible_RefusedWithFieldMessage_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (жауапты)");
        using var head = await PlanClient.SignedInAsync(app, "head");
        PlanClient.Redirected(await head.PostAsync(b, "Create"));
        var item = new Dictionary<string, string>
        {
            ["Item.Content"] = "Ашық сабақтар апталығы",
            ["Item.Form"] = nameof(WorkForm.OpenLesson),
            ["Item.StartsOn"] = "2026-12-07",
            ["Item.EndsOn"] = "2026-12-11",
            ["Item.ExpectedResult"] = "Тәжірибе алмасу",
        };

        var refused = await head.PostAsync(b, "AddItem", item);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Choose at least one responsible member.", TestClient.FieldError(await TestClient.ParseAsync(refused), "Item.Responsible"));
        Assert.Empty((await PlanScreens.PlanAsync(app, b))!.Latest.Items);

        item["Item.Responsible"] = b.TeacherId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PlanClient.Redirected(await head.PostAsync(b, "AddItem", item));
        var saved = Assert.Single((await PlanScreens.PlanAsync(app, b))!.Latest.Items);
        Assert.Equal((WorkForm.OpenLesson, 12, "Тәжірибе алмасу"), (saved.Form, saved.Month, saved.ExpectedResult));
        Assert.Equal([b.TeacherId], saved.ResponsiblePersonIds);
    }

    [Fact]
    public async Task MarkDone_WithEvidenceFile_SavedAndShownInProgress_NotDoneNeedsReason()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика ӘБ (орындалуы)");
        await PlanScreens.ApproveThroughDomainAsync(app, b);
        var items = (await PlanScreens.PlanAsync(app, b))!.Current!.Items;
        var september = items.Single(i => i.Month == 9);
        var october = items.Single(i => i.Month == 10);
        using var teacher = await PlanClient.SignedInAsync(app, "teacher");
        using var director = await PlanClient.SignedInAsync(app, "director.gym");
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Associations/Plans/Item/{september.Id}")).StatusCode);

        var url = $"/Associations/Plans/Item/{september.Id}";
        var version = ((AngleSharp.Html.Dom.IHtmlInputElement)(await teacher.GetPageAsync(url)).QuerySelector("input[name=Version]")!).Value;
        var badFile = await teacher.PostMultipartAsync($"{url}?handler=Done", new() { ["Note"] = "Өтті", ["Version"] = version }, "Evidence", "a.exe", [0x4D, 0x5A, 0, 1, 2], url);
        Assert.NotNull(TestClient.FieldError(await TestClient.ParseAsync(badFile), "Evidence"));

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var done = await teacher.PostMultipartAsync($"{url}?handler=Done", new() { ["Note"] = "Семинар өтті", ["Version"] = version }, "Evidence", "report.pdf", pdf, url);
        PlanClient.Redirected(done);

        var octUrl = $"/Associations/Plans/Item/{october.Id}";
        var noReason = await teacher.PostFormAsync($"{octUrl}?handler=NotDone", new() { ["Reason"] = "" }, octUrl);
        Assert.NotNull(TestClient.FieldError(await TestClient.ParseAsync(noReason), "Reason"));
        PlanClient.Redirected(await teacher.PostFormAsync($"{octUrl}?handler=NotDone", new() { ["Reason"] = "Мұғалім курста болды" }, octUrl));

        var current = (await PlanScreens.PlanAsync(app, b))!.Current!;
        var marked = current.Items.Single(i => i.Month == 9);
        Assert.Equal(ItemCompletion.Done, marked.Completion);
        Assert.Equal("Семинар өтті", marked.CompletionNote);
        Assert.NotNull(marked.EvidenceFileKey);
        Assert.Equal(b.TeacherId, marked.MarkedByPersonId);
        Assert.Equal(ItemCompletion.NotDone, current.Items.Single(i => i.Month == 10).Completion);
        var stored = await app.Services.GetRequiredService<Web.Infrastructure.Files.IFileStore>().OpenAsync(marked.EvidenceFileKey!, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        await stored!.DisposeAsync();
        // The evidence is read back from the item page by a member, and stays hidden from other schools.
        var evidence = (await teacher.GetPageAsync(url)).QuerySelector($"a[href='/Associations/File/evidence/{marked.Id}']");
        Assert.NotNull(evidence);
        using (var download = await teacher.GetAsync(evidence.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Associations/File/evidence/{marked.Id}")).StatusCode);

        // Progress: November's item (10–15 November) is overdue on 20 November; September done, October not done.
        var page = await teacher.GetPageAsync(b.Url);
        Assert.Contains("Семинар 11", page.QuerySelector(".overdue")!.TextContent);
        Assert.DoesNotContain("Семинар 9", page.QuerySelector(".overdue")!.TextContent);
    }

    [Fact]
    public async Task Docx_ApprovedPlan_HasStampsTitleThemeAndMonthGroups()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "Математика пәні мұғалімдерінің ӘБ");
        await PlanScreens.ApproveThroughDomainAsync(app, b);
        using var teacher = await PlanClient.SignedInAsync(app, "teacher");

        var response = await teacher.GetAsync($"{b.Url}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("«БЕКІТЕМІН»", text);
        Assert.Contains("«КЕЛІСІЛДІ»", text);
        Assert.Contains("Математика пәні мұғалімдерінің ӘБ 2026–2027 оқу жылына арналған жұмыс жоспары", text);
        Assert.Contains("Функционалдық сауаттылықты дамыту", text);
        Assert.Contains("Қыркүйек", text);
        Assert.Contains("Мамыр", text);
        Assert.True(text.IndexOf("Қыркүйек", StringComparison.Ordinal) < text.IndexOf("Мамыр", StringComparison.Ordinal));
        Assert.Contains("Семинар 9", text);
    }
}
