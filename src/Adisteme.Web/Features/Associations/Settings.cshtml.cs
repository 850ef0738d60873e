using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Files;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations;

public sealed class SettingsInput
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Adoption record")]
    public string? AdoptionRecord { get; set; }

    [Display(Name = "Adopted on")]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "Approved on")]
    public DateOnly? ApprovedOn { get; set; }

    [Display(Name = "Supervising deputy")]
    public int? CuratorPersonId { get; set; }

    public Guid Version { get; set; }
}

/// <summary>The body's settings as the rules see them: the regulation adopted and approved (R42, R8), activation (R8, R9, R32), the curator (R12), name and closing.</summary>
public sealed record BodySettings(string Name, BodyKind Kind, BodyScope Scope, BodyStatus Status, DateOnly? ActivatedOn, DateOnly? ClosedOn,
    string? AdoptionRecord, DateOnly? AdoptedOn, DateOnly? ApprovedOn, string? ApprovedBy, bool HasRegulationFile, string? Curator, int MemberCount);

/// <summary>
/// The body's regulation (R42: adopted by record and date, then approved by the organization's director, with its file; R8),
/// activation (R8, R9, R32, each refusal shown in its section), the supervising deputy (R12), renaming and closing.
/// Managed by those who manage the body's members and head.
/// </summary>
public sealed class SettingsModel(AppDbContext db, BodyForm form, BodyAccess bodies, IFileStore files, TimeProvider time,
    IOptions<AssociationRulesOptions> options) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Regulation file")]
    public IFormFile? RegulationFile { get; set; }

    public BodyPlace Place => form.Place;
    public BodySettings Body { get; private set; } = null!;
    public IReadOnlyList<StaffOption> Curators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await form.CheckAsync(this, id, ct) ?? await ShowAsync(id, false, ct);

    public Task<IActionResult> OnPostAdoptAsync(int id, CancellationToken ct) => ChangeAsync(id, body =>
    {
        body.RecordRegulationAdoption(Input.AdoptionRecord ?? "", Input.AdoptedOn ?? LocalTime.Today(time));
        return Task.FromResult("The adoption of the regulation is recorded.");
    }, ct);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) => ChangeAsync(id, async body =>
    {
        var director = await ApproverAsync(body, ct);
        var fileKey = await AssociationFiles.SaveAsync(files, RegulationFile, "RegulationFile", ct);
        body.ApproveRegulation(director, Input.ApprovedOn ?? LocalTime.Today(time), fileKey, options.Value);
        return "The regulation is approved.";
    }, ct);

    public Task<IActionResult> OnPostActivateAsync(int id, CancellationToken ct) => ChangeAsync(id, body =>
    {
        body.Activate(LocalTime.Today(time), options.Value);
        return Task.FromResult("The body is put to work.");
    }, ct);

    public Task<IActionResult> OnPostCuratorAsync(int id, CancellationToken ct) => ChangeAsync(id, async body =>
    {
        var curator = Input.CuratorPersonId is { } personId ? await BodyData.ProfileAsync(db, personId, body.DistrictId, body.OrganizationId, ct) : null;
        // Someone who does not work for the body is no deputy of its school: the domain refuses them with R12's own message.
        body.AssignCurator(curator ?? new StaffProfile(Input.CuratorPersonId ?? 0, 0, 0, Position.Other));
        return "The supervising deputy is assigned.";
    }, ct);

    public Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct) => ChangeAsync(id, body =>
    {
        body.Rename(Input.Name ?? "");
        return Task.FromResult("The body is renamed.");
    }, ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => ChangeAsync(id, body =>
    {
        body.Close(LocalTime.Today(time));
        return Task.FromResult("The body is closed.");
    }, ct);

    /// <summary>Refusals that name no field go to the section of their rule: the regulation (R8, R42), the head (R9), the members (R32).</summary>
    private Task<IActionResult> ChangeAsync(int id, Func<MethodologicalBody, Task<string>> change, CancellationToken ct) =>
        form.ChangeAsync(this, id, Input.Version, async body =>
        {
            try
            {
                return await change(body);
            }
            catch (DomainException refused) when (refused.Errors.Any(e => e.Field is null))
            {
                throw new DomainException([.. refused.Errors.Select(e => e.Field is null ? e.For(SectionOf(e.Rule)) : e)]);
            }
        }, refused => ShowAsync(id, refused, ct), ct);

    private static string SectionOf(RuleRef rule) => rule.Id switch
    {
        "R8" or "R42" => "Regulation",
        "R9" => "Head",
        "R32" => "Members",
        _ => "",
    };

    /// <summary>R42: the head of the organization approves a school body's regulation; a district body's is approved by the district methodologist who records it.</summary>
    private async Task<int> ApproverAsync(MethodologicalBody body, CancellationToken ct)
    {
        int? approver = body.OrganizationId is { } org
            ? await db.Employments.Where(e => e.OrganizationId == org && e.EndedOn == null && e.Position == Position.Director)
                .OrderBy(e => e.Id).Select(e => (int?)e.PersonId).FirstOrDefaultAsync(ct)
            : await bodies.CurrentPersonIdAsync(ct);
        return approver ?? throw new DomainException(RuleCatalog.R42.Error(body.OrganizationId is null
            ? "Your login is not linked to a staff record." : "The organization has no director to approve the regulation.").For("Regulation"));
    }

    private async Task<IActionResult> ShowAsync(int id, bool keepInput, CancellationToken ct)
    {
        var row = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Name, b.Kind, b.Scope, b.Status, b.ActivatedOn, b.ClosedOn, b.DistrictId, b.OrganizationId, b.Version, b.MemberCount,
                b.RegulationAdoptionRecord, b.RegulationAdoptedOn, b.RegulationApprovedOn, b.RegulationApprovedByPersonId, b.RegulationFileKey, b.CuratorPersonId,
            })
            .SingleAsync(ct);
        var names = await BodyData.NamesAsync(db, new[] { row.RegulationApprovedByPersonId, row.CuratorPersonId }.OfType<int>(), ct);
        string? NameOf(int? personId) => personId is { } p && names.TryGetValue(p, out var name) ? name : null;
        Body = new BodySettings(row.Name, row.Kind, row.Scope, row.Status, row.ActivatedOn, row.ClosedOn,
            row.RegulationAdoptionRecord, row.RegulationAdoptedOn, row.RegulationApprovedOn, NameOf(row.RegulationApprovedByPersonId),
            row.RegulationFileKey is not null, NameOf(row.CuratorPersonId), row.MemberCount);
        var curatorPositions = row.Scope == BodyScope.School
            ? new[] { Position.DeputyDirectorMethodological, Position.DeputyDirectorTeachingUpbringing, Position.DeputyDirectorUpbringing, Position.DeputyDirectorIct }
            : [Position.Methodologist];
        Curators = await BodyData.OptionsAsync(BodyData.StaffOf(db, row.DistrictId, row.OrganizationId).Where(e => curatorPositions.Contains(e.Position)),
            withOrganization: row.OrganizationId is null, ct);
        if (!keepInput)
        {
            var today = LocalTime.Today(time);
            Input = new SettingsInput
            {
                Name = row.Name,
                AdoptionRecord = row.RegulationAdoptionRecord,
                AdoptedOn = row.RegulationAdoptedOn ?? today,
                ApprovedOn = row.RegulationApprovedOn ?? today,
                CuratorPersonId = row.CuratorPersonId,
            };
        }
        Input.Version = row.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }
}
