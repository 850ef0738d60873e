using System.Net;
using AngleSharp.Html.Dom;
using Adisteme.Tests.Infrastructure;

namespace Adisteme.Tests.Associations.Screens.Plans;

/// <summary>Posts the plan page's forms as a signed-in user, with the version token the page shows.</summary>
internal static class PlanClient
{
    public static async Task<TestClient> SignedInAsync(AppFactory app, string login)
    {
        var client = app.CreateTestClient();
        await client.SignInAsAsync(login);
        await client.UseLanguageAsync("en");
        return client;
    }

    /// <summary>POSTs <paramref name="handler"/> of the plan page with the page's current Version.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this TestClient client, PlanBody b, string handler, Dictionary<string, string>? fields = null, string? query = null)
    {
        var page = await client.GetPageAsync(b.Url);
        var form = new Dictionary<string, string>(fields ?? []);
        if (page.QuerySelector("input[name=Version]") is IHtmlInputElement version)
        {
            form.TryAdd("Version", version.Value);
        }
        return await client.PostFormAsync($"{b.Url}?handler={handler}{query}", form, formPage: b.Url);
    }

    /// <summary>In scope but not allowed: the sign-in cookie sends the user to the access-denied page.</summary>
    public static void Denied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal),
            $"expected access denied, got {(int)response.StatusCode} {response.Headers.Location}");

    public static void Redirected(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
}
