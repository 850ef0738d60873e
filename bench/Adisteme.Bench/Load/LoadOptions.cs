using Adisteme.Web.Data;
using Adisteme.Web.Data.Seed;

namespace Adisteme.Bench.Load;

public sealed record LoadOptions(
    DatabaseProvider Provider,
    string ConnectionString,
    string User,
    string Password,
    IReadOnlyList<string> Pages,
    int Connections,
    double Rate,
    TimeSpan Duration,
    TimeSpan Warmup,
    string AppPath)
{
    public static LoadOptions From(Options o, IReadOnlyList<string> defaultPages, int defaultSeconds, int defaultWarmup) => new(
        o.Provider(),
        o.Required("connection"),
        o.Text("user") ?? "centre.1",
        o.Text("password") ?? DemoData.Password,
        (o.Text("pages") ?? string.Join(",", defaultPages)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        o.WholeNumber("connections", 16),
        o.Number("rate", 200),
        TimeSpan.FromSeconds(o.WholeNumber("seconds", defaultSeconds)),
        TimeSpan.FromSeconds(o.Text("warmup") is null ? defaultWarmup : o.WholeNumber("warmup", defaultWarmup)),
        o.Text("app") ?? AppServer.DefaultAppPath());
}

/// <summary>The pages the benchmarks know; "bare" is the constant page every other page is compared with.</summary>
public static class PageNames
{
    public const string Bare = "bare";
    public const string Home = "home";
    public const string Organization = "organization";
    public const string Staff = "staff";
    public const string Search = "search";

    public static IReadOnlyList<string> All { get; } = [Bare, Home, Organization, Staff, Search];

    /// <summary>The latency mix: the real pages, without the constant one.</summary>
    public static IReadOnlyList<string> Real { get; } = [Home, Organization, Staff, Search];
}
