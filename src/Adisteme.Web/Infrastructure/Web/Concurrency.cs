using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>
/// Optimistic concurrency for edit forms. The form carries the <see cref="IVersioned.Version"/> it
/// was rendered with; saving compares it with the row, so a second editor never silently
/// overwrites the first.
/// </summary>
/// <example>
/// db.ExpectVersion(organization, Input.Version);
/// ... apply Input ...
/// if (!await db.TrySaveAsync(ct)) { ModelState.AddModelError("", S[Concurrency.Message]); reload current values; return Page(); }
/// </example>
public static class Concurrency
{
    public const string Message = "Someone else changed this record while you were editing. The current values are shown; check them and save again.";

    /// <summary>Makes the save fail when the row's version is no longer the one the form was rendered with.</summary>
    public static void ExpectVersion<T>(this AppDbContext db, T entity, Guid version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>Saves; on a concurrency conflict writes nothing, clears the tracker and returns false.</summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
