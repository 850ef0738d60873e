namespace Adisteme.Web.Features.Organizations;

/// <summary>Regions, districts, organizations, people, employment, subjects, school years and staff import.</summary>
public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizationsModule(this IServiceCollection services) => services;

    public static WebApplication MapOrganizationsApi(this WebApplication app) => app;
}
