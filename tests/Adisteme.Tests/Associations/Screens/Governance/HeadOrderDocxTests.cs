using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Governance;

/// <summary>R10: the head is replaced and removed by order on /Associations/Head/{id}; both orders download as DOCX in the organization's language.</summary>
public sealed class HeadOrderDocxTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, DocumentLanguage, string, string, string, string> Wordings => new()
    {
        { "№ 101 ЖББМ", DocumentLanguage.Kazakh, "Әдістемелік бірлестік жетекшісін ауыстыру туралы", "жетекшісі міндетінен босатылсын", "тағайындалсын",
            "Әдістемелік бірлестік жетекшісін босату туралы" },
        { "Гимназия № 5", DocumentLanguage.Russian, "О замене руководителя методического объединения", "Освободить от обязанностей руководителя", "Назначить руководителем",
            "Об освобождении руководителя методического объединения" },
        { "Шоқай ШЖМ", DocumentLanguage.Kyrgyz, "Усулдук бирикменин жетекчисин алмаштыруу жөнүндө", "жетекчисинин милдетинен бошотулсун", "дайындалсын",
            "Усулдук бирикменин жетекчисин бошотуу жөнүндө" },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public async Task R10_ReplacedThenRemovedByOrder_BothOrdersDownloadInTheOrganizationsLanguage(string organization, DocumentLanguage language,
        string replacementTitle, string releasePoint, string appointPoint, string removalTitle)
    {
        var (bodyId, first, second, yearEnd) = await app.WithDbAsync(async db =>
        {
            var orgId = await GovernanceWorld.OrganizationAsync(db, organization);
            var org = await db.Organizations.SingleAsync(o => o.Id == orgId);
            org.DocumentLanguage = language;
            var staff = await db.Employments.Where(e => e.OrganizationId == orgId && e.EndedOn == null && e.Position == Position.Teacher)
                .OrderBy(e => e.PersonId).Take(2).ToListAsync();
            var body = await GovernanceWorld.AssociationAsync(db, orgId, $"Orders {language}", staff);
            var year = await GovernanceWorld.YearAsync(db);
            body.AppointHead(StaffProfile.From(staff[0], org), new OrderRef("10", GovernanceWorld.Today), OrderIssuer.Director,
                GovernanceWorld.Today, year.EndsOn, year, GovernanceWorld.Rules);
            await db.SaveChangesAsync();
            var names = await db.People.Where(p => p.Id == staff[0].PersonId || p.Id == staff[1].PersonId).ToDictionaryAsync(p => p.Id, p => p.Surname);
            return (body.Id, names[staff[0].PersonId], (Id: staff[1].PersonId, Surname: names[staff[1].PersonId]), year.EndsOn);
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        var url = $"/Associations/Head/{bodyId}";

        var replace = await client.PostFormAsync(url + "?handler=Appoint", new()
        {
            ["Input.PersonId"] = $"{second.Id}",
            ["Input.OrderNumber"] = "11",
            ["Input.OrderDate"] = "2026-11-20",
            ["Input.TermStart"] = "2026-11-21",
            ["Input.TermEnd"] = yearEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = await GovernanceWorld.VersionAsync(client, url),
        }, formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, replace.StatusCode);
        var remove = await client.PostFormAsync(url + "?handler=Remove", new()
        {
            ["Input.OrderNumber"] = "12",
            ["Input.OrderDate"] = "2026-11-20",
            ["Input.TermStart"] = "2026-11-22",
            ["Input.Version"] = await GovernanceWorld.VersionAsync(client, url),
        }, formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);

        var terms = await app.WithDbAsync(db => db.HeadAppointments.Where(a => a.BodyId == bodyId).OrderBy(a => a.TermStart).ToListAsync());
        Assert.Equal([HeadTermEndReason.Replaced, HeadTermEndReason.Removed], terms.Select(t => t.EndReason!.Value));
        var page = await client.GetPageAsync(url);
        Assert.Equal(2, page.QuerySelectorAll("#history a.end-order").Length);

        // The replacement order: the new head's appointment order and the order that ended the first term are the same document.
        var replacement = await DocxTextAsync(client, $"{url}?handler=Order&appointmentId={terms[1].Id}");
        Assert.Equal(replacement, await DocxTextAsync(client, $"{url}?handler=Order&appointmentId={terms[0].Id}&end=true"));
        Assert.Contains(replacementTitle, replacement, StringComparison.Ordinal);
        Assert.Contains(releasePoint, replacement, StringComparison.Ordinal);
        Assert.Contains(appointPoint, replacement, StringComparison.Ordinal);
        Assert.Contains(first, replacement, StringComparison.Ordinal);
        Assert.Contains(second.Surname, replacement, StringComparison.Ordinal);
        Assert.Contains("11", replacement, StringComparison.Ordinal);

        var removal = await DocxTextAsync(client, $"{url}?handler=Order&appointmentId={terms[1].Id}&end=true");
        Assert.Contains(removalTitle, removal, StringComparison.Ordinal);
        Assert.Contains(releasePoint, removal, StringComparison.Ordinal);
        Assert.DoesNotContain(appointPoint, removal, StringComparison.Ordinal);
        Assert.Contains(second.Surname, removal, StringComparison.Ordinal);

        // An appointment the body does not have answers 404.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}?handler=Order&appointmentId={terms[1].Id + 1000}&end=true")).StatusCode);
    }

    private static async Task<string> DocxTextAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var word = WordprocessingDocument.Open(stream, false);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
