using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Regions, districts, organizations, people, employment, subjects, school years and staff import.</summary>
public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizationsModule(this IServiceCollection services)
    {
        services.TryAddScoped<StaffImport>();
        services.AddSingleton(new NavItem("/Organizations/Import", "Import staff", Operation.ManagePeople, 30));
        return services;
    }

    public static WebApplication MapOrganizationsApi(this WebApplication app) => app;
}
