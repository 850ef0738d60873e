using System.Text.Json.Serialization;

namespace Adisteme.Web.Infrastructure.Api;

public static class ApiServices
{
    /// <summary>Problem details, JSON conventions and the OpenAPI document shared by every module's API.</summary>
    public static IServiceCollection AddApiInfrastructure(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Enums travel by name ("Gymnasium", not 2): clients stay readable and survive renumbering.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<OpenApiConventions>();
            o.AddOperationTransformer<OpenApiConventions>();
        });
        return services;
    }
}
