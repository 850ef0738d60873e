using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Adisteme.Web.Infrastructure.Auth;

internal static class ScopeFilter
{
    /// <summary>
    /// Keeps rows matching any of the given conditions; null conditions (empty id sets) are left out.
    /// A single OR over region, district and organization sets, two of them usually empty, made
    /// PostgreSQL scan every employment at national scale (bench/results.md); only the parts that
    /// can match are sent, so a director's query uses the organization index alone.
    /// </summary>
    public static IQueryable<T> WhereAny<T>(this IQueryable<T> query, params Expression<Func<T, bool>>?[] conditions)
    {
        var parts = conditions.OfType<Expression<Func<T, bool>>>().ToList();
        if (parts.Count == 0)
        {
            return query.Where(_ => false);
        }
        var parameter = parts[0].Parameters[0];
        var body = parts
            .Select(p => ReplacingExpressionVisitor.Replace(p.Parameters[0], parameter, p.Body))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }
}
