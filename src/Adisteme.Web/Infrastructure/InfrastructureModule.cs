using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Audit;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Files;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure;

public static class InfrastructureModule
{
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddData(builder.Configuration);
        // A singleton: pooled contexts outlive requests and read the current one through the accessor.
        services.AddSingleton<IAuditActor, HttpAuditActor>();
        services.AddScoped<CurrentAccess>();
        services.AddMemoryCache();
        services.AddSingleton<Caching.FigureCache>();
        services.AddSingleton<Adisteme.Web.Infrastructure.Web.Navigation>();
        services.AddSingleton(new Adisteme.Web.Infrastructure.Web.NavItem("/Admin/Audit", "Audit log", Operation.ViewAudit, 90));
        services.AddSingleton<IFileStore>(sp => new LocalFileStore(
            builder.Configuration["Files:Root"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "files")));
        services.AddDocuments();

        services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("Adisteme");

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        // ASVS 4.0 level 2 asks for at least 210,000 PBKDF2 iterations (Identity V3 uses HMAC-SHA512).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = builder.Configuration.GetValue("Security:PasswordIterations", 210_000));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "adisteme.auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // The JSON API answers 401/403 (as problem details) instead of redirecting to the login page.
            var toLogin = o.Events.OnRedirectToLogin;
            var toAccessDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized, toLogin);
            o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden, toAccessDenied);
            o.Events.OnValidatePrincipal = StampCheck.OnlyWhenDue(o.Events.OnValidatePrincipal);
        });
        // The stamp check and the cookie read the same clock (the tests' fake one too).
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy.Name, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
            .AddPolicy(ApiPolicy.WriteName, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            o.SupportedCultures = Cultures.All;
            o.SupportedUICultures = Cultures.All;
            // The user's choice (cookie) first, then the browser; no query-string switching.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
                o.Conventions.AllowAnonymousToPage("/Account/Lockout");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Culture");
                o.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)))
            .AddMvcOptions(o => o.ModelBindingMessageProvider.UseLocalizedMessages(services))
            // Validation runs on the server only; client attributes would only add bytes to every form.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        // Kazakh, Russian and Kyrgyz text goes out as UTF-8, not as six-byte HTML entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource)));

        services.AddApiInfrastructure();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        return builder;
    }

    private static Task ApiStatusOr(RedirectContext<CookieAuthenticationOptions> context, int status, Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect)
    {
        if (!ApiProblems.IsApi(context.Request))
        {
            return redirect(context);
        }
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

public static class ApiPolicy
{
    /// <summary>Reading: a bearer token or the sign-in cookie (the browser may call the API).</summary>
    public const string Name = "Api";

    /// <summary>
    /// Writing: a bearer token only. The cookie is sent by the browser with any cross-site request and
    /// JSON endpoints check no antiforgery token, so a cookie-authenticated write could be forged.
    /// </summary>
    public const string WriteName = "ApiWrite";
}
