using Adisteme.Web.Infrastructure;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Associations.Api;

/// <summary>
/// The Associations part of /api/v1: bodies and memberships, work plans, meetings and minutes. Reads take a bearer
/// token or the cookie and are filtered exactly like the pages by <see cref="BodyAccess"/> (404 outside the caller's
/// scope, 403 in scope without the permission); writes take a bearer token only and call the same domain methods as
/// the pages, so the same rules hold. A refused rule answers 422 with its id ("rule"), the regulation's clause and the
/// messages in the caller's language; plan and minutes changes need If-Match (428 without, 412 when stale). Every
/// write is one audited SaveChangesAsync.
/// </summary>
internal static class AssociationsApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicy.Name).RequireOperation(Operation.View);
        BodyEndpoints.MapReads(api);
        PlanEndpoints.MapReads(api);
        MeetingEndpoints.MapReads(api);

        // A group of its own, as in OrganizationsApi: nested policies would combine and accept the cookie again.
        var writes = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicy.WriteName);
        BodyEndpoints.MapWrites(writes);
        PlanEndpoints.MapWrites(writes);
        MeetingEndpoints.MapWrites(writes);
    }
}
