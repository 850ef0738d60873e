using System.Globalization;
using System.Runtime.InteropServices;
using Adisteme.Bench.Generate;
using Adisteme.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Load;

/// <summary>The facts a result is meaningless without: when, on what machine, over how much data.</summary>
public static class Machine
{
    public static async Task<string> DescribeAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        await using var db = BenchDb.Create(provider, connectionString);
        var regions = await db.Regions.CountAsync(ct);
        var districts = await db.Districts.CountAsync(ct);
        var organizations = await db.Organizations.CountAsync(ct);
        var people = await db.People.CountAsync(ct);
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"""
            date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC
            machine: {Environment.ProcessorCount} cores, {memory:F1} GiB memory, {RuntimeInformation.OSDescription}, .NET {Environment.Version}
            provider: {provider}; data: {regions} regions, {districts} districts, {organizations:N0} organizations, {people:N0} people
            """);
    }
}
