using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Changes an organization; a concurrent change is shown, never overwritten.</summary>
public sealed class EditModel(AppDbContext db, CurrentAccess access, OrganizationEditor editor, IStringLocalizer<SharedResource> s)
    : EditPageModel<EducationOrganization, OrganizationInput, OrganizationEditor>(db, access, editor, s)
{
    protected override Operation Operation => Operation.EditOrganization;

    protected override Task<Place?> FindAsync(int id, CancellationToken ct) => Hierarchy.OrganizationAsync(Access, id, ct);

    protected override Task<ValidationErrors> ValidateAsync(int id, CancellationToken ct) =>
        Editor.ValidateAsync(Input, Place.DistrictId!.Value, id, ct);

    protected override string DetailsUrl(int id) => $"/Organizations/Details/{id}";
}
