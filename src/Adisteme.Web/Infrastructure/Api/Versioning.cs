using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Adisteme.Web.Infrastructure.Api;

/// <summary>
/// Every editable record carries its <see cref="IVersioned.Version"/>: responses include "version"
/// and, for a single record, an ETag with the same value. A write sends it back (If-Match header or
/// "version" in the body) and passes it to <c>db.ExpectVersion</c>; a stale version answers 412.
/// </summary>
public static class Versioning
{
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

/// <summary>A response record of an editable row: its concurrency token travels with it.</summary>
public interface IVersionedResponse
{
    Guid Version { get; }
}
