using System.Linq.Expressions;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Api;

/// <summary>The <c>page</c> and <c>pageSize</c> query parameters of every list (bind with [AsParameters]).</summary>
public sealed record PageRequest([FromQuery(Name = PageRequest.PageName)] int? Page, [FromQuery(Name = PageRequest.PageSizeName)] int? PageSize)
{
    /// <summary>Names in the query string (and in the OpenAPI document).</summary>
    public const string PageName = "page";
    public const string PageSizeName = "pageSize";
    public const int DefaultSize = 50;
    public const int MaxSize = 200;
    /// <summary>Longest <c>q</c> (search text) a list accepts.</summary>
    public const int MaxSearchLength = 100;

    public int Number => Page ?? 1;
    public int Size => PageSize ?? DefaultSize;

    public ValidationErrors Validate(string? q, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        if (Number < 1)
        {
            errors.Add(nameof(Page), s["The page number must be 1 or more."]);
        }
        if (Size is < 1 or > MaxSize)
        {
            errors.Add(nameof(PageSize), s["The page size must be between 1 and {0}.", MaxSize]);
        }
        if (q is { Length: > MaxSearchLength })
        {
            errors.Add(nameof(q), s["The search text must be at most {0} characters.", MaxSearchLength]);
        }
        return errors;
    }
}

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class PagingExtensions
{
    /// <summary>
    /// Marks an endpoint as a list: page, pageSize and q are checked before the handler runs, and
    /// out-of-range values answer a 400 validation problem naming each parameter.
    /// </summary>
    public static TBuilder AsPagedList<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var paging = context.Arguments.OfType<PageRequest>().Single();
                var s = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                var errors = paging.Validate(context.HttpContext.Request.Query["q"], s);
                return errors.IsEmpty ? await next(context) : errors.ToValidationProblem();
            })
            .ProducesValidationProblem();

    /// <summary>
    /// Counts the list, then reads one page of it projected into response records: two queries
    /// whatever the page size, so nothing is loaded per row.
    /// </summary>
    public static async Task<Paged<TResult>> ToPagedAsync<T, TResult>(this IOrderedQueryable<T> ordered,
        Expression<Func<T, TResult>> select, PageRequest request, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var skip = (request.Number - 1) * request.Size;
        var items = skip >= total
            ? []
            : await ordered.Skip(skip).Take(request.Size).Select(select).ToListAsync(ct);
        return new Paged<TResult>(items, request.Number, request.Size, total);
    }
}
