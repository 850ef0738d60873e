using System.Globalization;
using System.Net;
using System.Text.Json;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Adisteme.Tests.Api.Associations;

/// <summary>Helpers of the Associations API scenarios: versioned writes, 422 checks, audit counts.</summary>
internal static class AssociationsApiWorld
{
    /// <summary>Sends a JSON write with If-Match (an empty JSON object when there is no body).</summary>
    public static Task<HttpResponseMessage> WriteAsync(this ApiClient client, HttpMethod method, string url, string? etag, object? body = null) =>
        client.SendJsonAsync(method, url, body ?? new { }, etag);

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("no ETag");

    /// <summary>GETs a record that must answer 200 and returns its JSON and ETag.</summary>
    public static async Task<(JsonElement Json, string ETag)> ReadAsync(this ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        var json = await ApiClient.JsonAsync(response, HttpStatusCode.OK);
        return (json, response.ETag());
    }

    /// <summary>Asserts a 422 problem that names <paramref name="rule"/> and returns it.</summary>
    public static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string rule)
    {
        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        return problem;
    }

    public static Task<int> AuditCountAsync(AppFactory app) => app.WithDbAsync(db => db.AuditEntries.CountAsync());

    /// <summary>The text of a resource key in <paramref name="culture"/>, as the API should answer it.</summary>
    public static string Text(AppFactory app, string culture, string key, params object[] args)
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return localizer[key, args].Value;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
