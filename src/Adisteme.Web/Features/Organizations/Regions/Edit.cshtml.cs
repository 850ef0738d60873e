using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Regions;

/// <summary>Changes a region; a concurrent change is shown, never overwritten.</summary>
public sealed class EditModel(AppDbContext db, CurrentAccess access, RegionEditor editor, IStringLocalizer<SharedResource> s)
    : EditPageModel<Region, RegionInput, RegionEditor>(db, access, editor, s)
{
    protected override Operation Operation => Operation.EditRegion;

    protected override Task<Place?> FindAsync(int id, CancellationToken ct) => Hierarchy.RegionAsync(Access, id, ct);

    protected override Task<ValidationErrors> ValidateAsync(int id, CancellationToken ct) => Editor.ValidateAsync(Input, id, ct);

    protected override string DetailsUrl(int id) => $"/Organizations/Regions/Details/{id}";
}
