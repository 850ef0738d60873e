using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Api;

/// <summary>
/// The steps every Associations write takes, in the pages' order: the body's verdict (404 outside the caller's
/// scope, 403 when the role or membership does not allow the change), the version the client read (If-Match),
/// the domain method (a refused rule answers 422 naming it, and nothing is written), then one audited save.
/// </summary>
public sealed class ApiWrites(AppDbContext db, BodyAccess bodies, IStringLocalizer<SharedResource> s)
{
    public const string NotStaff = "Your login is not linked to a staff record.";

    public IStringLocalizer S => s;

    /// <summary>The body's place when the caller may act on it; otherwise the 404 or 403 to answer.</summary>
    public async Task<(BodyPlace? Place, ProblemHttpResult? Problem)> CheckAsync(int bodyId, Func<BodyPlace, Task<bool>> allowed, CancellationToken ct)
    {
        if (await bodies.FindAsync(bodyId, ct) is not { } place)
        {
            return (null, ApiProblems.NotFound());
        }
        return await allowed(place) ? (place, null) : (null, ApiProblems.Forbidden());
    }

    /// <summary>The staff record of the caller, whom the route and the minutes name; 403 when the login has none.</summary>
    public async Task<(int PersonId, ProblemHttpResult? Problem)> MeAsync(CancellationToken ct) =>
        await bodies.CurrentPersonIdAsync(ct) is { } me ? (me, null) : (0, ApiProblems.Status(StatusCodes.Status403Forbidden, s[NotStaff]));

    /// <summary>The version named by If-Match; plans and minutes take it from the header only (428 without it).</summary>
    public static ExpectedVersion? IfMatch(HttpRequest request) => ExpectedVersion.Of(request, Guid.Empty);

    /// <summary>428: the change needs the version the client read.</summary>
    public ProblemHttpResult VersionRequired() => ExpectedVersion.Required(s);

    /// <summary>The refusal as a 422 problem: the first rule's id and clause, every message in the request's language.</summary>
    public ProblemHttpResult Refused(DomainException refused) =>
        ApiProblems.RuleRefused(refused.Error.Rule.Id, refused.Error.Rule.Clause.Length == 0 ? null : refused.Error.Rule.Clause, refused.ToValidationErrors(s));

    /// <summary>
    /// Applies <paramref name="change"/> to the aggregate whose row <paramref name="guarded"/> carries the version, and saves
    /// once when the version is still the one the client read. The version row is marked changed so that a change to its
    /// parts alone still moves the token (and a concurrent writer is caught). Answers the record reloaded, with its ETag.
    /// </summary>
    public async Task<Results<Ok<T>, ProblemHttpResult>> ApplyAsync<T>(IVersioned guarded, ExpectedVersion expected, Func<Task> change,
        Func<Task<T>> reload, HttpResponse response, CancellationToken ct) where T : IVersionedResponse
    {
        if (!expected.Matches(guarded))
        {
            return expected.Conflict(await reload(), response, s);
        }
        var version = db.Entry(guarded).Property(nameof(IVersioned.Version));
        version.OriginalValue = expected.Value;
        version.IsModified = true;
        try
        {
            await change();
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return Refused(refused);
        }
        if (!await db.TrySaveAsync(ct))
        {
            return expected.Conflict(await reload(), response, s);
        }
        return response.OkWithETag(await reload());
    }
}
