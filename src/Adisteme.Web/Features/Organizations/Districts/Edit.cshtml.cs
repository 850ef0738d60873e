using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Districts;

/// <summary>Changes a district; a concurrent change is shown, never overwritten.</summary>
public sealed class EditModel(AppDbContext db, CurrentAccess access, DistrictEditor editor, IStringLocalizer<SharedResource> s)
    : EditPageModel<District, DistrictInput, DistrictEditor>(db, access, editor, s)
{
    protected override Operation Operation => Operation.EditDistrict;

    protected override Task<Place?> FindAsync(int id, CancellationToken ct) => Hierarchy.DistrictAsync(Access, id, ct);

    protected override Task<ValidationErrors> ValidateAsync(int id, CancellationToken ct) => Editor.ValidateAsync(Input, Place.RegionId, id, ct);

    protected override string DetailsUrl(int id) => $"/Organizations/Districts/Details/{id}";
}
