using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People.Employments;

/// <summary>Ends a post on its last working day; the post stays in the person's history.</summary>
public sealed class EndModel(AppDbContext db, CurrentAccess access, PeopleAccess people, EmploymentEditor employments, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public EndEmploymentInput Input { get; set; } = new();

    public PostHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        Input = new EndEmploymentInput { EndedOn = employments.Today, Version = await VersionAsync(id, ct) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        employments.ValidateEnd(Input).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var employment = await db.Employments.SingleAsync(e => e.Id == id, ct);
        db.ExpectVersion(employment, Input.Version);
        employment.EndedOn = Input.EndedOn;
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.Clear();
            ModelState.AddModelError("", s[Concurrency.Message]);
            Input = new EndEmploymentInput { EndedOn = Input.EndedOn, Version = await VersionAsync(id, ct) };
            return Page();
        }
        // The person may have left the user's scope with this post (their only one here).
        if (await (await access.PeopleAsync(ct)).AnyAsync(p => p.Id == Header.PersonId, ct))
        {
            TempData["Message"] = s["The post has been ended."].Value;
            return RedirectToPage("/Organizations/People/Details", new { id = Header.PersonId });
        }
        TempData["Message"] = s["The post has been ended; {0} no longer works in your organizations.", Header.FullName].Value;
        return RedirectToPage("/Organizations/People/Index");
    }

    private async Task<IActionResult?> CheckAsync(int id, CancellationToken ct)
    {
        var (header, denied) = await PostHeader.CheckAsync(db, people, id, ct);
        Header = header!;
        if (denied is not null)
        {
            return denied;
        }
        return Header.EndedOn is null ? null : RedirectToPage("/Organizations/People/Details", new { id = Header.PersonId });
    }

    private Task<Guid> VersionAsync(int id, CancellationToken ct) =>
        db.Employments.Where(e => e.Id == id).Select(e => e.Version).SingleAsync(ct);
}
