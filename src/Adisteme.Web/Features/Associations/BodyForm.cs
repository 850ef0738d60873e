using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// The check-then-change of the pages that manage a body (members, head, settings): the body in the user's
/// scope (else 404), the right to manage it (else 403), the form's own validation, the domain change with its
/// refusals as field errors, the save against the version the form was shown, and PRG with a message.
/// </summary>
public sealed class BodyForm(AppDbContext db, BodyAccess bodies, IStringLocalizer<SharedResource> s)
{
    /// <summary>The body found by the last <see cref="CheckAsync"/>.</summary>
    public BodyPlace Place { get; private set; } = null!;

    /// <summary>Null when the user may manage the body; otherwise the answer (404 outside scope, 403 in scope).</summary>
    public async Task<IActionResult?> CheckAsync(PageModel page, int id, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is not { } place)
        {
            return page.NotFound();
        }
        Place = place;
        return await bodies.CanManageAsync(place, ct) ? null : page.Forbid();
    }

    /// <summary>
    /// Applies <paramref name="change"/> (which returns the English text of the success message) to the tracked body
    /// and saves it. <paramref name="show"/> re-renders the page: with <c>true</c> after a refusal (keep what was typed),
    /// with <c>false</c> after a concurrency conflict (show the current values).
    /// </summary>
    public async Task<IActionResult> ChangeAsync(PageModel page, int id, Guid version, Func<MethodologicalBody, Task<string>> change,
        Func<bool, Task<IActionResult>> show, CancellationToken ct)
    {
        if (await CheckAsync(page, id, ct) is { } denied)
        {
            return denied;
        }
        if (!page.ModelState.IsValid)
        {
            return await show(true);
        }
        var body = await BodyData.LoadAsync(db, id, ct);
        db.ExpectVersion(body, version);
        string done;
        try
        {
            done = await change(body);
        }
        catch (DomainException refused)
        {
            refused.ToValidationErrors(s).CopyTo(page.ModelState);
            db.ChangeTracker.Clear();
            return await show(true);
        }
        // Some changes touch only child rows (a role, an appointment); touching the body bumps its version so two editors cannot both act.
        db.Entry(body).Property(b => b.Version).IsModified = true;
        if (!await db.TrySaveAsync(ct))
        {
            page.ModelState.Clear();
            page.ModelState.AddModelError("", s[Concurrency.Message]);
            return await show(false);
        }
        page.TempData["Message"] = s[done].Value;
        return page.RedirectToPage(page.PageContext.ActionDescriptor.ViewEnginePath, new { id });
    }
}
