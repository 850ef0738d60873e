using System.Security.Cryptography;
using Adisteme.Web.Infrastructure.Documents;
using Microsoft.Extensions.Caching.Memory;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// The cells of an upload as read for its preview, kept for a short time so the confirmation does not read
/// the workbook again (reading is most of a large preview). An entry is handed back only to the same user,
/// for the same stored file, with the same content (SHA-256 of its bytes): a file changed in the store since
/// is read again. Only the reading is skipped: every request still recognizes the columns and checks every
/// row against the register as it is then. A miss (another server, expiry, restart) just reads the file.
/// </summary>
public sealed class StaffSheetCache : IDisposable
{
    /// <summary>Rows kept in all, so memory stays bounded: three files at the row cap (about 15 MB each).</summary>
    public const long MaxRowsKept = 3L * StaffImportParser.MaxRows;

    /// <summary>How long an unused entry stays: time enough to look through the preview and confirm.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxRowsKept });

    private sealed record Entry(byte[] ContentHash, IReadOnlyList<SheetRow> Rows);

    public static byte[] Hash(ReadOnlySpan<byte> content) => SHA256.HashData(content);

    /// <summary>The rows kept for this user and file if its content is still the one read; otherwise null.</summary>
    public IReadOnlyList<SheetRow>? Find(string userId, string fileKey, byte[] contentHash) =>
        _cache.TryGetValue((userId, fileKey), out Entry? entry) && entry!.ContentHash.AsSpan().SequenceEqual(contentHash)
            ? entry.Rows
            : null;

    public void Keep(string userId, string fileKey, byte[] contentHash, IReadOnlyList<SheetRow> rows) =>
        _cache.Set((userId, fileKey), new Entry(contentHash, rows),
            new MemoryCacheEntryOptions { Size = Math.Max(1, rows.Count), SlidingExpiration = Idle });

    public void Forget(string userId, string fileKey) => _cache.Remove((userId, fileKey));

    public void Dispose() => _cache.Dispose();
}
