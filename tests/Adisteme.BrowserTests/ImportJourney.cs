using System.Text;
using Microsoft.Playwright;

namespace Adisteme.BrowserTests;

public sealed class ImportJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Three good rows and one with a broken IIN, with Kazakh headers as a school would type them.</summary>
    private static byte[] StaffCsv() => Encoding.UTF8.GetBytes(string.Join("\n",
        "Тегі;Аты;Әкесінің аты;ЖСН;Лауазымы;Пәндер;Сыныптар",
        "Браузерова;Әсел;Серікқызы;;Пән мұғалімі;Математика;5-9",
        "Сынақов;Ерлан;Болатұлы;;Пән мұғалімі;Физика;7-11",
        "Жолдасова;Гүлнар;;;Бастауыш сынып мұғалімі;Бастауыш сынып;1-4",
        "Қатеұлы;Нұрлан;;123456789012;Пән мұғалімі;Химия;8-11") + "\n");

    [Fact]
    public async Task Director_ImportsStaffWithOneBadRow_SeesTheReason_ConfirmsTheRest()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "director");
        await page.GotoAsync("/Organizations/Import");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.SetInputFilesAsync("input[type=file][name='Input.File']",
            new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = StaffCsv() });
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Import/Preview", StringComparison.Ordinal));

        Assert.Equal("3", (await page.InnerTextAsync("#valid-count")).Trim());
        Assert.Equal("1", (await page.InnerTextAsync("#invalid-count")).Trim());
        var bad = await page.InnerTextAsync("#invalid-rows tbody tr[data-row]");
        Assert.Contains("Қатеұлы", bad, StringComparison.Ordinal);
        Assert.Contains("ЖСН", bad, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("#confirm-form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Preview", StringComparison.Ordinal));
        Assert.Contains("3", await page.InnerTextAsync(".notice"), StringComparison.Ordinal);

        // The imported staff are now in the school's list; the bad row was not written.
        await page.GotoAsync("/Organizations/People?q=Браузерова");
        Assert.Contains("Браузерова", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.GotoAsync("/Organizations/People?q=Қатеұлы");
        Assert.DoesNotContain("Қатеұлы Нұрлан", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
