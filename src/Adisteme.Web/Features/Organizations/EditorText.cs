using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Small helpers the hierarchy's editors share.</summary>
internal static class EditorText
{
    /// <summary>Trimmed text, or null for a blank optional field.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// True when one of <paramref name="siblingNames"/> equals <paramref name="name"/> ignoring case
    /// and surrounding spaces. Compared in memory: SQLite's lower() knows no Cyrillic, and a parent
    /// has few children.
    /// </summary>
    public static async Task<bool> IsTakenAsync(IQueryable<string> siblingNames, string? name, CancellationToken ct)
    {
        var wanted = Clean(name);
        if (wanted is null)
        {
            return false;
        }
        var names = await siblingNames.ToListAsync(ct);
        return names.Any(n => string.Equals(n.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
