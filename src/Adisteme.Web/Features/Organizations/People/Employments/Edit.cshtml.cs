using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People.Employments;

/// <summary>A post's fields (not its organization: moving someone is ending one post and adding another).</summary>
public sealed class EditModel(AppDbContext db, PeopleAccess people, EmploymentEditor employments, IStringLocalizer<SharedResource> s, FigureCache cache) : PageModel
{
    [BindProperty]
    public EmploymentInput Input { get; set; } = new();

    public PostHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        return await ShowAsync(await LoadAsync(id, tracked: false, ct), ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        (await employments.ValidateAsync(Input, Header.OrganizationId, Header.PersonId, id, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(null, ct);
        }
        var employment = await LoadAsync(id, tracked: true, ct);
        db.ExpectVersion(employment, Input.Version);
        EmploymentEditor.Apply(Input, employment);
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.Clear();
            ModelState.AddModelError("", s[Concurrency.Message]);
            return await ShowAsync(await LoadAsync(id, tracked: false, ct), ct);
        }
        TempData["Message"] = s["The changes have been saved."].Value;
        return RedirectToPage("/Organizations/People/Details", new { id = Header.PersonId });
    }

    private async Task<IActionResult?> CheckAsync(int id, CancellationToken ct)
    {
        var (header, denied) = await PostHeader.CheckAsync(db, people, id, ct);
        Header = header!;
        return denied;
    }

    private Task<Employment> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Employments.Include(e => e.Subjects).Where(e => e.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleAsync(ct);
    }

    /// <summary>Shows the form with <c>current</c> (the stored post), or with what was posted when null.</summary>
    private async Task<IActionResult> ShowAsync(Employment? current, CancellationToken ct)
    {
        if (current is not null)
        {
            Input = EmploymentInput.From(current);
        }
        ViewData["Subjects"] = await SubjectGroup.LoadAsync(db, cache, ct);
        return Page();
    }
}
