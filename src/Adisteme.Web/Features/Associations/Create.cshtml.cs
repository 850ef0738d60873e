using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations;

public sealed class CreateBodyInput
{
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind")]
    public BodyKind Kind { get; set; } = BodyKind.MethodologicalAssociation;

    /// <summary>For a district's body: inter-school or district.</summary>
    [Display(Name = "Level")]
    public BodyScope Scope { get; set; } = BodyScope.InterSchool;

    [Display(Name = "Teachers")]
    public MoAudience Audience { get; set; } = MoAudience.SubjectTeachers;

    [Display(Name = "Subjects")]
    public List<int> Subjects { get; set; } = [];
}

/// <summary>
/// Creates a school association, college commission or council (the school's administration) or an inter-school or
/// district association (the district's methodologists) through the domain's factories; R1's minimum is checked and,
/// where there are too few teachers, the district's inter-school association is offered (R5).
/// </summary>
public sealed class CreateModel(AppDbContext db, CurrentAccess access, TimeProvider time, IOptions<AssociationRulesOptions> options,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DistrictId { get; set; }

    [BindProperty]
    public CreateBodyInput Input { get; set; } = new();

    public string OwnerName { get; private set; } = "";
    public IReadOnlyList<OwnerOption> SubjectOptions { get; private set; } = [];
    public IReadOnlyList<BodyKind> Kinds { get; private set; } = [];

    /// <summary>R5's advice after R1 refused: where to form an inter-school association instead.</summary>
    public string? InterSchoolAdvice { get; private set; }
    public int? InterSchoolDistrictId { get; private set; }
    public bool CanCreateInDistrict { get; private set; }

    public bool ForDistrict => OrganizationId is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }
        var today = LocalTime.Today(time);
        var rules = options.Value;
        MethodologicalBody body;
        try
        {
            if (OrganizationId is { } orgId)
            {
                var organization = await db.Organizations.SingleAsync(o => o.Id == orgId, ct);
                if (Input.Kind is BodyKind.MethodologicalCouncil or BodyKind.PedagogicalCouncil)
                {
                    var hasOne = await db.MethodologicalBodies.AnyAsync(b => b.OrganizationId == orgId && b.Kind == Input.Kind && b.Status != BodyStatus.Closed, ct);
                    body = MethodologicalBody.CreateCouncil(organization, Input.Kind, Input.Name ?? "", hasOne, today);
                }
                else
                {
                    var subjects = await SubjectStaffAsync(orgId, ct);
                    var audienceTeachers = await AudienceTeachersAsync(orgId, ct);
                    var findings = MethodologicalBody.CheckOrganizationBody(organization, Input.Kind, Input.Audience, subjects, audienceTeachers, rules.Mo);
                    if (findings.Any(f => f.Rule == RuleCatalog.R5))
                    {
                        InterSchoolAdvice = s[RuleMessages.JoinInterSchoolAssociation];
                        InterSchoolDistrictId = organization.DistrictId;
                        var scope = await access.ScopeOfDistrictAsync(organization.DistrictId, ct);
                        CanCreateInDistrict = scope is { } districtScope && await access.CanAsync(Operation.ManageBodies, districtScope, ct);
                    }
                    body = MethodologicalBody.CreateForOrganization(organization, Input.Kind, Input.Name ?? "", Input.Audience, subjects, audienceTeachers, rules.Mo, today);
                }
            }
            else
            {
                var district = await db.Districts.SingleAsync(d => d.Id == DistrictId, ct);
                body = MethodologicalBody.CreateForDistrict(district, Input.Scope, Input.Name ?? "", Input.Audience, Input.Subjects, today);
            }
        }
        catch (DomainException refused)
        {
            refused.ToValidationErrors(s).CopyTo(ModelState);
            return Page();
        }
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = s["The body has been created. Add its members and appoint its head by order."].Value;
        return RedirectToPage("/Associations/Details", new { id = body.Id });
    }

    /// <summary>The teachers of each chosen subject in the organization (R1).</summary>
    private async Task<IReadOnlyList<SubjectStaff>> SubjectStaffAsync(int organizationId, CancellationToken ct)
    {
        var ids = Input.Subjects.Distinct().ToArray();
        var subjects = await db.Subjects.Where(x => ids.Contains(x.Id)).ToListAsync(ct);
        var teachers = await db.Employments.Where(e => e.OrganizationId == organizationId && e.EndedOn == null)
            .SelectMany(e => e.Subjects, (e, x) => new { x.SubjectId, e.PersonId })
            .Where(x => ids.Contains(x.SubjectId))
            .ToListAsync(ct);
        return [.. subjects.Select(x => new SubjectStaff(x.Id, x.SubjectAreaId,
            teachers.Where(t => t.SubjectId == x.Id).Select(t => t.PersonId).Distinct().ToList(), LocalizedName.Of(x)))];
    }

    /// <summary>The teachers of a non-subject audience (R1's strict reading counts them the same way).</summary>
    private async Task<IReadOnlyCollection<int>> AudienceTeachersAsync(int organizationId, CancellationToken ct)
    {
        Position[] positions = Input.Audience switch
        {
            MoAudience.PrimaryGradeTeachers => [Position.PrimaryTeacher],
            MoAudience.PreschoolEducators => [Position.PreschoolEducator],
            MoAudience.SchoolLibrarians => [Position.SchoolLibrarian],
            _ => [Position.Teacher, Position.PrimaryTeacher],
        };
        return await db.Employments.Where(e => e.OrganizationId == organizationId && e.EndedOn == null && positions.Contains(e.Position))
            .Select(e => e.PersonId).Distinct().ToListAsync(ct);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        ScopeRef? scope;
        if (OrganizationId is { } orgId)
        {
            // Outside the user's organizations the organization is not revealed (404).
            scope = await (await access.OrganizationsAsync(ct)).AnyAsync(o => o.Id == orgId, ct) ? await access.ScopeOfOrganizationAsync(orgId, ct) : null;
            OwnerName = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
            Kinds = [BodyKind.MethodologicalAssociation, BodyKind.SubjectCommission, BodyKind.CycleCommission, BodyKind.MethodologicalCouncil];
        }
        else if (DistrictId is { } districtId)
        {
            scope = await (await access.DistrictsAsync(ct)).AnyAsync(d => d.Id == districtId, ct) ? await access.ScopeOfDistrictAsync(districtId, ct) : null;
            OwnerName = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).FirstOrDefaultAsync(ct) ?? "";
            Kinds = [BodyKind.MethodologicalAssociation];
        }
        else
        {
            return NotFound();
        }
        if (scope is not { } place)
        {
            return NotFound();
        }
        if (!await access.CanAsync(Operation.ManageBodies, place, ct))
        {
            return Forbid();
        }
        SubjectOptions = (await db.Subjects.ToListAsync(ct))
            .Select(x => new OwnerOption(x.Id, LocalizedName.Of(x).ToString()))
            .OrderBy(x => x.Name, StringComparer.CurrentCulture).ToList();
        return null;
    }
}
