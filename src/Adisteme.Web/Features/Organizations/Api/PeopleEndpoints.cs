using System.ComponentModel;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>Staff of the organizations in the caller's scope, with their employment.</summary>
internal static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireOperation(Operation.ViewPeople);
        people.MapGet("", ListPeopleAsync).AsPagedList().WithName("ListPeople").WithSummary("List or search the staff in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
        people.MapGet("/{id:int}", GetPersonAsync).WithName("GetPerson").WithSummary("Get a person with their employment")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Paged<PersonSummary>>, ProblemHttpResult>> ListPeopleAsync(
        [AsParameters] PageRequest paging, [Description("Only the current staff of this organization.")] int? organizationId,
        [Description("Words to find in the surname, name or patronymic, in any case.")] string? q, CurrentAccess access, CancellationToken ct)
    {
        var people = (await access.PeopleAsync(ct)).AsNoTracking();
        if (organizationId is { } parent)
        {
            if (!await access.OrganizationsAsync(ct).ShowsAsync(parent, ct))
            {
                return ApiProblems.NotFound();
            }
            people = people.Where(p => p.Employments.Any(e => e.OrganizationId == parent && e.EndedOn == null));
        }
        var visibleIds = (await access.OrganizationsAsync(ct)).Select(o => o.Id);
        var ordered = people.Matching(q).OrderBy(p => p.Surname).ThenBy(p => p.Name).ThenBy(p => p.Id);
        return TypedResults.Ok(await ordered.ToPagedAsync(p => new PersonSummary(
            p.Id, p.Surname, p.Name, p.Patronymic, PersonName.Full(p.Surname, p.Name, p.Patronymic),
            p.Employments.Where(e => e.EndedOn == null && visibleIds.Contains(e.OrganizationId)).OrderBy(e => e.Id)
                .Select(e => new PostSummary(e.OrganizationId, e.Organization!.Name, e.Position)).ToArray(),
            p.Version), paging, ct));
    }

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> GetPersonAsync(
        int id, CurrentAccess access, HttpResponse response, CancellationToken ct) =>
        await FindPersonAsync(id, access, ct) is { } person ? response.OkWithETag(person) : ApiProblems.NotFound();

    /// <summary>The person as the caller may see them (one query after the grants); null outside the caller's scope.</summary>
    public static async Task<PersonResponse?> FindPersonAsync(int id, CurrentAccess access, CancellationToken ct)
    {
        var visibleIds = (await access.OrganizationsAsync(ct)).Select(o => o.Id);
        var row = await (await access.PeopleAsync(ct)).AsNoTracking().AsSingleQuery().Where(p => p.Id == id).Select(p => new
        {
            p.Id, p.Surname, p.Name, p.Patronymic, p.Iin, p.Email, p.Phone, HasLogin = p.UserId != null, p.Version,
            Employments = p.Employments.Where(e => visibleIds.Contains(e.OrganizationId)).OrderBy(e => e.EndedOn != null).ThenBy(e => e.Id)
                .AsQueryable().Select(EmploymentResponse.Projection).ToList(),
            Workplaces = p.Employments.Where(e => e.EndedOn == null && visibleIds.Contains(e.OrganizationId))
                .Select(e => new { e.OrganizationId, e.Organization!.DistrictId, e.Organization.District!.RegionId }).ToList(),
        }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        // The IIN is personal data: only those who may manage this person's staff record see it.
        var grants = await access.GrantsAsync(ct);
        var mayManage = row.Workplaces.Any(w => AccessPolicy.Allows(grants, Operation.ManagePeople, ScopeRef.ForOrganization(w.RegionId, w.DistrictId, w.OrganizationId)));
        return new PersonResponse(row.Id, row.Surname, row.Name, row.Patronymic, PersonName.Full(row.Surname, row.Name, row.Patronymic),
            mayManage ? row.Iin : null, row.Email, row.Phone, row.HasLogin, row.Employments.ToArray(), row.Version);
    }
}
