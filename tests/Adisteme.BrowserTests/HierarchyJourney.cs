namespace Adisteme.BrowserTests;

public sealed class HierarchyJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Methodologist_BrowsesRegionDistrictSchool_ThenItsStaff_AllAccessible()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "methodologist");

        await page.ClickAsync("header nav a[href='/Organizations']");
        await page.WaitForURLAsync(url => url.EndsWith("/Organizations", StringComparison.Ordinal));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("main a:has-text('Қостанай облысы')");
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Regions/Details/", StringComparison.Ordinal));
        var region = await page.InnerTextAsync("main");
        Assert.Contains("Қостанай қаласы", region, StringComparison.Ordinal);
        // The methodologist's scope is the city district; the rural district stays hidden.
        Assert.DoesNotContain("Алтынсарин ауданы", region, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("main a:has-text('Қостанай қаласы')");
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Districts/Details/", StringComparison.Ordinal));
        Assert.Contains("Гимназия № 5", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("main a:has-text('№ 101 жалпы білім беретін мектеп')");
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Details/", StringComparison.Ordinal));
        var card = await page.InnerTextAsync("main");
        Assert.Contains("Қостанай қ., Абай даңғылы, 101", card, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("main a.btn[href^='/Organizations/People?organizationId=']");
        await page.WaitForURLAsync(url => url.Contains("/Organizations/People", StringComparison.Ordinal));
        Assert.True(await page.Locator("main table tbody tr").CountAsync() >= 10);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
