using System.Net;
using Adisteme.Tests.Performance;

namespace Adisteme.Tests.Api;

/// <summary>Every error of the API is an RFC 7807 problem in the caller's language, never a redirect or an HTML page.</summary>
public sealed class ApiErrorTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    [Fact]
    public async Task Api_NoToken_Answers401ProblemNotARedirect()
    {
        using var client = ApiClient.Anonymous(app);
        var response = await client.GetAsync("/api/v1/organizations");
        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal("Аутентификация қажет", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Api_ForgedToken_Answers401Problem()
    {
        using var client = ApiClient.Anonymous(app);
        client.UseToken("forged-token");
        await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_BrowserWithoutSignIn_Gets401NotTheLoginPage()
    {
        using var browser = app.CreateTestClient();
        var response = await browser.GetAsync("/api/v1/regions");
        await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Api_SignedInWithCookie_AnswersJson()
    {
        using var browser = app.CreateTestClient();
        await browser.SignInAsAsync("director");
        var response = await browser.GetAsync("/api/v1/organizations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_UnknownRecordInRussian_Answers404WithRussianTitle()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin", "ru-RU");
        var problem = await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/organizations/987654"), HttpStatusCode.NotFound);
        Assert.Equal("Не найдено", problem.GetProperty("title").GetString());
        Assert.Equal("Запись не существует или у вас нет к ней доступа.", problem.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task Api_NoTokenInKyrgyz_Answers401WithKyrgyzTitle()
    {
        using var client = ApiClient.Anonymous(app, "ky-KG");
        var problem = await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/regions"), HttpStatusCode.Unauthorized);
        Assert.Equal("Аутентификация талап кылынат", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Api_UnknownRoute_Answers404Problem()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin");
        await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_UserWithoutRoles_Gets403ForPeopleButMayReadSubjects()
    {
        await app.CreateUserAsync("api.noroles");
        using var client = await ApiClient.SignedInAsync(app, "api.noroles", "en");
        var problem = await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/people"), HttpStatusCode.Forbidden);
        Assert.Equal("Access denied", problem.GetProperty("title").GetString());
        await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/organizations/1"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/subjects")).StatusCode);
    }

    [Fact]
    public async Task Api_PagingOutOfRange_Answers400ValidationProblemPerParameter()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin", "ru-RU");
        var problem = await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/people?page=0&pageSize=201&q=" + new string('а', 101)), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Номер страницы должен быть не меньше 1.", errors.GetProperty("page")[0].GetString());
        Assert.Equal("Размер страницы должен быть от 1 до 200.", errors.GetProperty("pageSize")[0].GetString());
        Assert.True(errors.TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Api_NotANumber_Answers400Problem()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin");
        await ApiClient.ProblemAsync(await client.GetAsync("/api/v1/people?page=abc"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Api_DatabaseFails_Answers500ProblemWithoutInternals()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin");
        app.Commands.FailWhen = sql => sql.Contains("FROM \"Subjects\"", StringComparison.Ordinal);
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync("/api/v1/subjects");
        }
        finally
        {
            app.Commands.FailWhen = null;
        }
        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();
        Assert.DoesNotContain("secret-internal-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal("Бірдеңе дұрыс болмады", problem.GetProperty("title").GetString());
    }
}
