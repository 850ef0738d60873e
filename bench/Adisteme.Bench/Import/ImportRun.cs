using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Adisteme.Bench.Load;
using Adisteme.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Import;

/// <summary>What the import took, phase by phase, as a browser would go through it.</summary>
public sealed record ImportTimings(TimeSpan Upload, TimeSpan Preview, TimeSpan Confirm)
{
    public TimeSpan Total => Upload + Preview + Confirm;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"upload {Upload.TotalSeconds:F2}s + preview {Preview.TotalSeconds:F2}s + confirm {Confirm.TotalSeconds:F2}s = {Total.TotalSeconds:F2}s");
}

/// <summary>The database's answer to "were all rows written?": new people, new posts and the file's IINs found.</summary>
public sealed record ImportCounts(int People, int Posts, int IinsFound)
{
    public static async Task<ImportCounts> ReadAsync(AppDbContext db, int organizationId, IReadOnlyCollection<string> iins, CancellationToken ct)
    {
        var found = 0;
        foreach (var chunk in iins.Chunk(1000))
        {
            found += await db.People.CountAsync(p => chunk.Contains(p.Iin!), ct);
        }
        return new ImportCounts(await db.People.CountAsync(ct), await db.Employments.CountAsync(e => e.OrganizationId == organizationId, ct), found);
    }

    /// <summary>Null when exactly <paramref name="rows"/> people and posts were added and every IIN of the file is there; otherwise what is wrong.</summary>
    public string? Problem(ImportCounts before, int rows) =>
        People - before.People == rows && Posts - before.Posts == rows && IinsFound == rows && before.IinsFound == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"expected {rows} new people and posts with the file's IINs; got {People - before.People} people, {Posts - before.Posts} posts, {IinsFound} IINs found ({before.IinsFound} before)");
}

/// <summary>
/// Upload → preview → confirm through the real pages, with a signed-in client that does not follow
/// redirects. Each phase ends when its answer has been read completely; the preview is a GET of the
/// page the upload redirects to, the confirm is the preview's form posted with its fingerprint.
/// </summary>
public static partial class ImportRun
{
    public static async Task<ImportTimings> RunAsync(HttpClient http, int organizationId, byte[] xlsx, CancellationToken ct)
    {
        var form = await http.GetStringAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"/Organizations/Import?organizationId={organizationId}"), UriKind.Relative), ct);
        var clock = Stopwatch.StartNew();

        using var upload = new MultipartFormDataContent
        {
            { new StringContent(organizationId.ToString(CultureInfo.InvariantCulture)), "Input.OrganizationId" },
            { new StringContent(BenchClient.Token(form, "The import page")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.Add(file, "Input.File", "staff.xlsx");
        var previewUrl = await RedirectAsync(http, new Uri("/Organizations/Import", UriKind.Relative), upload, "upload", ct);
        var uploaded = clock.Elapsed;

        using var previewResponse = await http.GetAsync(previewUrl, ct);
        var preview = await previewResponse.Content.ReadAsStringAsync(ct);
        if (previewResponse.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The preview answered {(int)previewResponse.StatusCode}.");
        }
        var fingerprint = FingerprintPattern().Match(preview);
        if (!fingerprint.Success)
        {
            var errors = FileErrorsPattern().Match(preview);
            throw new InvalidOperationException("The preview offers no import: "
                + (errors.Success ? "the file was refused: " + WebUtility.HtmlDecode(TagPattern().Replace(errors.Groups[1].Value, " ")).Trim() : "no valid rows."));
        }
        var previewed = clock.Elapsed;

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fingerprint"] = WebUtility.HtmlDecode(fingerprint.Groups[1].Value),
            ["__RequestVerificationToken"] = BenchClient.Token(preview, "The preview"),
        });
        var confirmUrl = new Uri(previewUrl.OriginalString + "&handler=Confirm", UriKind.Relative);
        var done = await RedirectAsync(http, confirmUrl, confirm, "confirm", ct);
        if (!done.OriginalString.StartsWith("/Organizations/Import?", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The confirm went to {done} instead of back to the import page.");
        }
        return new ImportTimings(uploaded, previewed - uploaded, clock.Elapsed - previewed);
    }

    private static async Task<Uri> RedirectAsync(HttpClient http, Uri url, HttpContent content, string what, CancellationToken ct)
    {
        using var response = await http.PostAsync(url, content, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            var error = ErrorPattern().Match(body);
            throw new InvalidOperationException($"The {what} answered {(int)response.StatusCode} instead of a redirect{(error.Success ? ": " + WebUtility.HtmlDecode(error.Groups[1].Value) : "")}.");
        }
        return location.IsAbsoluteUri ? new Uri(location.PathAndQuery, UriKind.Relative) : location;
    }

    [GeneratedRegex("name=\"fingerprint\" value=\"([^\"]+)\"")]
    private static partial Regex FingerprintPattern();

    [GeneratedRegex("id=\"file-errors\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex FileErrorsPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("class=\"field-error[^\"]*\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorPattern();
}
