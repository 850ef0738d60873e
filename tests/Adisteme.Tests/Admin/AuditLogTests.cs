using System.Globalization;
using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web;
using Adisteme.Web.Infrastructure.Audit;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Adisteme.Tests.Admin;

/// <summary>The audit log viewer: administrators only, filters by record, user and local date, newest first, paged.</summary>
public sealed class AuditLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<IHtmlTableRowElement> Rows(IHtmlDocument doc) =>
        doc.QuerySelectorAll("table.audit tbody tr").OfType<IHtmlTableRowElement>().ToList();

    private async Task<TestClient> AdminAsync()
    {
        var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        return client;
    }

    private const int FakeIdBase = 100_000;

    private Task<int> AddEntriesAsync(string userName, params DateTime[] times) => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < times.Length; i++)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = times[i],
                UserName = userName,
                EntityType = "Region",
                // Far above real ids: Audit_FilteredByRecord_ShowsItsCreationBySeeding looks at the seeded region.
                EntityId = (FakeIdBase + i).ToString(CultureInfo.InvariantCulture),
                Action = "Updated",
                Before = """{"Name":"Before"}""",
                After = """{"Name":"After"}""",
            });
        }
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("director")]
    [InlineData("centre")]
    public async Task Audit_NotAdministrator_IsDenied(string login)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(login);

        var response = await client.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_FilteredByTypeAndUser_ShowsTheLanguageSwitchWithOnlyTheChangedField()
    {
        using (var director = app.CreateTestClient())
        {
            await director.SignInAsAsync("director");
            var switched = await director.PostFormAsync("/Culture", new() { ["culture"] = "ru-RU", ["returnUrl"] = "/" }, formPage: "/");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }
        using var admin = await AdminAsync();

        var doc = await admin.GetPageAsync("/Admin/Audit?entityType=AppUser&userName=director");

        var row = Assert.Single(Rows(doc));
        Assert.Equal("director", row.Cells[1].TextContent.Trim());
        Assert.Equal("Өзгертілді", row.Cells[2].TextContent.Trim());
        Assert.StartsWith("Пайдаланушы", row.Cells[3].TextContent.Trim(), StringComparison.Ordinal);
        var changes = row.Cells[4].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["PreferredCulture: — → ru-RU"], changes);
        Assert.Equal("AppUser", ((IHtmlSelectElement)doc.QuerySelector("select[name=entityType]")!).Value);

        var nobody = await admin.GetPageAsync("/Admin/Audit?entityType=AppUser&userName=nobody");
        Assert.Empty(Rows(nobody));
        Assert.Contains("Сүзгіге сәйкес жазбалар жоқ.", nobody.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_FilteredByRecord_ShowsItsCreationBySeeding()
    {
        var regionId = await app.WithDbAsync(db => Task.FromResult(db.Regions.Single().Id.ToString(CultureInfo.InvariantCulture)));
        using var admin = await AdminAsync();

        var doc = await admin.GetPageAsync($"/Admin/Audit?entityType=Region&entityId={regionId}");

        var row = Assert.Single(Rows(doc));
        Assert.Equal("system", row.Cells[1].TextContent.Trim());
        Assert.Equal("Құрылды", row.Cells[2].TextContent.Trim());
        Assert.Contains("— → Қостанай облысы", row.Cells[4].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_EnumAndTimeValues_ShownAsLocalizedNamesAndLocalTime()
    {
        using var admin = await AdminAsync();

        var doc = await admin.GetPageAsync("/Admin/Audit?entityType=RoleGrant");

        var director = Rows(doc).Where(r => r.Cells[4].QuerySelectorAll("li").Any(li => li.TextContent.Trim() == "Рөл: — → Директор"))
            .Select(r => r.Cells[4].TextContent).ToList();
        // Field names appear in the reader's language where the interface has the word ("Role" → «Рөл»).
        Assert.Equal(2, director.Count); // director and director.gym
        Assert.Contains("ScopeKind: — → Ұйым", director[0], StringComparison.Ordinal);
        // Seeded at 04:00 UTC, which is 09:00 in Almaty.
        Assert.Contains("GrantedAtUtc: — → 20.11.2026 09:00", director[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_DateFilter_CountsDaysInAlmatyTime()
    {
        // 20:30 UTC on 19 November is already 01:30 on 20 November in Almaty (UTC+5).
        await AddEntriesAsync("tz.check", new DateTime(2026, 11, 19, 20, 30, 0, DateTimeKind.Utc));
        using var admin = await AdminAsync();

        var sameDay = await admin.GetPageAsync("/Admin/Audit?userName=tz.check&from=2026-11-20&to=2026-11-20");
        var dayBefore = await admin.GetPageAsync("/Admin/Audit?userName=tz.check&from=2026-11-19&to=2026-11-19");
        var fromNextDay = await admin.GetPageAsync("/Admin/Audit?userName=tz.check&from=2026-11-21");

        var row = Assert.Single(Rows(sameDay));
        Assert.Contains("01:30", row.Cells[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("20.11.2026", row.Cells[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(Rows(dayBefore));
        Assert.Empty(Rows(fromNextDay));
    }

    [Fact]
    public async Task Audit_EndBeforeStart_ShowsLocalizedErrorAndNoRows()
    {
        using var admin = await AdminAsync();
        var doc = await admin.GetPageAsync("/Admin/Audit?from=2026-11-20&to=2026-11-01");
        Assert.Empty(Rows(doc));
        Assert.Contains("Аяқталу күні басталу күнінен бұрын болмауы керек.", doc.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_SixtyEntries_FiftyNewestOnFirstPageRestOnSecond()
    {
        var start = new DateTime(2026, 10, 1, 6, 0, 0, DateTimeKind.Utc);
        await AddEntriesAsync("pager", Enumerable.Range(0, 60).Select(i => start.AddMinutes(i)).ToArray());
        using var admin = await AdminAsync();

        var first = await admin.GetPageAsync("/Admin/Audit?userName=pager");
        var rows = Rows(first);
        Assert.Equal(50, rows.Count);
        Assert.EndsWith($" {FakeIdBase + 59}", rows[0].Cells[3].TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith($" {FakeIdBase + 10}", rows[^1].Cells[3].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("userName=pager", next, StringComparison.Ordinal);

        var second = await admin.GetPageAsync(next);
        var rest = Rows(second);
        Assert.Equal(10, rest.Count);
        Assert.EndsWith($" {FakeIdBase}", rest[^1].Cells[3].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Audit_TypeSelect_OffersAuditedTypesInTheUsersLanguage()
    {
        using var admin = await AdminAsync();
        var options = (await admin.GetPageAsync("/Admin/Audit")).QuerySelectorAll("select[name=entityType] option")
            .OfType<IHtmlOptionElement>().ToDictionary(o => o.Value, o => o.Text.Trim());

        Assert.Equal("Қызметкер", options["Person"]);
        Assert.Equal("Білім беру ұйымы", options["EducationOrganization"]);
        Assert.DoesNotContain("AuditEntry", options.Keys);
        Assert.DoesNotContain("DataProtectionKey", options.Keys);
    }

    [Fact]
    public async Task AuditedTypes_EveryOne_HasANameInAllFourLanguages()
    {
        var types = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => !t.HasSharedClrType && AuditRecorder.IsAudited(t.ClrType))
            .Select(t => t.ClrType.Name.Split('`')[0]).Distinct().ToList()));
        var localizer = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var missing = new List<string>();
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "kk-KZ", "ru-RU", "ky-KG", "en" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                missing.AddRange(types.Where(t => localizer["AuditEntity." + t].ResourceNotFound).Select(t => $"{culture}: AuditEntity.{t}"));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }
}
