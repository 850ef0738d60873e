using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection;
using static Adisteme.Tests.Documents.DocumentSamples;

namespace Adisteme.Tests.Documents;

/// <summary>The app hands out the writers and the PDF converter through DI.</summary>
public sealed class DocumentsRegistrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Services_Writers_ResolveAndWriteInOrganizationLanguage()
    {
        var services = app.Services;

        var order = services.GetRequiredService<IDocumentWriter<OrderDocument>>().Write(Order(DocumentLanguage.Russian), DocumentLanguage.Russian);
        var minutes = services.GetRequiredService<IDocumentWriter<MinutesDocument>>().Write(Minutes(DocumentLanguage.Kazakh), DocumentLanguage.Kazakh);
        var book = services.GetRequiredService<IDocumentWriter<MinutesBook>>().Write(MinutesYearBenchmark.Year(2), DocumentLanguage.Kyrgyz);
        var plan = services.GetRequiredService<IDocumentWriter<WorkPlanDocument>>().Write(WorkPlan(DocumentLanguage.Kyrgyz), DocumentLanguage.Kyrgyz);

        using (var docx = new DocxReader(order)) { Assert.Contains("ПРИКАЗ", docx.Paragraphs); }
        using (var docx = new DocxReader(minutes)) { Assert.Contains("Күн тәртібі:", docx.Paragraphs); }
        using (var docx = new DocxReader(book)) { Assert.Contains("Күн тартиби:", docx.Paragraphs); }
        using (var docx = new DocxReader(plan)) { Assert.Contains("Милдеттери:", docx.Paragraphs); }
        Assert.IsType<LibreOfficePdfConverter>(services.GetRequiredService<IPdfConverter>());
    }
}
