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
    public const string Association = "association";
    public const string Plan = "plan";
    public const string Minutes = "minutes";
    /// <summary>The associations overview: the user's district, or their organization when that is all they oversee.</summary>
    public const string Overview = "overview";

    /// <summary>The latency mix: the real pages, without the constant one.</summary>
    public static IReadOnlyList<string> Real { get; } = [Home, Organization, Staff, Search, Association, Plan, Minutes, Overview];

    /// <summary>The throughput set: the constant page, then every real page (declared after <see cref="Real"/>, which it reads).</summary>
    public static IReadOnlyList<string> All { get; } = [Bare, .. Real];
}
