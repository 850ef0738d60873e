using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Regions, districts, organizations, people, employment, subjects, school years and staff import.</summary>
public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizationsModule(this IServiceCollection services)
    {
        services.AddSingleton(new NavItem("/Organizations", "Organizations", Operation.View, 10));
        services.TryAddScoped<RegionEditor>();
        services.TryAddScoped<DistrictEditor>();
        services.TryAddScoped<OrganizationEditor>();
        return services;
    }

    public static WebApplication MapOrganizationsApi(this WebApplication app) => app;
}
