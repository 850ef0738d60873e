using Adisteme.Web.Features.Organizations.Api;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Regions, districts, organizations, people, employment, subjects, school years and staff import.</summary>
public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizationsModule(this IServiceCollection services) => services;

    /// <summary>The module's JSON API under /api/v1 (see <see cref="OrganizationsApi"/>).</summary>
    public static WebApplication MapOrganizationsApi(this WebApplication app)
    {
        OrganizationsApi.Map(app);
        return app;
    }
}
