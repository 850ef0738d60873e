using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;

namespace Adisteme.Tests.Infrastructure;

public sealed class LocalTimeStartOfDayTests
{
    [Theory]
    [InlineData(Country.Kazakhstan, 19)] // Asia/Almaty, UTC+5
    [InlineData(Country.Kyrgyzstan, 18)] // Asia/Bishkek, UTC+6
    public void StartOfDayUtc_LocalMidnight_IsTheEveningBeforeInUtc(Country country, int utcHour)
    {
        var start = LocalTime.StartOfDayUtc(new DateOnly(2026, 11, 20), country);

        Assert.Equal(new DateTime(2026, 11, 19, utcHour, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }
}
