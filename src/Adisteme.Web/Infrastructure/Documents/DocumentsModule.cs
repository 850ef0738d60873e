using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>The document-writer family: inject <c>IDocumentWriter&lt;OrderDocument&gt;</c> and the like, and <see cref="IPdfConverter"/>.</summary>
public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<DocumentTexts>();
        services.TryAddSingleton<IDocumentWriter<OrderDocument>, OrderDocumentWriter>();
        services.TryAddSingleton<MinutesDocumentWriter>();
        services.TryAddSingleton<IDocumentWriter<MinutesDocument>>(sp => sp.GetRequiredService<MinutesDocumentWriter>());
        services.TryAddSingleton<IDocumentWriter<MinutesBook>>(sp => sp.GetRequiredService<MinutesDocumentWriter>());
        services.TryAddSingleton<IDocumentWriter<WorkPlanDocument>, WorkPlanDocumentWriter>();
        services.TryAddSingleton<IPdfConverter>(_ => new LibreOfficePdfConverter());
        return services;
    }
}
