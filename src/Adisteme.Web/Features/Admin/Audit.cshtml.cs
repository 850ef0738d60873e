using System.Globalization;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Admin;

/// <summary>
/// The audit log for administrators: every write with who, when, which record and what changed,
/// filtered by record, user and local date, newest first, one query per page.
/// </summary>
public sealed class AuditModel(AppDbContext db, CurrentAccess access, IStringLocalizer<SharedResource> s) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(DateTime AtLocal, string? UserName, string Action, string EntityType, string EntityId, IReadOnlyList<FieldChange> Changes);

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public AuditText Text { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanAsync(Operation.ViewAudit, ScopeRef.Global, ct))
        {
            return Forbid();
        }
        Text = new AuditText(db.Model, s);
        EntityTypes = Text.AuditedTypes();
        EntityType = Blank(EntityType);
        EntityId = Blank(EntityId);
        UserName = Blank(UserName);
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), s["The end date must not be before the start date."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var q = db.AuditEntries.AsNoTracking();
        if (EntityType is not null)
        {
            q = q.Where(a => a.EntityType == EntityType);
        }
        if (EntityId is not null)
        {
            q = q.Where(a => a.EntityId == EntityId);
        }
        if (UserName is not null)
        {
            q = q.Where(a => a.UserName == UserName);
        }
        if (From is { } start)
        {
            var fromUtc = LocalTime.StartOfDayUtc(start);
            q = q.Where(a => a.AtUtc >= fromUtc);
        }
        if (To is { } end)
        {
            // The whole last day counts: up to the start of the next local day.
            var toUtc = LocalTime.StartOfDayUtc(end.AddDays(1));
            q = q.Where(a => a.AtUtc < toUtc);
        }
        // One row more than a page tells whether an older page exists, without a COUNT over the whole log.
        var entries = await q.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new { a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, a.Before, a.After })
            .ToListAsync(ct);
        HasNext = entries.Count > PageSize;
        Rows = entries.Take(PageSize)
            .Select(a => new Row(LocalTime.ToLocal(a.AtUtc), a.UserName, a.Action, a.EntityType, a.EntityId, AuditChanges.Of(a.Before, a.After)))
            .ToList();
        return Page();
    }

    /// <summary>This page's address with the current filters and the given changes; query keys are the property names.</summary>
    public string Link(string? type = null, string? id = null, string? user = null, int? page = null, bool keepFilters = true) =>
        Url.Page("./Audit", new
        {
            entityType = type ?? (keepFilters ? EntityType : null),
            entityId = id ?? (keepFilters ? EntityId : null),
            userName = user ?? (keepFilters ? UserName : null),
            from = keepFilters ? FromText : null,
            to = keepFilters ? ToText : null,
            pageNumber = page is > 1 ? page : null,
        }) ?? "";

    /// <summary>Dates as date inputs and query strings write them (ISO), whatever the interface language.</summary>
    public string? FromText => IsoDate(From);
    public string? ToText => IsoDate(To);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
