using Adisteme.Web.Infrastructure;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>
/// The JSON API under /api/v1: bearer token (or the sign-in cookie) required except for /auth,
/// every record filtered to the caller's scope (404 outside it), errors as RFC 7807 problem details.
/// </summary>
/// <remarks>
/// Adding a write endpoint (PUT /organizations/{id}) follows the pages' rules:
/// load the entity from <c>access.OrganizationsAsync()</c> (404 when missing); <c>access.CanAsync(Operation.EditOrganization, scope)</c>
/// (403 via <c>ApiProblems.Forbidden()</c>); <c>db.ExpectVersion(entity, request.Version ?? Request.IfMatchVersion())</c>;
/// let the module's editor apply the request and return <c>ValidationErrors</c> (answer <c>errors.ToValidationProblem()</c>);
/// <c>if (!await db.TrySaveAsync(ct))</c> answer 412 with <c>ApiProblems.Status(412, s[Concurrency.Message])</c>;
/// otherwise <c>response.OkWithETag(...)</c> with the new version. Writes are audited by SaveChangesAsync.
/// Cookie-authenticated writes would need antiforgery: give write endpoints a bearer-only policy.
/// </remarks>
internal static class OrganizationsApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicy.Name);
        AuthEndpoints.Map(api);
        HierarchyEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        SubjectEndpoints.Map(api);
    }
}
