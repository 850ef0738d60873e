using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

/// <summary>The form model of an editable record: it reads the record, writes it back, and carries its version.</summary>
public interface IEditInput<TEntity, TSelf> : IDescribedInput where TSelf : IEditInput<TEntity, TSelf>
{
    Guid Version { get; }
    void ApplyTo(TEntity entity);
    static abstract TSelf From(TEntity entity);
}

/// <summary>
/// What the region, district and organization editors share: adding and the optimistic update.
/// Each editor adds its own <c>ValidateAsync</c>, whose rules differ.
/// </summary>
public abstract class Editor<TEntity, TInput>(AppDbContext db)
    where TEntity : class, IVersioned
    where TInput : IEditInput<TEntity, TInput>
{
    protected AppDbContext Db { get; } = db;

    /// <summary>Fills <paramref name="entity"/> from the input, adds and saves it; validate first.</summary>
    protected async Task<TEntity> AddAsync(TEntity entity, TInput input, CancellationToken ct)
    {
        input.ApplyTo(entity);
        Db.Add(entity);
        await Db.SaveChangesAsync(ct);
        return entity;
    }

    /// <summary>
    /// Applies the input to the tracked <paramref name="entity"/> and saves it if nobody changed it since
    /// the input's version; false (nothing written) when someone did. Validate first.
    /// </summary>
    public async Task<bool> UpdateAsync(TEntity entity, TInput input, CancellationToken ct)
    {
        Db.ExpectVersion(entity, input.Version);
        input.ApplyTo(entity);
        return await Db.TrySaveAsync(ct);
    }
}

/// <summary>
/// The edit page of a region, district or organization: 404 outside the user's scope, 403 without the
/// permission, the editor's field errors next to the fields, and after a concurrent change the current
/// values with the user's own beside them.
/// </summary>
public abstract class EditPageModel<TEntity, TInput, TEditor>(AppDbContext db, CurrentAccess access, TEditor editor, IStringLocalizer<SharedResource> s) : PageModel
    where TEntity : class, IVersioned
    where TInput : class, IEditInput<TEntity, TInput>, new()
    where TEditor : Editor<TEntity, TInput>
{
    /// <summary>Checked by the editor (one rule check for pages and API); the input class tells MVC not to check it too.</summary>
    [BindProperty]
    public TInput Input { get; set; } = new();

    public Place Place { get; private set; } = null!;
    public IReadOnlyList<FieldConflict> Conflict { get; private set; } = [];

    protected CurrentAccess Access => access;
    protected TEditor Editor => editor;
    protected abstract Operation Operation { get; }

    /// <summary>The record's place, or null when it is outside the user's scope.</summary>
    protected abstract Task<Place?> FindAsync(int id, CancellationToken ct);

    protected abstract Task<ValidationErrors> ValidateAsync(int id, CancellationToken ct);

    protected abstract string DetailsUrl(int id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await DenyAsync(id, ct) is { } denied)
        {
            return denied;
        }
        Input = TInput.From(await LoadAsync(id, tracked: false, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await DenyAsync(id, ct) is { } denied)
        {
            return denied;
        }
        (await ValidateAsync(id, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await editor.UpdateAsync(await LoadAsync(id, tracked: true, ct), Input, ct))
        {
            TempData["Message"] = s["Changes saved."].Value;
            return Redirect(DetailsUrl(id));
        }
        var current = TInput.From(await LoadAsync(id, tracked: false, ct));
        Conflict = ModelState.ReportConflict(Input, current, s);
        Input = current;
        return Page();
    }

    private async Task<IActionResult?> DenyAsync(int id, CancellationToken ct)
    {
        var place = await FindAsync(id, ct);
        Place = place!;
        return await this.DenyAsync(access, Operation, place, ct);
    }

    private Task<TEntity> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var set = tracked ? db.Set<TEntity>() : db.Set<TEntity>().AsNoTracking();
        return set.SingleAsync(e => EF.Property<int>(e, "Id") == id, ct);
    }
}
