using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Caching;
using Adisteme.Web.Infrastructure.Localization;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>
/// Staff in the user's scope: one row per current post in a visible organization, searchable by name and
/// IIN, filtered by organization, subject and position, 50 to a page. htmx swaps only the results.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentAccess access, PeopleAccess people, FigureCache cache) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? SubjectId { get; set; }
    [BindProperty(SupportsGet = true)] public Position? Position { get; set; }
    /// <summary>The "page" query value; read by hand because Razor Pages keeps a route value of that name.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<StaffRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<OrganizationOption> Organizations { get; private set; } = [];
    public IReadOnlyList<SubjectGroup> Subjects { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1;
        await LoadRowsAsync(ct);
        if (Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest())
        {
            return Partial("_Results", this);
        }
        Organizations = await people.OrganizationsWhereAsync(Operation.ViewPeople, ct);
        Subjects = await SubjectGroup.LoadAsync(db, cache, ct);
        CanCreate = (await people.OrganizationsWhereAsync(Operation.ManagePeople, ct)).Count > 0;
        return Page();
    }

    [SuppressMessage("Globalization", "CA1304", Justification = "ToLower() runs in the database as lower(), not in .NET.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "ToLower() runs in the database as lower(), not in .NET.")]
    [SuppressMessage("Performance", "CA1862", Justification = "String comparisons with StringComparison do not translate to SQL.")]
    private async Task LoadRowsAsync(CancellationToken ct)
    {
        var organizations = await access.OrganizationsAsync(ct);
        var posts = db.Employments.AsNoTracking().Where(e => e.EndedOn == null && organizations.Any(o => o.Id == e.OrganizationId));
        if (OrganizationId is { } organizationId)
        {
            posts = posts.Where(e => e.OrganizationId == organizationId);
        }
        if (SubjectId is { } subjectId)
        {
            posts = posts.Where(e => e.Subjects.Any(x => x.SubjectId == subjectId));
        }
        if (Position is { } position)
        {
            posts = posts.Where(e => e.Position == position);
        }
        foreach (var term in StaffSearch.Terms(Q))
        {
            // ToLower() is lower() on both providers; SQLite's is made Unicode-aware in Data/Sqlite/SqliteUnicodeCase.
            posts = posts.Where(e => e.Person!.Surname.ToLower().Contains(term)
                || e.Person.Name.ToLower().Contains(term)
                || (e.Person.Patronymic != null && e.Person.Patronymic.ToLower().Contains(term))
                || (e.Person.Iin != null && e.Person.Iin.Contains(term)));
        }

        Total = await posts.CountAsync(ct);
        PageNumber = Math.Min(PageNumber, PageCount);
        var page = await posts
            .OrderBy(e => e.Person!.Surname).ThenBy(e => e.Person!.Name).ThenBy(e => e.Person!.Patronymic).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                e.PersonId,
                e.Person!.Surname,
                e.Person.Name,
                e.Person.Patronymic,
                Organization = e.Organization!.ShortName ?? e.Organization.Name,
                e.Position,
                Subjects = e.Subjects.Select(x => x.Subject!).ToList(),
                e.Category,
                e.CategoryExpiresOn,
            })
            .ToListAsync(ct);
        var language = Cultures.CurrentLanguage;
        Rows = page.Select(r => new StaffRow(r.PersonId, PersonName.Full(r.Surname, r.Name, r.Patronymic), r.Organization, r.Position,
            r.Subjects.Select(x => x.NameIn(language)).ToArray(), r.Category, r.CategoryExpiresOn)).ToList();
    }

    /// <summary>The list's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["organizationId"] = OrganizationId?.ToString(CultureInfo.InvariantCulture),
            ["q"] = Q,
            ["subjectId"] = SubjectId?.ToString(CultureInfo.InvariantCulture),
            ["position"] = Position?.ToString(),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return "/Organizations/People" + QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}

public sealed record StaffRow(int PersonId, string FullName, string Organization, Position Position, string[] Subjects,
    QualificationCategory Category, DateOnly? CategoryExpiresOn);

/// <summary>Subjects grouped by <see cref="SubjectArea"/>, names in the interface language.</summary>
public sealed record SubjectGroup(string Area, IReadOnlyList<SubjectChoice> Subjects)
{
    private static readonly Type[] Feeds = [typeof(Subject), typeof(SubjectArea)];

    /// <summary>The subject list is reference data read on every staff page: cached with all its languages, named per request.</summary>
    public static async Task<IReadOnlyList<SubjectGroup>> LoadAsync(AppDbContext db, FigureCache cache, CancellationToken ct)
    {
        var language = Cultures.CurrentLanguage;
        var subjects = await cache.GetOrAddAsync<IReadOnlyList<Subject>>("subjects", Feeds, async () =>
            await db.Subjects.AsNoTracking().Include(x => x.SubjectArea).OrderBy(x => x.SubjectAreaId).ThenBy(x => x.Id).ToArrayAsync(ct));
        return subjects
            .GroupBy(x => x.SubjectArea?.NameIn(language) ?? "")
            .Select(g => new SubjectGroup(g.Key, g.Select(x => new SubjectChoice(x.Id, x.NameIn(language))).ToList()))
            .ToList();
    }
}

public sealed record SubjectChoice(int Id, string Name);

/// <summary>How a typed search becomes terms: every word must match a name part or the IIN.</summary>
public static class StaffSearch
{
    public static IReadOnlyList<string> Terms(string? q) =>
        (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToList();
}
