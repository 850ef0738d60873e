using System.Diagnostics;
using System.Globalization;
using Adisteme.Bench.Generate.Bulk;
using Adisteme.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Generate;

/// <summary>Applies the app's migrations, writes reference data, then runs every <see cref="IGeneratorStep"/>.</summary>
public static class Generator
{
    public static async Task RunAsync(GenerateOptions options, TextWriter output, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating scale '{options.Scale.Name}' on {options.Provider}, seed {options.Seed}: {options.Scale.Regions} regions, {options.Scale.Districts} districts, {options.Scale.Organizations:N0} organizations, {options.Scale.Staff:N0} staff"));

        await using var db = BenchDb.Create(options.Provider, options.ConnectionString);
        if (options.Recreate)
        {
            await db.Database.EnsureDeletedAsync(ct);
        }
        await db.Database.MigrateAsync(ct);
        if (await db.Regions.AnyAsync(ct))
        {
            throw new InvalidOperationException("The database already holds data: generate into an empty database, or pass --recreate to drop it first.");
        }
        await ReferenceData.EnsureAsync(db, ct);

        var world = new World();
        foreach (var subject in await db.Subjects.Select(s => new { s.Code, s.Id, s.NameKk, s.NameRu, s.NameKy }).ToListAsync(ct))
        {
            world.Subjects[subject.Code] = subject.Id;
            world.SubjectNames[subject.Id] = (subject.NameKk, subject.NameRu, subject.NameKy);
        }
        foreach (var year in await db.SchoolYears.AsNoTracking().Include(y => y.Quarters).OrderBy(y => y.StartYear).ToListAsync(ct))
        {
            if (!world.SchoolYears.TryGetValue(year.Country, out var years))
            {
                world.SchoolYears[year.Country] = years = [];
            }
            years.Add(year);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,7:F1}s] migrations and reference data ready"));

        await using var bulk = await BulkWriter.OpenAsync(options.Provider, options.ConnectionString, db.Model, ct);
        var context = new GenerationContext(options, bulk, world, output, clock);
        foreach (var step in GeneratorSteps.All)
        {
            var started = clock.Elapsed;
            await step.RunAsync(context, ct);
            context.Progress(step.Name, $"done in {(clock.Elapsed - started).TotalSeconds:F1}s");
        }
        context.Progress("finish", $"committing, resetting id sequences and updating statistics");
        await bulk.CompleteAsync(ct);

        foreach (var (table, rows) in bulk.RowsWritten.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-20} {rows,10:N0} rows"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalSeconds:F1}s. Logins (password for all: {DemoData.Password}):"));
        foreach (var login in world.Logins)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {login.UserName,-18} {login.Role,-22} {login.ScopeKind} {login.ScopeId}"));
        }
    }
}
