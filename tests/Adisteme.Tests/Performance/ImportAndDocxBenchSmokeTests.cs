using Adisteme.Bench;
using Adisteme.Bench.Documents;
using Adisteme.Bench.Import;
using Adisteme.Tests.Import;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// Smoke mode of the <c>import</c> and <c>docx</c> benchmarks on the suite's provider: a few rows
/// through the real upload → preview → confirm pages, a page of minutes rendered, so neither harness
/// rots. Timings are printed by the benchmarks, never asserted here.
/// </summary>
public sealed class ImportAndDocxBenchSmokeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ImportRun_DirectorUploadsGeneratedFile_WritesEveryRowAsNewPerson()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await GrantScope.OfAsync(app, "director", ct);
        var file = await app.WithDbAsync(db => ImportCommand.BuildFileAsync(db, ImportCommand.SmokeRows, 42, ct));
        var before = await app.WithDbAsync(db => ImportCounts.ReadAsync(db, schoolId, file.Iins, ct));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var timings = await ImportRun.RunAsync(client.Http, schoolId, file.Xlsx, ct);

        var after = await app.WithDbAsync(db => ImportCounts.ReadAsync(db, schoolId, file.Iins, ct));
        Assert.Null(after.Problem(before, ImportCommand.SmokeRows));
        Assert.True(timings.Total > TimeSpan.Zero);
        var names = await app.WithDbAsync(db => db.People.Where(p => file.Iins.Contains(p.Iin!)).Select(p => p.Surname + " " + p.Name).ToListAsync(ct));
        Assert.All(names, n => Assert.Matches(@"^\p{IsCyrillic}+ \p{IsCyrillic}+$", n));
    }

    [Fact]
    public void StaffFile_SameSeed_GivesSameValidUniqueIinsAvoidingTakenOnes()
    {
        var first = StaffFile.Build(50, 7, [], ["Математика"]);
        var taken = first.Iins.Take(10).ToList();

        var again = StaffFile.Build(50, 7, [], ["Математика"]);
        var avoiding = StaffFile.Build(50, 7, taken, ["Математика"]);

        Assert.Equal(first.Iins, again.Iins);
        Assert.Equal(50, first.Iins.Distinct().Count());
        Assert.All(first.Iins, iin => Assert.True(Iin.IsValid(iin), iin));
        Assert.Empty(avoiding.Iins.Intersect(taken));
    }

    [Fact]
    public void Problem_FewerRowsWrittenThanInFile_IsReported()
    {
        var before = new ImportCounts(People: 100, Posts: 10, IinsFound: 0);

        Assert.Null(new ImportCounts(105, 15, 5).Problem(before, 5));
        Assert.NotNull(new ImportCounts(104, 14, 4).Problem(before, 5));
        Assert.NotNull(new ImportCounts(100, 10, 0).Problem(before, 5));
    }

    [Fact]
    public void DocxMeasure_MoreMeetings_RendersMoreParagraphsEveryRun()
    {
        var one = DocxCommand.Measure(meetings: 1, runs: 2);
        var two = DocxCommand.Measure(meetings: 2, runs: 2);

        Assert.Equal(2, one.Runs.Count);
        Assert.True(one.Paragraphs > 10, $"{one.Paragraphs} paragraphs");
        Assert.True(two.Paragraphs > one.Paragraphs + 10);
        Assert.True(one.Median > TimeSpan.Zero);
    }

    [Fact]
    public async Task Cli_DocxSmoke_PrintsMedianAndTarget()
    {
        using var output = new StringWriter();

        var exit = await Cli.RunAsync(["docx", "--smoke"], output);

        Assert.Equal(0, exit);
        Assert.Contains("median", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("target ≤ 1000 ms", output.ToString(), StringComparison.Ordinal);
    }
}
