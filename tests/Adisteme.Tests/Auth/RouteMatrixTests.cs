using System.Net;
using Adisteme.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Auth;

/// <summary>
/// Walks every GET route of the application for every demo login (and anonymously) and checks
/// the answer against the expected allow / deny / hide. A new route without an entry in
/// <see cref="RouteMatrix"/> fails <see cref="EveryGetRoute_HasAnExpectation"/>.
/// </summary>
public sealed class RouteMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task EveryGetRoute_HasAnExpectation()
    {
        _ = app.CreateTestClient(); // starts the host
        var ids = await DemoIds.LoadAsync(app);
        var covered = RouteMatrix.Cases(ids).Select(c => c.Template).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = GetTemplates().Where(t => !covered.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "routes without a matrix entry: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryRoute_EveryRole_AnswersAsExpected()
    {
        var ids = await DemoIds.LoadAsync(app);
        var cases = RouteMatrix.Cases(ids);
        var failures = new List<string>();
        foreach (var user in DemoIds.Users.Prepend(null))
        {
            using var client = app.CreateTestClient();
            if (user is not null)
            {
                await client.SignInAsAsync(user);
            }
            foreach (var c in cases)
            {
                var expected = c.ExpectFor(user);
                var response = await client.GetAsync(c.Url);
                var actual = Classify(response);
                if (actual != expected)
                {
                    failures.Add($"{user ?? "anonymous"} GET {c.Url}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.NotFound => Outcome.Hidden,
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Denied,
            HttpStatusCode.Redirect when location.Contains("/Account/Login", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect => Outcome.Redirect,
            _ => Outcome.Other,
        };
    }

    private IEnumerable<string> GetTemplates()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(t => !t.StartsWith("/_", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal);
    }
}

public enum Outcome
{
    Ok,
    Denied,
    Hidden,
    SignIn,
    Redirect,
    Other,
}

/// <summary>One route, the URL to try it with, and what each user should get.</summary>
public sealed record RouteCase(string Template, string Url, Func<string?, Outcome> ExpectFor);

/// <summary>Ids of the demo records the matrix uses, looked up by name.</summary>
public sealed record DemoIds(int Region, int CityDistrict, int RuralDistrict, int School101, int Gymnasium, int RuralSchool, int Centre,
    int School101Teacher, int GymnasiumTeacher, int RuralTeacher, int School101TeacherEmployment)
{
    /// <summary>The demo logins (DemoData): scope in brackets.</summary>
    public static readonly string[] Users =
        ["admin", "centre", "methodologist", "director", "deputy", "head", "teacher", "commission", "director.gym"];

    public static async Task<DemoIds> LoadAsync(AppFactory app) => await app.WithDbAsync(async db =>
    {
        async Task<int> Org(string name) => await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
        async Task<int> StaffOf(int orgId) => await db.Employments.Where(e => e.OrganizationId == orgId && e.Person!.UserId == null)
            .MinAsync(e => e.PersonId);
        var school = await Org("№ 101 жалпы білім беретін мектеп");
        var gym = await Org("Гимназия № 5");
        var rural = await Org("Силантьев жалпы білім беретін мектебі");
        return new DemoIds(
            await db.Regions.Select(r => r.Id).SingleAsync(),
            await db.Districts.Where(d => d.Name == "Қостанай қаласы").Select(d => d.Id).SingleAsync(),
            await db.Districts.Where(d => d.Name == "Алтынсарин ауданы").Select(d => d.Id).SingleAsync(),
            school, gym, rural, await Org("Қостанай облысының әдістемелік орталығы"),
            await StaffOf(school), await StaffOf(gym), await StaffOf(rural),
            await db.Employments.Where(e => e.OrganizationId == school && e.PersonId == db.Employments.Where(x => x.OrganizationId == school && x.Person!.UserId == null).Min(x => x.PersonId)).Select(e => e.Id).FirstAsync());
    });
}
