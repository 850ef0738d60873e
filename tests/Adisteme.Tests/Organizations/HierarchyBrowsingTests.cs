using System.Net;
using Adisteme.Tests.Infrastructure;
using AngleSharp.Dom;
using static Adisteme.Tests.Organizations.HierarchyTestSupport;

namespace Adisteme.Tests.Organizations;

/// <summary>Who sees which part of region → district → organization, with counts and localized cards.</summary>
public sealed class HierarchyBrowsingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string[] Cells(IDocument doc, string linkText)
    {
        var row = doc.QuerySelectorAll("main tbody tr").SingleOrDefault(r => r.QuerySelector("a")?.TextContent == linkText);
        Assert.True(row is not null, $"no row for {linkText}");
        return row!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
    }

    private static string[] Links(IDocument doc) => doc.QuerySelectorAll("main tbody a").Select(a => a.TextContent).ToArray();

    [Fact]
    public async Task Index_Methodologist_ShowsRegionCountingOnlyOwnDistrict()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var doc = await client.GetPageAsync("/Organizations");
        Assert.Equal(["Қостанай облысы", "Қазақстан", "1", "3"], Cells(doc, "Қостанай облысы"));
    }

    [Fact]
    public async Task Index_Centre_CountsBothDistrictsAndAllOrganizations()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("centre");
        var doc = await client.GetPageAsync("/Organizations");
        Assert.Equal(["Қостанай облысы", "Қазақстан", "2", "5"], Cells(doc, "Қостанай облысы"));
        Assert.Null(doc.QuerySelector("a[href='/Organizations/Regions/Create']"));
    }

    [Fact]
    public async Task RegionDetails_Methodologist_ListsOnlyOwnDistrictWithoutEditButtons()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var doc = await client.GetPageAsync($"/Organizations/Regions/Details/{await app.RegionIdAsync()}");
        Assert.Equal([City], Links(doc));
        Assert.Equal("3", Cells(doc, City)[2]);
        Assert.Empty(doc.QuerySelectorAll("main .actions a"));
    }

    [Fact]
    public async Task DistrictDetails_Methodologist_ListsCityOrganizationsWithStaffCounts()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var doc = await client.GetPageAsync($"/Organizations/Districts/Details/{await app.DistrictIdAsync(City)}");
        Assert.Equal(3, Links(doc).Length);
        Assert.Equal([School101, "Мектеп", "Қазақ тілі, Орыс тілі", "Иә", "20"], Cells(doc, School101));
        Assert.Equal([Gymnasium, "Гимназия", "Орыс тілі", "Жоқ", "14"], Cells(doc, Gymnasium));
        Assert.NotNull(doc.QuerySelector($"a[href='/Organizations/Create?districtId={await app.DistrictIdAsync(City)}']"));
    }

    [Fact]
    public async Task Details_MethodologistAndAltynsarinRecords_Return404()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Details/{await app.OrganizationIdAsync(Silantyev)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Districts/Details/{await app.DistrictIdAsync(Altynsarin)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Edit/{await app.OrganizationIdAsync(Silantyev)}")).StatusCode);
    }

    [Fact]
    public async Task Index_Director_ListsOwnSchoolDirectly()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var doc = await client.GetPageAsync("/Organizations");
        Assert.Equal([School101], Links(doc));
        Assert.Equal([School101, City, "Мектеп", "Қазақ тілі, Орыс тілі", "Иә", "20"], Cells(doc, School101));
    }

    [Fact]
    public async Task Details_DirectorAndOtherSchoolOfSameDistrict_Returns404()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Details/{await app.OrganizationIdAsync(Gymnasium)}")).StatusCode);
        var district = await client.GetPageAsync($"/Organizations/Districts/Details/{await app.DistrictIdAsync(City)}");
        Assert.Equal([School101], Links(district));
    }

    [Fact]
    public async Task Details_Teacher_ShowsLocalizedCardWithCrumbsAndStaffLinkButNoEdit()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");
        var id = await app.OrganizationIdAsync(School101);
        var doc = await client.GetPageAsync($"/Organizations/Details/{id}");
        var crumbs = doc.QuerySelectorAll(".crumbs a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Ұйымдар", "Қостанай облысы", City, School101], crumbs);
        var fields = doc.QuerySelectorAll("dl.fields dt").Zip(doc.QuerySelectorAll("dl.fields dd"), (dt, dd) => (dt.TextContent, dd.TextContent.Trim())).ToDictionary();
        Assert.Equal("Мектеп", fields["Ұйым түрі"]);
        Assert.Equal("Жалпы орта", fields["Білім деңгейі"]);
        Assert.Equal("Қазақ тілі, Орыс тілі", fields["Оқыту тілдері"]);
        Assert.Equal("Иә", fields["Толық жинақталған мектеп"]);
        Assert.Equal("Қостанай қ., Абай даңғылы, 101", fields["Мекенжай"]);
        Assert.Equal("20", fields["Қызметкерлер"]);
        Assert.NotNull(doc.QuerySelector($"a[href='/Organizations/People?organizationId={id}']"));
        Assert.Null(doc.QuerySelector($"a[href='/Organizations/Edit/{id}']"));
    }

    [Fact]
    public async Task Details_GymnasiumDirectorInRussian_ShowsRussianEnumsAndEditButton()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director.gym");
        await client.UseLanguageAsync("ru-RU");
        var id = await app.OrganizationIdAsync(Gymnasium);
        var doc = await client.GetPageAsync($"/Organizations/Details/{id}");
        Assert.Contains("Общее среднее", doc.Text(), StringComparison.Ordinal);
        Assert.Contains("Русский", doc.QuerySelector("dl.fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Полнокомплектная школа", doc.Text(), StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector($"a[href='/Organizations/Edit/{id}']"));
    }

    [Fact]
    public async Task Details_UnknownIds_Return404()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Organizations/Regions/Details/9999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Organizations/Districts/Details/9999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Organizations/Details/9999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Organizations/Create?districtId=9999")).StatusCode);
    }
}
