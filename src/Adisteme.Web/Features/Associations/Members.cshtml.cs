using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations;

public sealed class MemberInput
{
    [Display(Name = "Staff member")]
    public int PersonId { get; set; }

    [Display(Name = "Role")]
    public MembershipRole Role { get; set; } = MembershipRole.Member;

    [Display(Name = "Category")]
    public CouncilMemberCategory? Category { get; set; }

    public Guid Version { get; set; }
}

/// <summary>Adds members from the staff of the body's organization(s), sets the secretary, ends memberships (R10, R32, R33).</summary>
public sealed class MembersModel(AppDbContext db, BodyForm form, TimeProvider time, IOptions<AssociationRulesOptions> options) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public BodyPlace Place => form.Place;
    public string Name { get; private set; } = "";
    public bool IsCouncil { get; private set; }
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await form.CheckAsync(this, id, ct) ?? await ShowAsync(id, ct);

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct) => ChangeAsync(id, (body, profile, rules, today) =>
        body.AddMember(profile ?? throw new DomainException(RuleCatalog.Input.Error(body.Scope == BodyScope.School
            ? RuleMessages.NotStaffOfOrganization : RuleMessages.NotStaffOfDistrict).For("PersonId")),
            Input.Role, today, rules, Input.Category), "The member has been added.", ct);

    public Task<IActionResult> OnPostRoleAsync(int id, CancellationToken ct) => ChangeAsync(id, (body, _, _, _) =>
        body.ChangeRole(Input.PersonId, Input.Role), "The member's role has been changed.", ct);

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct) => ChangeAsync(id, (body, _, rules, today) =>
        body.EndMembership(Input.PersonId, today, MembershipEndReason.Left, rules), "The membership has been ended.", ct);

    private Task<IActionResult> ChangeAsync(int id, Action<MethodologicalBody, StaffProfile?, AssociationRulesOptions, DateOnly> change,
        string done, CancellationToken ct) => form.ChangeAsync(this, id, Input.Version, async body =>
        {
            var profile = await BodyData.ProfileAsync(db, Input.PersonId, body.DistrictId, body.OrganizationId, ct);
            change(body, profile, options.Value, LocalTime.Today(time));
            return done;
        }, refused => ShowAsync(id, ct, keepInput: refused), ct);

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct, bool keepInput = false)
    {
        var body = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.Name, b.Kind, b.DistrictId, b.OrganizationId, b.Version }).SingleAsync(ct);
        Name = body.Name;
        IsCouncil = body.Kind == BodyKind.MethodologicalCouncil;
        Members = await DetailsModel.MembersAsync(db, id, ct);
        var memberIds = Members.Select(m => m.PersonId).ToHashSet();
        Staff = [.. (await BodyData.StaffOptionsAsync(db, body.DistrictId, body.OrganizationId, ct)).Where(o => !memberIds.Contains(o.PersonId))];
        if (!keepInput)
        {
            Input = new MemberInput();
        }
        Input.Version = body.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }
}
