using Adisteme.Web.Features.Organizations.Api;
using Adisteme.Web.Features.Organizations.Import;
using Adisteme.Web.Features.Organizations.People;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Adisteme.Web.Features.Organizations;

/// <summary>Regions, districts, organizations, people, employment, subjects, school years and staff import.</summary>
public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizationsModule(this IServiceCollection services)
    {
        // The hierarchy: regions, districts, organizations.
        services.AddSingleton(new NavItem("/Organizations", "Organizations", Operation.View, 10));
        services.TryAddScoped<RegionEditor>();
        services.TryAddScoped<DistrictEditor>();
        services.TryAddScoped<OrganizationEditor>();

        // People: staff, posts, logins and role grants.
        services.TryAddScoped<PeopleAccess>();
        services.TryAddScoped<PersonEditor>();
        services.TryAddScoped<EmploymentEditor>();
        services.TryAddScoped<RoleGrantEditor>();
        services.TryAddScoped<LoginEditor>();
        services.AddSingleton(new NavItem("/Organizations/People", "Staff", Operation.ViewPeople, 20));

        // Staff import from XLSX/CSV.
        services.TryAddScoped<StaffImport>();
        services.TryAddSingleton<StaffSheetCache>();
        services.AddSingleton(new NavItem("/Organizations/Import", "Import staff", Operation.ManagePeople, 30));
        return services;
    }

    /// <summary>The module's JSON API under /api/v1 (see <see cref="OrganizationsApi"/>).</summary>
    public static WebApplication MapOrganizationsApi(this WebApplication app)
    {
        OrganizationsApi.Map(app);
        return app;
    }
}
