using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;

namespace Adisteme.Web.Infrastructure.Web;

public static class Pipeline
{
    public static WebApplication UseAdistemePipeline(this WebApplication app)
    {
        // First, so that error pages and the API's problem details (written on the way out by the
        // handlers below) are in the caller's language too.
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        // Pages show the error page; the JSON API answers RFC 7807 problem details (ApiProblems).
        app.UseWhen(c => !ApiProblems.IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseWhen(c => ApiProblems.IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseStaticFiles(new StaticFileOptions
        {
            // Vendored assets are pinned, so they may be cached for a long time on slow links.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=604800",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            // A page and its htmx fragment share a URL; caches must keep them apart.
            context.Response.Headers.Append("Vary", "HX-Request");
            await next();
        });
        return app;
    }

    public static WebApplication MapAdistemeEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    /// <summary>Writes the culture cookie the localization middleware reads.</summary>
    public static void SetCultureCookie(this HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

    public static string CultureOrDefault(string? culture) => Cultures.IsSupported(culture) ? culture! : Cultures.Default;
}
