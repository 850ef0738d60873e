using System.Globalization;
using Adisteme.Bench.Import;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Import;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Import;

/// <summary>
/// A director imports a file as large as the import accepts (issue 4 asks 20,000 rows in one file):
/// it passes the preview, and the confirm writes every row with its audit entries in one transaction.
/// Not timed here; the <c>import</c> benchmark measures it.
/// </summary>
public sealed class StaffImportLargeFileTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Confirm_FileAtTheRowCap_WritesEveryRowAndItsAuditInOneTransaction()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await GrantScope.OfAsync(app, "director", ct);
        var file = await app.WithDbAsync(db => ImportCommand.BuildFileAsync(db, StaffImportParser.MaxRows, 11, ct));
        var before = await app.WithDbAsync(db => ImportCounts.ReadAsync(db, schoolId, file.Iins, ct));
        var lastAudit = await app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id, ct)) ?? 0;
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        int transactions;
        using (var counter = new TransactionCounter(app.Database.ConnectionString))
        {
            await ImportRun.RunAsync(client.Http, schoolId, file.Xlsx, ct);
            transactions = counter.Committed;
        }

        Assert.True(StaffImportParser.MaxRows >= 20_000, $"the cap is {StaffImportParser.MaxRows} rows");
        var after = await app.WithDbAsync(db => ImportCounts.ReadAsync(db, schoolId, file.Iins, ct));
        Assert.Null(after.Problem(before, StaffImportParser.MaxRows));
        Assert.Equal(1, transactions);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > lastAudit)
            .GroupBy(a => new { a.EntityType, a.Action, a.UserName }).Select(g => new { g.Key.EntityType, g.Key.Action, g.Key.UserName, Count = g.Count() })
            .ToListAsync(ct));
        Assert.Contains(audit, a => a is { EntityType: "Person", Action: "Created", UserName: "director" } && a.Count == StaffImportParser.MaxRows);
        Assert.Contains(audit, a => a is { EntityType: "Employment", Action: "Created", UserName: "director" } && a.Count == StaffImportParser.MaxRows);
        var sample = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > lastAudit && a.EntityType == "Person").OrderBy(a => a.Id).FirstAsync(ct));
        var personId = int.Parse(sample.EntityId, CultureInfo.InvariantCulture);
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == personId, ct));
        Assert.Contains($"\"Surname\":\"{person.Surname}\"", sample.After, StringComparison.Ordinal);
    }
}
