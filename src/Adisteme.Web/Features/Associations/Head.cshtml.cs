using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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
public sealed class HeadModel(AppDbContext db, BodyAccess bodies, BodyForm form, TimeProvider time, IOptions<AssociationRulesOptions> options,
    DocumentTexts texts, IDocumentWriter<OrderDocument> orders) : PageModel
{
    [BindProperty]
    public HeadOrderInput Input { get; set; } = new();

    public BodyPlace Place => form.Place;
    public string Name { get; private set; } = "";
    public IReadOnlyList<HeadRow> History { get; private set; } = [];
    public HeadRow? Current { get; private set; }
    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await form.CheckAsync(this, id, ct) is { } denied)
        {
            return denied;
        }
        var today = LocalTime.Today(time);
        var year = await BodyData.SchoolYearAsync(db, (await db.MethodologicalBodies.Where(b => b.Id == id).Select(b => b.DistrictId).SingleAsync(ct)), today, ct);
        Input = new HeadOrderInput { OrderDate = today, TermStart = today, TermEnd = year.EndsOn };
        return await ShowAsync(id, ct);
    }

    /// <summary>
    /// The order that began one appointment (appointment or replacement) or, with <paramref name="end"/>, the order that ended it
    /// (removal or replacement), as a DOCX; members and managers may download it.
    /// </summary>
    public async Task<IActionResult> OnGetOrderAsync(int id, int appointmentId, bool end, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        if (await HeadOrder.BuildAsync(db, texts, id, appointmentId, end, ct) is not { } order)
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

    private Task<IActionResult> ChangeAsync(int id, Func<MethodologicalBody, DateOnly, Task<string>> change, CancellationToken ct) =>
        form.ChangeAsync(this, id, Input.Version, body => change(body, LocalTime.Today(time)), _ => ShowAsync(id, ct), ct);

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
