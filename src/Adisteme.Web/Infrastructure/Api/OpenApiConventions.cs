using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Adisteme.Web.Infrastructure.Api;

/// <summary>
/// What /openapi/v1.json says beyond the endpoints' own metadata: the bearer scheme, a security
/// requirement and a 401 answer on every operation that needs a signed-in caller, and the paging
/// parameters shared by every list.
/// </summary>
public sealed class OpenApiConventions : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Adisteme API";
        document.Info.Description =
            "Regions, districts, organizations, people and subjects; methodological associations and councils with their memberships, " +
            "work plans and meetings; always within the caller's scope: records outside it answer 404. " +
            "Errors are RFC 7807 problem details whose title and detail follow Accept-Language (kk-KZ, ru-RU, ky-KG, en); " +
            "a change refused by a numbered rule answers 422 with the rule's id in \"rule\". " +
            "Lists take page and pageSize (at most 200) and return items with the total. Editable records carry a version (also sent as ETag).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Access token from POST /api/v1/auth/token, sent as: Authorization: Bearer <accessToken>.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse
            {
                Description = "Missing or invalid access token.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
                },
            });
        }
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Description ??= parameter.Name switch
            {
                PageRequest.PageName => "Page number, from 1 (default 1).",
                PageRequest.PageSizeName => $"Items per page, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).",
                _ => null,
            };
        }
        return Task.CompletedTask;
    }
}
