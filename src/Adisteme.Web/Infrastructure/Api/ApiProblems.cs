using System.Text.Json;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Api;

/// <summary>
/// RFC 7807 problem details for the JSON API. Every problem, whether written by an endpoint, by the
/// authentication challenge, by status-code pages or by the exception handler, passes through
/// <see cref="Customize"/>, which gives it a title for its status in the caller's language and a
/// default detail. Endpoints therefore choose only the status and, where useful, a specific detail.
/// </summary>
public static class ApiProblems
{
    public const string PathPrefix = "/api";

    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public static ProblemHttpResult Status(int status, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);

    /// <summary>Missing, or outside the caller's scope: the two are never told apart.</summary>
    public static ProblemHttpResult NotFound() => Status(StatusCodes.Status404NotFound);

    /// <summary>In scope, but the caller's roles do not allow the operation.</summary>
    public static ProblemHttpResult Forbidden() => Status(StatusCodes.Status403Forbidden);

    /// <summary>Null when allowed; otherwise 404 (outside the caller's scope) or 403.</summary>
    public static ProblemHttpResult? ToProblem(this AccessVerdict verdict) => verdict switch
    {
        AccessVerdict.Hidden => NotFound(),
        AccessVerdict.Denied => Forbidden(),
        _ => null,
    };

    /// <summary>
    /// The errors an editor found, as a 400 validation problem. Field names follow the JSON body
    /// ("UserName" becomes "userName", "Person.Iin" becomes "person.iin"); "" stays the error of the whole request.
    /// </summary>
    public static ValidationProblem ToValidationProblem(this ValidationErrors errors) => TypedResults.ValidationProblem(JsonFields(errors));

    /// <summary>
    /// 422: the request is well formed but a numbered rule refuses it. "rule" names the rule (R32), "clause" the regulation
    /// it comes from, "detail" says why in the caller's language, "errors" lists the messages by field as a validation problem does.
    /// </summary>
    public static ProblemHttpResult RuleRefused(string rule, string? clause, ValidationErrors errors) =>
        Status(StatusCodes.Status422UnprocessableEntity, string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value).Distinct()),
            new Dictionary<string, object?> { ["rule"] = rule, ["clause"] = clause, ["errors"] = JsonFields(errors) });

    private static Dictionary<string, string[]> JsonFields(ValidationErrors errors) =>
        errors.ToDictionary().ToDictionary(
            e => string.Join('.', e.Key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)), e => e.Value, StringComparer.Ordinal);

    /// <summary>Registered as <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var s = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Title = problem is HttpValidationProblemDetails ? s["Some fields are invalid."] : Title(s, status) ?? problem.Title;
        problem.Detail ??= problem is HttpValidationProblemDetails ? s["Correct the fields listed in errors and send the request again."] : Detail(s, status);
        // A trace id lets support find the log entry of a failure without showing its internals.
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier);
    }

    private static string? Title(IStringLocalizer s, int status) => status switch
    {
        StatusCodes.Status400BadRequest => s["Bad request"],
        StatusCodes.Status401Unauthorized => s["Authentication required"],
        StatusCodes.Status403Forbidden => s["Access denied"],
        StatusCodes.Status404NotFound => s["Not found"],
        StatusCodes.Status405MethodNotAllowed => s["Method not allowed"],
        StatusCodes.Status409Conflict => s["Conflict"],
        StatusCodes.Status412PreconditionFailed => s["Precondition failed"],
        StatusCodes.Status415UnsupportedMediaType => s["Unsupported media type"],
        StatusCodes.Status422UnprocessableEntity => s["Refused by a rule"],
        StatusCodes.Status423Locked => s["Account locked"],
        StatusCodes.Status428PreconditionRequired => s["Precondition required"],
        >= 500 => s["Something went wrong"],
        _ => (string?)null,
    };

    private static string? Detail(IStringLocalizer s, int status) => status switch
    {
        StatusCodes.Status400BadRequest => s["The request could not be understood."],
        StatusCodes.Status401Unauthorized => s["Send a valid access token in the Authorization header: Bearer followed by the token."],
        StatusCodes.Status403Forbidden => s["You do not have permission to do this."],
        StatusCodes.Status404NotFound => s["The record does not exist or you have no access to it."],
        StatusCodes.Status415UnsupportedMediaType => s["Send the request body as JSON."],
        >= 500 => s["The error has been recorded. Try again later."],
        _ => (string?)null,
    };
}
