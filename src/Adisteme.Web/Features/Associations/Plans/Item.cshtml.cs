using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Files;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>
/// One item of a plan: its details and how it went. Members of the body mark an item of the approved
/// plan done (a note, optionally an evidence file) or not done (a reason). While the plan's working version
/// is editable (draft, returned, amendment), the head, the secretary or the body's managers edit the item.
/// </summary>
public sealed class ItemModel(AppDbContext db, BodyAccess access, PlanStore store, IFileStore files, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The edit form (content, form, dates, responsible members, expected result) with the item's token.</summary>
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public PlanContext Context { get; private set; } = null!;
    public PlanItem Item { get; private set; } = null!;
    public bool CanMark { get; private set; }
    public bool CanEditWork { get; private set; }

    /// <summary>The item as it stands in the working version when the user may edit it there; null otherwise.</summary>
    public PlanItem? Editable { get; private set; }

    /// <summary>Why an editor cannot edit the item now (the English key of the notice), or null.</summary>
    public string? LockedNotice { get; private set; }

    private BodyPlace _place = null!;

    public string PersonName(int id) => Context.People.TryGetValue(id, out var p) ? p.Name : "—";

    public async Task<IActionResult> OnGetAsync(int itemId, CancellationToken ct) =>
        await LoadAsync(itemId, ct) is { } denied ? denied : Page();

    /// <summary>Edits the item in the working version: R16 checks at the fields, the item's token against lost updates.</summary>
    public async Task<IActionResult> OnPostEditAsync(int itemId, CancellationToken ct)
    {
        if (await LoadAsync(itemId, ct, keepInput: true) is { } denied)
        {
            return denied;
        }
        if (!CanEditWork)
        {
            return Forbid();
        }
        var plan = await store.Plans(tracked: true).SingleAsync(p => p.Versions.Any(v => v.Id == Item.VersionId), ct);
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Id == plan.SchoolYearId, ct);
        if (plan.Working?.Items.FirstOrDefault(i => i.ItemKey == Item.ItemKey) is { } target)
        {
            db.ExpectVersion(target, Input.Version);
            // Only the responsible members may change; the item's row is still written, so its token is checked.
            db.Entry(target).Property(i => i.Version).IsModified = true;
        }
        try
        {
            if (ItemInputs.ToDomain(Input, ModelState, s, nameof(Input)) is { } input)
            {
                plan.UpdateItem(Item.ItemKey, Context.Body, year, input);
            }
        }
        catch (DomainException refused)
        {
            ModelState.AddRefusal(refused, s, nameof(Input));
        }
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return await RedisplayAsync(itemId, ct, keepInput: true);
        }
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("", s[Concurrency.Message]);
            return await RedisplayAsync(itemId, ct, keepInput: false);
        }
        TempData["Message"] = s["Changes saved."].Value;
        return Redirect($"/Associations/Plans/{Context.Body.Id}");
    }

    public Task<IActionResult> OnPostDoneAsync(int itemId, CancellationToken ct) => MarkAsync(itemId, async (plan, key, me, body) =>
    {
        // A file that is too large or not a document is refused at the field before anything is written.
        var evidence = await AssociationFiles.SaveAsync(files, Evidence, nameof(Evidence), ct);
        plan.MarkDone(key, me, body, Note ?? "", evidence, time);
        return s["The item is marked done."];
    }, ct);

    public Task<IActionResult> OnPostNotDoneAsync(int itemId, CancellationToken ct) => MarkAsync(itemId, (plan, key, me, body) =>
    {
        plan.MarkNotDone(key, me, body, Reason ?? "", time);
        return Task.FromResult<LocalizedString?>(s["The item is marked not done."]);
    }, ct);

    private async Task<IActionResult> MarkAsync(int itemId, Func<MethodologicalWorkPlan, Guid, int, MethodologicalBody, Task<LocalizedString?>> mark, CancellationToken ct)
    {
        if (await LoadAsync(itemId, ct) is { } denied)
        {
            return denied;
        }
        if (!CanMark)
        {
            return Forbid();
        }
        var me = (await access.CurrentPersonIdAsync(ct))!.Value;
        var context = await store.LoadAsync(Context.Body.Id, tracked: true, ct);
        var plan = context.Plan!;
        if (plan.Current?.Items.FirstOrDefault(i => i.ItemKey == Item.ItemKey) is { } target)
        {
            db.ExpectVersion(target, Version);
        }
        LocalizedString? message;
        try
        {
            message = await mark(plan, Item.ItemKey, me, context.Body);
        }
        catch (DomainException refused)
        {
            ModelState.AddRefusal(refused, s, "");
            message = null;
        }
        if (message is null)
        {
            db.ChangeTracker.Clear();
            return await RedisplayAsync(itemId, ct);
        }
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("", s[Concurrency.Message]);
            return await RedisplayAsync(itemId, ct);
        }
        TempData["Message"] = message.Value;
        return Redirect($"/Associations/Plans/{context.Body.Id}");
    }

    private async Task<IActionResult> RedisplayAsync(int itemId, CancellationToken ct, bool keepInput = false)
    {
        await LoadAsync(itemId, ct, keepInput);
        return Page();
    }

    /// <summary>Finds the item's body (404 outside the user's reach) and shows the item as it stands in the approved version when there is one.</summary>
    private async Task<IActionResult?> LoadAsync(int itemId, CancellationToken ct, bool keepInput = false)
    {
        var bodyId = await db.WorkPlanItems.Where(i => i.Id == itemId)
            .Select(i => db.WorkPlans.Where(p => p.Versions.Any(v => v.Id == i.VersionId)).Select(p => (int?)p.BodyId).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        if (bodyId is null || await access.FindAsync(bodyId.Value, ct) is not { } place)
        {
            return NotFound();
        }
        _place = place;
        var item = await db.WorkPlanItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.ItemKey, i.VersionId }).SingleAsync(ct);
        var planId = await db.WorkPlanVersions.Where(v => v.Id == item.VersionId).Select(v => v.PlanId).SingleAsync(ct);
        Context = await store.LoadAsync(bodyId.Value, tracked: false, ct);
        var plan = Context.Plan?.Id == planId ? Context.Plan : await store.Plans(tracked: false).SingleAsync(p => p.Id == planId, ct);
        Item = plan.Current?.Items.FirstOrDefault(i => i.ItemKey == item.ItemKey)
            ?? plan.Versions.SelectMany(v => v.Items).Single(i => i.Id == itemId);
        var me = await access.CurrentPersonIdAsync(ct);
        CanMark = plan.Current is not null && Item.VersionId == plan.Current.Id && me is { } person && place.MemberPersonIds.Contains(person);
        ModelState.Remove(nameof(Version));
        Version = Item.Version;
        CanEditWork = await access.CanEditWorkAsync(_place, ct);
        Editable = CanEditWork && plan.Working is { Route.IsEditable: true } working
            ? working.Items.FirstOrDefault(i => i.ItemKey == item.ItemKey)
            : null;
        LockedNotice = !CanEditWork || Editable is not null ? null
            : plan.Working is null ? "The approved plan is locked; start an amendment to change it." : "The plan is being approved and cannot be edited.";
        if (Editable is { } editable && !keepInput)
        {
            // Shows the item as it is now (after a conflict too): the posted values give way to the current ones.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Input) + ".", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }
            Input = new ItemInput
            {
                Content = editable.Content,
                Form = editable.Form,
                StartsOn = editable.StartsOn,
                EndsOn = editable.EndsOn,
                Responsible = [.. editable.ResponsiblePersonIds],
                ExpectedResult = editable.ExpectedResult,
                Version = editable.Version,
            };
        }
        return null;
    }
}
