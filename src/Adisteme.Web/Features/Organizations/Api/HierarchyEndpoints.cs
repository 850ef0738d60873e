using System.ComponentModel;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>Regions, districts and organizations, each list and record filtered by <see cref="CurrentAccess"/>.</summary>
internal static class HierarchyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("Regions").RequireOperation(Operation.View);
        regions.MapGet("", ListRegionsAsync).AsPagedList().WithName("ListRegions").WithSummary("List the regions in the caller's scope");
        regions.MapGet("/{id:int}", GetRegionAsync).WithName("GetRegion").WithSummary("Get a region")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var districts = api.MapGroup("/districts").WithTags("Districts").RequireOperation(Operation.View);
        districts.MapGet("", ListDistrictsAsync).AsPagedList().WithName("ListDistricts").WithSummary("List the districts in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
        districts.MapGet("/{id:int}", GetDistrictAsync).WithName("GetDistrict").WithSummary("Get a district")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var organizations = api.MapGroup("/organizations").WithTags("Organizations").RequireOperation(Operation.View);
        organizations.MapGet("", ListOrganizationsAsync).AsPagedList().WithName("ListOrganizations")
            .WithSummary("List or search the organizations in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapGet("/{id:int}", GetOrganizationAsync).WithName("GetOrganization").WithSummary("Get an organization")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Paged<RegionResponse>>> ListRegionsAsync([AsParameters] PageRequest paging, CurrentAccess access, CancellationToken ct)
    {
        var regions = (await access.RegionsAsync(ct)).AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id);
        return TypedResults.Ok(await regions.ToPagedAsync(RegionResponse.Projection, paging, ct));
    }

    private static async Task<Results<Ok<RegionResponse>, ProblemHttpResult>> GetRegionAsync(
        int id, CurrentAccess access, HttpResponse response, CancellationToken ct) =>
        await (await access.RegionsAsync(ct)).AsNoTracking().Where(r => r.Id == id).Select(RegionResponse.Projection).SingleOrNotFoundAsync(response, ct);

    private static async Task<Results<Ok<Paged<DistrictResponse>>, ProblemHttpResult>> ListDistrictsAsync(
        [AsParameters] PageRequest paging, [Description("Only the districts of this region.")] int? regionId, CurrentAccess access, CancellationToken ct)
    {
        var districts = (await access.DistrictsAsync(ct)).AsNoTracking();
        if (regionId is { } parent)
        {
            if (!await access.RegionsAsync(ct).ShowsAsync(parent, ct))
            {
                return ApiProblems.NotFound();
            }
            districts = districts.Where(d => d.RegionId == parent);
        }
        return TypedResults.Ok(await districts.OrderBy(d => d.Name).ThenBy(d => d.Id).ToPagedAsync(DistrictResponse.Projection, paging, ct));
    }

    private static async Task<Results<Ok<DistrictResponse>, ProblemHttpResult>> GetDistrictAsync(
        int id, CurrentAccess access, HttpResponse response, CancellationToken ct) =>
        await (await access.DistrictsAsync(ct)).AsNoTracking().Where(d => d.Id == id).Select(DistrictResponse.Projection).SingleOrNotFoundAsync(response, ct);

    private static async Task<Results<Ok<Paged<OrganizationResponse>>, ProblemHttpResult>> ListOrganizationsAsync(
        [AsParameters] PageRequest paging, [Description("Only the organizations of this district.")] int? districtId,
        [Description("Words to find in the full or short name, in any case.")] string? q, CurrentAccess access, CancellationToken ct)
    {
        var organizations = (await access.OrganizationsAsync(ct)).AsNoTracking();
        if (districtId is { } parent)
        {
            if (!await access.DistrictsAsync(ct).ShowsAsync(parent, ct))
            {
                return ApiProblems.NotFound();
            }
            organizations = organizations.Where(o => o.DistrictId == parent);
        }
        var ordered = organizations.Matching(q).OrderBy(o => o.Name).ThenBy(o => o.Id);
        return TypedResults.Ok(await ordered.ToPagedAsync(OrganizationResponse.Projection, paging, ct));
    }

    private static async Task<Results<Ok<OrganizationResponse>, ProblemHttpResult>> GetOrganizationAsync(
        int id, CurrentAccess access, HttpResponse response, CancellationToken ct) =>
        await (await access.OrganizationsAsync(ct)).AsNoTracking().Where(o => o.Id == id).Select(OrganizationResponse.Projection).SingleOrNotFoundAsync(response, ct);
}
