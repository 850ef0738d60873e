using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Infrastructure.Documents;

namespace Adisteme.Tests.Import;

/// <summary>The cells of a previewed upload are handed back only to the same user, for the same file, with the same content.</summary>
public sealed class StaffSheetCacheTests
{
    private static readonly IReadOnlyList<SheetRow> s_rows = [new(1, ["Тегі", "Аты"]), new(2, ["Серікова", "Айгүл"])];
    private static readonly byte[] s_content = "Тегі;Аты\nСерікова;Айгүл\n"u8.ToArray();

    [Fact]
    public void Find_SameUserFileAndContent_ReturnsTheRowsKept()
    {
        using var cache = new StaffSheetCache();
        cache.Keep("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content), s_rows);

        Assert.Same(s_rows, cache.Find("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content)));
    }

    [Fact]
    public void Find_OtherUserOrOtherFile_ReturnsNull()
    {
        using var cache = new StaffSheetCache();
        cache.Keep("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content), s_rows);

        Assert.Null(cache.Find("user-2", "2026/11/a.csv", StaffSheetCache.Hash(s_content)));
        Assert.Null(cache.Find("user-1", "2026/11/b.csv", StaffSheetCache.Hash(s_content)));
    }

    [Fact]
    public void Find_ContentChangedSinceKept_ReturnsNull()
    {
        using var cache = new StaffSheetCache();
        cache.Keep("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content), s_rows);
        var changed = s_content.ToArray();
        changed[^2] ^= 1;

        Assert.Null(cache.Find("user-1", "2026/11/a.csv", StaffSheetCache.Hash(changed)));
    }

    [Fact]
    public void Forget_KeptRows_AreNotFoundAnyMore()
    {
        using var cache = new StaffSheetCache();
        cache.Keep("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content), s_rows);

        cache.Forget("user-1", "2026/11/a.csv");

        Assert.Null(cache.Find("user-1", "2026/11/a.csv", StaffSheetCache.Hash(s_content)));
    }
}
