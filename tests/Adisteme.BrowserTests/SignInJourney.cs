namespace Adisteme.BrowserTests;

public sealed class SignInJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Director_SignsIn_SwitchesLanguage_AndPagesAreAccessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await BrowserApp.SignInAsync(page, "director");
        Assert.Contains("Директор", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("form.lang button[value=ru-RU]");
        await page.WaitForSelectorAsync("html[lang=ru]");
        Assert.Contains("Главная", await page.InnerTextAsync("header"), StringComparison.Ordinal);

        // The choice survives a new page load.
        await page.GotoAsync("/");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
    }
}
