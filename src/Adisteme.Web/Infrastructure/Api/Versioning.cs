using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Adisteme.Web.Infrastructure.Api;

/// <summary>
/// Every editable record carries its <see cref="IVersioned.Version"/>: responses include "version"
/// and, for a single record, an ETag with the same value. A write sends it back (If-Match header or
/// "version" in the body) and passes it to <c>db.ExpectVersion</c>; a stale version answers 412.
/// </summary>
public static class Versioning
{
    /// <summary>Documents the answers of a write guarded by <see cref="ExpectedVersion"/>: 404, 409, 412 and 428.</summary>
    public static RouteHandlerBuilder VersionedWrite(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static string ETagOf(Guid version) => $"\"{version:N}\"";

    public static void SetETag(this HttpResponse response, Guid version) => response.Headers.ETag = ETagOf(version);

    /// <summary>200 with the record and its ETag.</summary>
    public static Ok<T> OkWithETag<T>(this HttpResponse response, T record) where T : IVersionedResponse
    {
        response.SetETag(record.Version);
        return TypedResults.Ok(record);
    }

    /// <summary>The one record the query finds (already filtered to the caller's scope) with its ETag, or 404.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> SingleOrNotFoundAsync<T>(this IQueryable<T> query, HttpResponse response, CancellationToken ct)
        where T : class, IVersionedResponse =>
        await query.SingleOrDefaultAsync(ct) is { } record ? response.OkWithETag(record) : ApiProblems.NotFound();

    /// <summary>The version named by an If-Match header, or null when it is missing or not one of ours.</summary>
    public static Guid? IfMatchVersion(this HttpRequest request)
    {
        var values = request.GetTypedHeaders().IfMatch;
        if (values.Count != 1 || values[0] is not { IsWeak: false } tag)
        {
            return null;
        }
        return Guid.TryParseExact(HeaderUtilities.RemoveQuotes(tag.Tag).Value, "N", out var version) ? version : null;
    }
}

/// <summary>The version a write was based on, and whether it came as If-Match (a conflict is then 412, else 409).</summary>
public readonly record struct ExpectedVersion(Guid Value, bool FromIfMatch)
{
    public const string MissingMessage = "Send the version of the record you read: its ETag in an If-Match header, or \"version\" in the body.";
    public const string ChangedMessage = "Someone else changed this record after you read it. Nothing was saved; \"current\" holds the record as it is now. Check it and send your change again with its version.";

    /// <summary>What every versioned write says in the OpenAPI document (appended to its description).</summary>
    public const string Help =
        " Send the version you read (the ETag) in If-Match, or as \"version\" in the body: a stale If-Match answers 412, a stale body version 409, " +
        "each with the current record in \"current\"; without either, 428. Nothing is written on any error.";

    /// <summary>If-Match first (an HTTP precondition), else "version" from the body; null when neither was sent.</summary>
    public static ExpectedVersion? Of(HttpRequest request, Guid bodyVersion) =>
        request.IfMatchVersion() is { } tag ? new(tag, FromIfMatch: true)
        : bodyVersion != Guid.Empty ? new(bodyVersion, FromIfMatch: false)
        : null;

    /// <summary>428: a write without a version could silently overwrite someone else's change.</summary>
    public static ProblemHttpResult Required(IStringLocalizer s) => ApiProblems.Status(StatusCodes.Status428PreconditionRequired, s[MissingMessage]);

    /// <summary>412 or 409 with the record as it is now (and its ETag), so the client can merge and retry.</summary>
    public ProblemHttpResult Conflict<T>(T current, HttpResponse response, IStringLocalizer s) where T : IVersionedResponse
    {
        response.SetETag(current.Version);
        return ApiProblems.Status(FromIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, s[ChangedMessage],
            new Dictionary<string, object?> { ["current"] = current });
    }

    /// <summary>
    /// Whether the loaded record still has this version. Checked before a write, because a write that
    /// changes no value saves nothing and so would not notice a stale version; the save checks it again
    /// against anyone writing in between.
    /// </summary>
    public bool Matches(IVersioned entity) => entity.Version == Value;

    /// <summary>
    /// Applies a change to a tracked record and saves it only if the record still has this version.
    /// False, and nothing written, when it has changed.
    /// </summary>
    public async Task<bool> TrySaveAsync<T>(AppDbContext db, T entity, Action<T> apply, CancellationToken ct) where T : class, IVersioned
    {
        if (!Matches(entity))
        {
            return false;
        }
        db.ExpectVersion(entity, Value);
        apply(entity);
        return await db.TrySaveAsync(ct);
    }
}

/// <summary>A response record of an editable row: its concurrency token travels with it.</summary>
public interface IVersionedResponse
{
    Guid Version { get; }
}
