using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Tests.Domain;

public sealed class SchoolCalendarTests
{
    [Fact]
    public void DefaultYear_Kazakhstan_RunsFirstSeptemberTo25MayInFourQuarters()
    {
        var year = SchoolCalendar.DefaultYear(Country.Kazakhstan, 2025);
        Assert.Equal(new DateOnly(2025, 9, 1), year.StartsOn);
        Assert.Equal(new DateOnly(2026, 5, 25), year.EndsOn);
        Assert.Equal([1, 2, 3, 4], year.Quarters.Select(q => q.Number));
        Assert.Equal(year.EndsOn, year.Quarters[^1].EndsOn);
        Assert.Equal("2025–2026", year.Title);
    }

    [Fact]
    public void DefaultYear_Kyrgyzstan2025_EndsOn29May() =>
        Assert.Equal(new DateOnly(2026, 5, 29), SchoolCalendar.DefaultYear(Country.Kyrgyzstan, 2025).EndsOn);

    [Theory]
    [InlineData(2026, 9, 1, 2026)]
    [InlineData(2027, 5, 25, 2026)]
    [InlineData(2027, 6, 15, 2027)]
    public void StartYearOf_Date_BelongsToSchoolYear(int y, int m, int d, int expected) =>
        Assert.Equal(expected, SchoolCalendar.StartYearOf(new DateOnly(y, m, d)));
}
