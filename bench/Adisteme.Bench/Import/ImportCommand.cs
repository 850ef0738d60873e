using System.Globalization;
using Adisteme.Bench.Generate;
using Adisteme.Bench.Load;
using Adisteme.Web.Data;
using Adisteme.Web.Data.Seed;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Import;

/// <summary>
/// <c>import</c>: a fresh database (dropped and filled with the <c>tiny</c> scale), the real app
/// started over it, a generated staff XLSX imported into the user's school through upload → preview →
/// confirm, then the database checked for every row (all or nothing).
/// </summary>
public static class ImportCommand
{
    public const int DefaultRows = 20_000;
    public const int SmokeRows = 5;
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(15);

    public sealed record ImportOptions(DatabaseProvider Provider, string ConnectionString, int Rows, int Files, int Seed, string User, string Password, string AppPath)
    {
        public static ImportOptions From(Options o) => new(
            o.Provider(),
            o.Required("connection"),
            o.Flag("smoke") ? SmokeRows : o.WholeNumber("rows", DefaultRows),
            o.WholeNumber("files", 1),
            o.WholeNumber("seed", 42),
            o.Text("user") ?? "director.1",
            o.Text("password") ?? DemoData.Password,
            o.Text("app") ?? AppServer.DefaultAppPath());
    }

    public static async Task<int> RunAsync(ImportOptions options, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"Recreating the database and filling it with the tiny scale (the connection's database is dropped first)…");
        await Generator.RunAsync(new GenerateOptions(Scale.Tiny, options.Provider, options.ConnectionString, options.Seed, Recreate: true,
            GenerateOptions.ProductionPasswordIterations), TextWriter.Null, ct);
        output.WriteLine(await Machine.DescribeAsync(options.Provider, options.ConnectionString, ct));

        var (organizationId, file, before) = await PrepareAsync(options, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file.Files.Count} file(s): {options.Rows:N0} rows, {file.Files.Sum(f => f.Length) / 1024.0:F0} KiB XLSX; user {options.User} imports into organization {organizationId}"));
        if (file.Files.Count > 1)
        {
            output.WriteLine("Split into several files, each is all or nothing on its own, not the whole set; the total is the sum of the imports one after another.");
        }

        await using var server = await AppServer.StartAsync(options.AppPath, options.Provider, options.ConnectionString, ct);
        using var http = BenchClient.Create(server.BaseAddress, 1);
        http.Timeout = TimeSpan.FromMinutes(10);
        await BenchClient.SignInAsync(http, options.User, options.Password, ct);

        var timings = new ImportTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        try
        {
            foreach (var workbook in file.Files)
            {
                var one = await ImportRun.RunAsync(http, organizationId, workbook, ct);
                if (file.Files.Count > 1)
                {
                    output.WriteLine("  " + one.Describe());
                }
                timings = new ImportTimings(timings.Upload + one.Upload, timings.Preview + one.Preview, timings.Confirm + one.Confirm);
            }
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine("The import failed: " + e.Message);
            return 1;
        }
        await using var db = BenchDb.Create(options.Provider, options.ConnectionString);
        var after = await ImportCounts.ReadAsync(db, organizationId, file.Iins, ct);
        output.WriteLine(timings.Describe());
        if (after.Problem(before, options.Rows) is { } problem)
        {
            output.WriteLine("NOT all rows were written: " + problem);
            return 1;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all {options.Rows:N0} people and posts written; end to end {timings.Total.TotalSeconds:F2}s (target ≤ {Target.TotalSeconds:F0}s: {(timings.Total <= Target ? "met" : "MISSED")})"));
        return 0;
    }

    /// <summary>The user's school (or the largest organization for a wider scope), the file, and the counts before.</summary>
    private static async Task<(int OrganizationId, StaffFile.Built File, ImportCounts Before)> PrepareAsync(ImportOptions options, CancellationToken ct)
    {
        await using var db = BenchDb.Create(options.Provider, options.ConnectionString);
        var userId = await db.Users.Where(u => u.UserName == options.User).Select(u => u.Id).FirstOrDefaultAsync(ct);
        var grant = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"No login '{options.User}' in this database.");
        var organizationId = grant is { ScopeKind: ScopeKind.Organization, ScopeId: { } id }
            ? id
            : await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var file = await BuildFileAsync(db, options.Rows, options.Seed, ct, options.Files);
        return (organizationId, file, await ImportCounts.ReadAsync(db, organizationId, file.Iins, ct));
    }

    /// <summary>The file for a database: IINs not yet in it, subjects by their Kazakh names.</summary>
    public static async Task<StaffFile.Built> BuildFileAsync(AppDbContext db, int rows, int seed, CancellationToken ct, int files = 1)
    {
        var taken = await db.People.Where(p => p.Iin != null).Select(p => p.Iin!).ToListAsync(ct);
        var subjects = await db.Subjects.OrderBy(s => s.Id).Select(s => s.NameKk).ToListAsync(ct);
        return StaffFile.Build(rows, seed, taken, subjects, files);
    }
}
