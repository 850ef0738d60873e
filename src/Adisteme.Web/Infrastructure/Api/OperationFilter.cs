using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Infrastructure.Api;

public static class OperationFilter
{
    /// <summary>
    /// Answers 403 when none of the caller's roles allows <paramref name="operation"/> anywhere.
    /// Records are still filtered to the caller's scope by the endpoint itself (404 outside it).
    /// </summary>
    public static TBuilder RequireOperation<TBuilder>(this TBuilder builder, Operation operation) where TBuilder : IEndpointConventionBuilder =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var access = context.HttpContext.RequestServices.GetRequiredService<CurrentAccess>();
                return await access.HasAnyAsync(operation, context.HttpContext.RequestAborted) ? await next(context) : ApiProblems.Forbidden();
            })
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
