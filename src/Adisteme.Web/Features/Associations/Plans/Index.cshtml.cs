using System.Globalization;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Files;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations.Plans;

public sealed class HeaderInput
{
    public string? Theme { get; set; }
    public string? SchoolTheme { get; set; }
    public string? Goal { get; set; }
    /// <summary>One task per line.</summary>
    public string? Tasks { get; set; }
    /// <summary>One priority direction per line.</summary>
    public string? Directions { get; set; }
}

public sealed class ItemInput
{
    public string? Content { get; set; }
    public WorkForm Form { get; set; } = WorkForm.Seminar;
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<int> Responsible { get; set; } = [];
    public string? ExpectedResult { get; set; }
    /// <summary>The item's token when an existing item is edited (the item page).</summary>
    public Guid Version { get; set; }
}

/// <summary>
/// The annual work plan of a body for the current school year: the draft and its content, the route
/// (submit, agree, approve, return, amend), the history of versions and decisions, progress by month,
/// and the DOCX export. Every POST checks its own permission and carries the version it was shown.
/// </summary>
public sealed class IndexModel(AppDbContext db, BodyAccess access, PlanStore store, IOptions<AssociationRulesOptions> options,
    IDocumentWriter<WorkPlanDocument> writer, DocumentTexts texts, IFileStore files, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public HeaderInput Header { get; set; } = new();

    [BindProperty]
    public ItemInput Item { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Where R37's refusal is shown (the field the domain names).</summary>
    public const string CoordinatedPlansField = "CoordinatedPlans";

    [BindProperty]
    public AnalysisInput Analysis { get; set; } = new();

    [BindProperty]
    public IFormFile? AnalysisFile { get; set; }

    /// <summary>R37: the associations' plans the council's plan coordinates.</summary>
    [BindProperty]
    public List<int> Coordinated { get; set; } = [];

    public PlanContext Context { get; private set; } = null!;
    public BodyPlace Place { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanAgree { get; private set; }
    public bool CanApprove { get; private set; }
    public bool HasPreviousPlan { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public AnalysisPanel Analyses { get; private set; } = new([], []);
    public IReadOnlyList<CoordinationOption> CoordinationOptions { get; private set; } = [];
    public IReadOnlyList<CoordinatedItem> CoordinatedItems { get; private set; } = [];

    public MethodologicalWorkPlan? Plan => Context.Plan;

    /// <summary>The version the page shows: the one being written or approved, else the approved one.</summary>
    public WorkPlanVersion? Shown => Plan is null ? null : Plan.Working ?? Plan.Current ?? Plan.Latest;

    public DateOnly Today => store.Today;

    /// <summary>The shown version is the one being written, still open for edits, and the user may edit it.</summary>
    public bool IsEditable => CanEdit && Shown is { } shown && Plan!.Working == shown && shown.Route.IsEditable;

    public string PersonName(int id) => Context.People.TryGetValue(id, out var p) ? p.Name : "—";

    public async Task<IActionResult> OnGetAsync(int bodyId, CancellationToken ct)
    {
        if (await FindAsync(bodyId, ct) is { } denied)
        {
            return denied;
        }
        await ShowAsync(bodyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(int bodyId, CancellationToken ct)
    {
        if (await FindAsync(bodyId, ct) is { } denied)
        {
            return denied;
        }
        var context = await store.LoadAsync(bodyId, tracked: false, ct);
        var version = context.Plan?.Current ?? context.Plan?.Working;
        if (version is null)
        {
            return NotFound();
        }
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == context.Body.OrganizationId)
            .Select(o => new { o.Name, o.DocumentLanguage }).SingleOrDefaultAsync(ct);
        var district = await db.Districts.AsNoTracking().Where(d => d.Id == context.Body.DistrictId).Select(d => d.Name).SingleAsync(ct);
        var language = organization?.DocumentLanguage ?? default;
        var bytes = writer.Write(PlanDocx.Build(context, version, organization?.Name ?? district, texts.For(language)), language);
        return File(bytes, DocxBuilder.ContentType, $"plan-{context.Year.Title}.docx");
    }

    public Task<IActionResult> OnPostCreateAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: false, async (c, me) =>
    {
        var years = await db.WorkPlans.Where(p => p.BodyId == bodyId).Select(p => p.SchoolYearId).ToListAsync(ct);
        db.WorkPlans.Add(MethodologicalWorkPlan.Create(c.Body, c.Year, years, me, time));
        return s["The draft plan is created."];
    }, null, ct);

    public Task<IActionResult> OnPostHeaderAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, (c, _) =>
    {
        c.Plan!.SetHeader(new PlanHeader(Header.Theme ?? "", Header.SchoolTheme ?? "", Header.Goal ?? "", Lines(Header.Tasks), Lines(Header.Directions)));
        return Task.FromResult<LocalizedString?>(s["Changes saved."]);
    }, nameof(Header), ct);

    public Task<IActionResult> OnPostAddItemAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, (c, _) =>
    {
        var input = ItemInputs.ToDomain(Item, ModelState, s, "Item");
        if (input is null)
        {
            return Task.FromResult<LocalizedString?>(null);
        }
        c.Plan!.AddItem(c.Body, c.Year, input);
        return Task.FromResult<LocalizedString?>(s["The item is added."]);
    }, nameof(Item), ct);

    public Task<IActionResult> OnPostRemoveItemAsync(int bodyId, Guid itemKey, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, (c, _) =>
    {
        c.Plan!.RemoveItem(itemKey);
        return Task.FromResult<LocalizedString?>(s["The item is removed."]);
    }, null, ct);

    public Task<IActionResult> OnPostCopyAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, async (c, me) =>
    {
        var previousYear = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Country == c.Year.Country && y.StartYear == c.Year.StartYear - 1, ct);
        var previous = previousYear is null ? null : await store.PlanOfYearAsync(bodyId, previousYear.Id, tracked: false, ct);
        if (previous is null || previousYear is null)
        {
            ModelState.AddModelError("", s["There is no plan of last school year to copy from."]);
            return null;
        }
        var head = c.Body.CurrentHead(Today)?.PersonId ?? me;
        var count = c.Plan!.CopyItemsFrom(previous, previousYear, c.Year, c.Body, head);
        return s["{0} items copied from last year's plan.", count];
    }, null, ct);

    public Task<IActionResult> OnPostSubmitAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, async (c, me) =>
    {
        try
        {
            Warnings = [.. c.Plan!.Submit(me, c.Body, await FactsAsync(c, ct), options.Value, time).Select(f => f.Localize(s))];
        }
        catch (DomainException refused) when (refused.Errors.Any(e => e.Field == CoordinatedPlansField))
        {
            // R37 is shown at the coordination field; the other refusals stay at the top of the form.
            ModelState.AddRefusal(new DomainException([.. refused.Errors.Where(e => e.Field == CoordinatedPlansField)]), s, "");
            var rest = refused.Errors.Where(e => e.Field != CoordinatedPlansField).ToList();
            return rest.Count > 0 ? throw new DomainException(rest) : null;
        }
        return s["The plan is submitted for agreement."];
    }, null, ct);

    /// <summary>R37: the council's head links the associations' plans of the organization and year that the council's plan coordinates.</summary>
    public Task<IActionResult> OnPostCoordinateAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, async (c, _) =>
    {
        var allowed = await PlanPanels.AssociationPlans(db, c.Body, c.Year.Id).Select(p => p.Id).ToListAsync(ct);
        c.Plan!.SetCoordinatedPlans(c.Body, [.. Coordinated.Where(allowed.Contains)]);
        return s["The coordinated plans are saved."];
    }, "", ct);

    /// <summary>R19: the head records the analysis of a quarter or of the year, as text and/or a file.</summary>
    public Task<IActionResult> OnPostAnalysisAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, async (c, me) =>
    {
        var fileKey = await AssociationFiles.SaveAsync(files, AnalysisFile, "File", ct);
        c.Plan!.RecordAnalysis(Analysis.Period, Analysis.Text ?? "", fileKey, me, c.Body, time);
        return s["The analysis is recorded."];
    }, nameof(Analysis), ct);

    public Task<IActionResult> OnPostAmendAsync(int bodyId, CancellationToken ct) => EditAsync(bodyId, checkVersion: true, (c, me) =>
    {
        c.Plan!.StartAmendment(c.Body, me, Reason ?? "", time);
        return Task.FromResult<LocalizedString?>(s["An amendment is started; edit it and submit it for agreement."]);
    }, "", ct);

    public Task<IActionResult> OnPostAgreeAsync(int bodyId, CancellationToken ct) => DecideAsync(bodyId, (c, actor) =>
    {
        c.Plan!.Agree(actor, time, Comment);
        return Task.FromResult<LocalizedString?>(s["The plan is agreed."]);
    }, ct);

    public Task<IActionResult> OnPostApproveAsync(int bodyId, CancellationToken ct) => DecideAsync(bodyId, async (c, actor) =>
    {
        Warnings = [.. c.Plan!.Approve(actor, c.Body, c.Year, await FactsAsync(c, ct), options.Value, time, Comment).Select(f => f.Localize(s))];
        return s["The plan is approved."];
    }, ct);

    public Task<IActionResult> OnPostReturnAsync(int bodyId, CancellationToken ct) => DecideAsync(bodyId, (c, actor) =>
    {
        c.Plan!.Return(actor, Comment ?? "", time);
        return Task.FromResult<LocalizedString?>(s["The plan is returned to the head."]);
    }, ct);

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private Task<PlanFacts> FactsAsync(PlanContext c, CancellationToken ct) => PlanFactsLoader.LoadAsync(db, c, ct);

    private async Task<IActionResult?> FindAsync(int bodyId, CancellationToken ct)
    {
        var place = await access.FindAsync(bodyId, ct);
        if (place is null)
        {
            return NotFound();
        }
        Place = place;
        return null;
    }

    /// <summary>Edits by the head, the secretary or the body's managers.</summary>
    private async Task<IActionResult> EditAsync(int bodyId, bool checkVersion,
        Func<PlanContext, int, Task<LocalizedString?>> change, string? prefix, CancellationToken ct)
    {
        if (await FindAsync(bodyId, ct) is { } denied)
        {
            return denied;
        }
        if (!await access.CanEditWorkAsync(Place, ct))
        {
            return Forbid();
        }
        if (await access.CurrentPersonIdAsync(ct) is not { } me)
        {
            ModelState.AddModelError("", s["Your login is not linked to a staff record."]);
            return await RedisplayAsync(bodyId, ct);
        }
        return await ApplyAsync(bodyId, checkVersion, prefix, c => change(c, me), ct);
    }

    /// <summary>Agree, approve or return: the deputy or the director (the route checks whose step it is).</summary>
    private async Task<IActionResult> DecideAsync(int bodyId, Func<PlanContext, RouteActor, Task<LocalizedString?>> decide, CancellationToken ct)
    {
        if (await FindAsync(bodyId, ct) is { } denied)
        {
            return denied;
        }
        if (!await access.CanAgreePlanAsync(Place, ct) && !await access.CanApprovePlanAsync(Place, ct))
        {
            return Forbid();
        }
        if (await store.ActorAsync(Place, ct) is not { } actor)
        {
            ModelState.AddModelError("", s["Your login is not linked to a staff record."]);
            return await RedisplayAsync(bodyId, ct);
        }
        return await ApplyAsync(bodyId, checkVersion: true, "", async c => await decide(c, actor), ct);
    }

    private async Task<IActionResult> ApplyAsync(int bodyId, bool checkVersion, string? prefix, Func<PlanContext, Task<LocalizedString?>> change, CancellationToken ct)
    {
        var context = await store.LoadAsync(bodyId, tracked: true, ct);
        if (context.Plan is null && checkVersion)
        {
            return NotFound();
        }
        if (checkVersion)
        {
            db.ExpectVersion(context.Plan!.Latest, Version);
        }
        LocalizedString? message;
        try
        {
            message = await change(context);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            ModelState.AddRefusal(refused, s, prefix);
            return await RedisplayAsync(bodyId, ct);
        }
        if (message is null || !ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return await RedisplayAsync(bodyId, ct);
        }
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("", s[Concurrency.Message]);
            return await RedisplayAsync(bodyId, ct);
        }
        TempData["Message"] = string.Join(" ", [message.Value, .. Warnings]);
        return Redirect($"/Associations/Plans/{bodyId}");
    }

    private async Task<IActionResult> RedisplayAsync(int bodyId, CancellationToken ct)
    {
        await ShowAsync(bodyId, ct, keepInput: true);
        return Page();
    }

    private async Task ShowAsync(int bodyId, CancellationToken ct, bool keepInput = false)
    {
        Context = await store.LoadForViewAsync(Place, ct);
        CanEdit = await access.CanEditWorkAsync(Place, ct);
        CanAgree = await access.CanAgreePlanAsync(Place, ct);
        CanApprove = await access.CanApprovePlanAsync(Place, ct);
        // Only the draft's form offers the copy from last year's plan.
        HasPreviousPlan = IsEditable && await db.WorkPlans.AnyAsync(p => p.BodyId == bodyId
            && db.SchoolYears.Any(y => y.Id == p.SchoolYearId && y.Country == Context.Year.Country && y.StartYear == Context.Year.StartYear - 1), ct);
        Analyses = PlanPanels.Analyses(Context, Today, options.Value);
        if (Context.Body.IsCouncil && Shown is { } council)
        {
            CoordinationOptions = await PlanPanels.OptionsAsync(db, Context.Body, Context.Year.Id, ct);
            CoordinatedItems = await PlanPanels.ItemsAsync(db, [.. council.CoordinatedPlans.Select(p => p.CoordinatedPlanId)], ct);
            if (!keepInput)
            {
                Coordinated = [.. council.CoordinatedPlans.Select(p => p.CoordinatedPlanId)];
            }
        }
        if (Shown is { } version)
        {
            // The form always carries the current token, so a stale page is refused only when the plan really changed since.
            ModelState.Remove(nameof(Version));
            Version = Plan!.Latest.Version;
            if (!keepInput)
            {
                Header = new HeaderInput
                {
                    Theme = version.Theme,
                    SchoolTheme = version.SchoolTheme,
                    Goal = version.Goal,
                    Tasks = string.Join('\n', version.Tasks.OrderBy(t => t.Position).Select(t => t.Text)),
                    Directions = string.Join('\n', version.PriorityDirections.OrderBy(t => t.Position).Select(t => t.Text)),
                };
            }
        }
    }

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateTime utc) => LocalTime.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);
}
