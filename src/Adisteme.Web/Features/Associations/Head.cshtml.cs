using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations;

public sealed class HeadOrderInput
{
    [Display(Name = "Staff member")]
    public int PersonId { get; set; }

    [Display(Name = "Order number")]
    public string? OrderNumber { get; set; }

    [Display(Name = "Order date")]
    public DateOnly OrderDate { get; set; }

    [Display(Name = "Term start")]
    public DateOnly TermStart { get; set; }

    [Display(Name = "Term end")]
    public DateOnly TermEnd { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// Appoints, replaces or removes the head by order (R9, R10, R11, R34): number, date and a term within one school year;
/// the order is a DOCX in the organization's language, and every appointment stays in the history.
/// </summary>
public sealed class HeadModel(AppDbContext db, BodyAccess bodies, TimeProvider time, IOptions<AssociationRulesOptions> options,
    DocumentTexts texts, IDocumentWriter<OrderDocument> orders, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public HeadOrderInput Input { get; set; } = new();

    public BodyPlace Place { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public IReadOnlyList<HeadRow> History { get; private set; } = [];
    public HeadRow? Current { get; private set; }
    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        var today = LocalTime.Today(time);
        var year = await BodyData.SchoolYearAsync(db, (await db.MethodologicalBodies.Where(b => b.Id == id).Select(b => b.DistrictId).SingleAsync(ct)), today, ct);
        Input = new HeadOrderInput { OrderDate = today, TermStart = today, TermEnd = year.EndsOn };
        return await ShowAsync(id, ct);
    }

    /// <summary>The order of one appointment as a DOCX; members and managers may download it.</summary>
    public async Task<IActionResult> OnGetOrderAsync(int id, int appointmentId, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        if (await HeadOrder.BuildAsync(db, texts, id, appointmentId, ct) is not { } order)
        {
            return NotFound();
        }
        var bytes = orders.Write(order.Document, order.Language);
        return File(bytes, DocxBuilder.ContentType, $"order-{order.Document.Number}.docx".Replace('/', '-'));
    }

    public Task<IActionResult> OnPostAppointAsync(int id, CancellationToken ct) => ChangeAsync(id, async (body, today) =>
    {
        var candidate = await BodyData.ProfileAsync(db, Input.PersonId, body.DistrictId, body.OrganizationId, ct)
            ?? throw new DomainException(RuleCatalog.Input.Error(body.Scope == BodyScope.School
                ? RuleMessages.NotStaffOfOrganization : RuleMessages.NotStaffOfDistrict).For("PersonId"));
        var year = await BodyData.SchoolYearAsync(db, body.DistrictId, Input.TermStart, ct);
        var order = new OrderRef(Input.OrderNumber ?? "", Input.OrderDate);
        var issuer = Issuer(body);
        if (body.CurrentHead(Input.TermStart) is not null)
        {
            body.ReplaceHead(candidate, order, issuer, Input.TermStart, Input.TermEnd, year, options.Value);
        }
        else
        {
            body.AppointHead(candidate, order, issuer, Input.TermStart, Input.TermEnd, year, options.Value);
        }
        return "The head has been appointed by order.";
    }, ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct) => ChangeAsync(id, (body, today) =>
    {
        body.RemoveHead(new OrderRef(Input.OrderNumber ?? "", Input.OrderDate), Issuer(body), Input.TermStart);
        return Task.FromResult("The head has been removed by order.");
    }, ct);

    private static OrderIssuer Issuer(MethodologicalBody body) =>
        body.Scope == BodyScope.School ? OrderIssuer.Director : OrderIssuer.DistrictEducationDepartment;

    private async Task<IActionResult> ChangeAsync(int id, Func<MethodologicalBody, DateOnly, Task<string>> change, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } denied)
        {
            return denied;
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }
        var body = await BodyData.LoadAsync(db, id, ct);
        db.ExpectVersion(body, Input.Version);
        string done;
        try
        {
            done = await change(body, LocalTime.Today(time));
        }
        catch (DomainException refused)
        {
            refused.ToValidationErrors(s).CopyTo(ModelState);
            db.ChangeTracker.Clear();
            return await ShowAsync(id, ct);
        }
        // The appointment changes only child rows; touching the body bumps its version so two editors cannot both appoint.
        db.Entry(body).Property(b => b.Version).IsModified = true;
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.Clear();
            ModelState.AddModelError("", s[Concurrency.Message]);
            return await ShowAsync(id, ct);
        }
        TempData["Message"] = s[done].Value;
        return RedirectToPage("/Associations/Head", new { id });
    }

    private async Task<IActionResult?> CheckAsync(int id, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is not { } place)
        {
            return NotFound();
        }
        Place = place;
        return await bodies.CanManageAsync(place, ct) ? null : Forbid();
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var body = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.Name, b.DistrictId, b.OrganizationId, b.Version }).SingleAsync(ct);
        Name = body.Name;
        var today = LocalTime.Today(time);
        History = await DetailsModel.HistoryAsync(db, id, ct);
        Current = History.FirstOrDefault(h => h.EndedOn == null && h.TermStart <= today && h.TermEnd >= today);
        Staff = await BodyData.StaffOptionsAsync(db, body.DistrictId, body.OrganizationId, ct);
        Input.Version = body.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }
}
