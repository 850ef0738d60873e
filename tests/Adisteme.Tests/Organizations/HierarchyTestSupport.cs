using System.Net;
using Adisteme.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Organizations;

/// <summary>The demo hierarchy's ids, read by name, and a browser's way of filling and sending a form.</summary>
internal static class HierarchyTestSupport
{
    public const string School101 = "№ 101 жалпы білім беретін мектеп";
    public const string Gymnasium = "Гимназия № 5";
    public const string Silantyev = "Силантьев жалпы білім беретін мектебі";
    public const string Shokay = "Шоқай шағын жинақты мектебі";
    public const string City = "Қостанай қаласы";
    public const string Altynsarin = "Алтынсарин ауданы";

    public static Task<int> OrganizationIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> DistrictIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Districts.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    public static Task<int> RegionIdAsync(this AppFactory app) =>
        app.WithDbAsync(db => db.Regions.Where(r => r.Name == "Қостанай облысы").Select(r => r.Id).SingleAsync());

    public static Task<EducationOrganization> OrganizationAsync(this AppFactory app, int id) =>
        app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));

    /// <summary>What a browser would send for the page's form: fields, chosen options, ticked boxes.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IDocument doc)
    {
        var values = new List<KeyValuePair<string, string>>();
        var form = doc.QuerySelector("main form[method=post]")!;
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        values.Add(new(name, box.Value));
                    }
                    break;
                case IHtmlInputElement input when name != "__RequestVerificationToken":
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        return values;
    }

    /// <summary>Replaces every value of <paramref name="name"/> (several for a group of checkboxes).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> values, string name, params string[] newValues)
    {
        var result = values.Where(v => v.Key != name).ToList();
        result.AddRange(newValues.Select(v => new KeyValuePair<string, string>(name, v)));
        return result;
    }

    /// <summary>
    /// Posts fields as a browser would, several values per name allowed, with the antiforgery token of
    /// <paramref name="formPage"/> (the same URL unless given).
    /// </summary>
    public static async Task<HttpResponseMessage> PostValuesAsync(this TestClient client, string url, IEnumerable<KeyValuePair<string, string>> values, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url);
        var content = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A refusal of a record the user may see: 403, or the cookie scheme's redirect to the access-denied page.
    /// </summary>
    public static void AssertDenied(HttpResponseMessage response)
    {
        var denied = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal));
        Assert.True(denied, $"expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>
    /// The message of a group of checkboxes: each box sits in its own label, so the message is the
    /// .field-error of the group's fieldset (TestClient.FieldError looks in the nearest label).
    /// </summary>
    public static string? GroupError(IDocument doc, string field) =>
        doc.QuerySelector($"[name='{field}']")?.Closest("fieldset")?.QuerySelector(".field-error")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string Text(this IDocument doc) => doc.QuerySelector("main")!.TextContent;
}
