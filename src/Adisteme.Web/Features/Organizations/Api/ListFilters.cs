using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>
/// Filters of the lists. <c>q</c>: every word must occur in one of the searched names,
/// case-insensitively (lower() is Unicode-aware on both providers, see SqliteUnicodeCase).
/// </summary>
internal static class ListFilters
{
    private const int MaxWords = 5;

    /// <summary>
    /// Whether a parent named in a filter (?regionId=) is one the caller can see. Lists answer 404
    /// otherwise, exactly as for a parent that does not exist.
    /// </summary>
    public static async Task<bool> ShowsAsync<T>(this Task<IQueryable<T>> visible, int id, CancellationToken ct) where T : class =>
        await (await visible).AnyAsync(e => EF.Property<int>(e, "Id") == id, ct);

    // ToLower() here is translated to SQL lower(); a culture argument would not be translatable (CA1304/CA1311),
    // and string.Contains with a StringComparison is not translated either (CA1862).
#pragma warning disable CA1304, CA1311, CA1862
    public static IQueryable<EducationOrganization> Matching(this IQueryable<EducationOrganization> organizations, string? q)
    {
        foreach (var word in Words(q))
        {
            organizations = organizations.Where(o => o.Name.ToLower().Contains(word) || (o.ShortName != null && o.ShortName.ToLower().Contains(word)));
        }
        return organizations;
    }

    public static IQueryable<Person> Matching(this IQueryable<Person> people, string? q)
    {
        foreach (var word in Words(q))
        {
            people = people.Where(p => p.Surname.ToLower().Contains(word) || p.Name.ToLower().Contains(word)
                || (p.Patronymic != null && p.Patronymic.ToLower().Contains(word)));
        }
        return people;
    }
#pragma warning restore CA1304, CA1311, CA1862

    private static string[] Words(string? q) =>
        string.IsNullOrWhiteSpace(q)
            ? []
            : q.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(MaxWords).ToArray();
}
