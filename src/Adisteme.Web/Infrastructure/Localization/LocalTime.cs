using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Localization;

/// <summary>All stored times are UTC; people see them in their country's time (rules.md K5: deadlines).</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo s_almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    private static readonly TimeZoneInfo s_bishkek = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bishkek");

    public static TimeZoneInfo ZoneOf(Country country) => country == Country.Kyrgyzstan ? s_bishkek : s_almaty;

    public static DateTime ToLocal(DateTime utc, Country country = Country.Kazakhstan) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ZoneOf(country));

    public static DateOnly Today(TimeProvider time, Country country = Country.Kazakhstan) =>
        DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime, country));

    /// <summary>The UTC instant a local calendar day begins: filters by "date" compare stored UTC times with it.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, Country country = Country.Kazakhstan) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ZoneOf(country));
}
