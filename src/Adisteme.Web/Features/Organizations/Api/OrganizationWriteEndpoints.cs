using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>
/// Organization writes: the same place checks (<see cref="Hierarchy"/>) and the same
/// <see cref="OrganizationEditor"/> (every rule, the one audited save) as the organization pages.
/// </summary>
internal static class OrganizationWriteEndpoints
{
    public static void Map(RouteGroupBuilder writes)
    {
        writes.MapPost("/districts/{id:int}/organizations", CreateAsync).WithTags("Organizations").WithName("CreateOrganization")
            .RequireOperation(Operation.CreateOrganization)
            .WithSummary("Add an organization to a district")
            .WithDescription("Name (unique in the district), kind, education level, languages of instruction, fully-staffed flag, address and contacts. " +
                "404 when the district is outside the caller's scope, 403 when the role may not add organizations there.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPut("/organizations/{id:int}", UpdateAsync).WithTags("Organizations").WithName("UpdateOrganization")
            .RequireOperation(Operation.EditOrganization)
            .WithSummary("Change an organization")
            .WithDescription("The same fields as when adding; the district does not change." + ExpectedVersion.Help)
            .VersionedWrite();
    }

    private static async Task<Results<Created<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        int id, OrganizationInput input, AppDbContext db, CurrentAccess access, OrganizationEditor editor, HttpResponse response, CancellationToken ct)
    {
        var district = await Hierarchy.DistrictAsync(access, id, ct);
        if ((await Hierarchy.VerdictAsync(access, Operation.CreateOrganization, district, ct)).ToProblem() is { } denied)
        {
            return denied;
        }
        var errors = await editor.ValidateAsync(input, id, null, ct);
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var organization = await editor.CreateAsync(input, id, ct);
        var created = await FindAsync(db, organization.Id, ct);
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", created);
    }

    private static async Task<Results<Ok<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, OrganizationInput input, AppDbContext db, CurrentAccess access, OrganizationEditor editor,
        IStringLocalizer<SharedResource> s, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var place = await Hierarchy.OrganizationAsync(access, id, ct);
        if ((await Hierarchy.VerdictAsync(access, Operation.EditOrganization, place, ct)).ToProblem() is { } denied)
        {
            return denied;
        }
        if (ExpectedVersion.Of(request, input.Version) is not { } expected)
        {
            return ExpectedVersion.Required(s);
        }
        var errors = await editor.ValidateAsync(input, place!.DistrictId!.Value, id, ct);
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var organization = await db.Organizations.SingleAsync(o => o.Id == id, ct);
        // The editor compares the input's version with the row's; it is the one the client sent, from either place.
        input.Version = expected.Value;
        var saved = expected.Matches(organization) && await editor.UpdateAsync(organization, input, ct);
        var current = await FindAsync(db, id, ct);
        return saved ? response.OkWithETag(current) : expected.Conflict(current, response, s);
    }

    private static Task<OrganizationResponse> FindAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(OrganizationResponse.Projection).SingleAsync(ct);
}
