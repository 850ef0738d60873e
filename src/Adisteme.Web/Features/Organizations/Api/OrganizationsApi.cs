using Adisteme.Web.Infrastructure;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>
/// The JSON API under /api/v1: bearer token (or, for reading, the sign-in cookie) required except for /auth,
/// every record filtered to the caller's scope (404 outside it), errors as RFC 7807 problem details.
/// Writes take only a bearer token (<see cref="ApiPolicy.WriteName"/>): JSON endpoints have no antiforgery
/// check, so a write authenticated by the cookie could be forged by another site the user visits.
/// </summary>
/// <remarks>
/// A write endpoint (see <see cref="PeopleWriteEndpoints"/>) is mapped on the write group and follows the pages' rules:
/// the record's <see cref="AccessVerdict"/> first (<c>verdict.ToProblem()</c>: 404 outside the scope, 403 without the permission);
/// <c>ExpectedVersion.Of(request, input.Version)</c> (428 when missing); the input's DataAnnotations
/// (<c>AnnotationCheck.Validate</c>) plus the module editor's <c>ValidationErrors</c>, answered with <c>errors.ToValidationProblem()</c>;
/// <c>expected.TrySaveAsync(db, entity, apply, ct)</c>, and on a conflict <c>expected.Conflict(current, ...)</c> (412 or 409);
/// otherwise <c>response.OkWithETag(...)</c> with the new version. Writes are audited by SaveChangesAsync.
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

        // A group of its own: policies of nested groups would be combined, and the combined policy
        // would accept the cookie again.
        var writes = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicy.WriteName);
        OrganizationWriteEndpoints.Map(writes);
        PeopleWriteEndpoints.Map(writes);
    }
}
