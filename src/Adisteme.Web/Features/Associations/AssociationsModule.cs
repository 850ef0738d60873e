using Microsoft.Extensions.DependencyInjection.Extensions;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Adisteme.Web.Features.Associations.Domain;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// Methodological associations, commissions and councils: memberships, heads by order, work plans,
/// meetings, minutes and decisions. The rules' readings come from configuration (<c>Rules:Associations</c>).
/// </summary>
public static class AssociationsModule
{
    public static IServiceCollection AddAssociationsModule(this IServiceCollection services)
    {
        services.AddOptions<AssociationRulesOptions>()
            .BindConfiguration(AssociationRulesOptions.Section)
            .Validate(o => o.Problems().Count == 0, "Rules:Associations has values that cannot work together; see AssociationRulesOptions.Problems().")
            .ValidateOnStart();
        services.AddScoped<BodyAccess>();
        services.TryAddScoped<BodyForm>();
        services.TryAddScoped<Plans.PlanStore>();
        services.TryAddScoped<Api.ApiWrites>();
        services.TryAddScoped<Api.PlanService>();
        services.TryAddScoped<Api.MeetingChange>();
        services.AddSingleton(new NavItem("/Associations", "Methodological associations", Operation.View, 40));
        services.AddSingleton(new NavItem("/Associations/Overview", "Associations overview", Operation.ManageBodies, 41));
        return services;
    }

    /// <summary>The module's JSON API under /api/v1 (see <see cref="Api.AssociationsApi"/>).</summary>
    public static WebApplication MapAssociationsApi(this WebApplication app)
    {
        Api.AssociationsApi.Map(app);
        return app;
    }
}
