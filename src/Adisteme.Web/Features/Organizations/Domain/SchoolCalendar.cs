namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>
/// Default school-year calendars (rules.md K1): 1 September to 25 May in Kazakhstan, to 25 May
/// (29 May in 2025–26) in Kyrgyzstan, four quarters. Ministries move these dates every year, so
/// they are stored per year and editable, and these are only the starting values.
/// </summary>
public static class SchoolCalendar
{
    public static SchoolYear DefaultYear(Country country, int startYear)
    {
        var endDay = country == Country.Kyrgyzstan && startYear == 2025 ? 29 : 25;
        var year = new SchoolYear
        {
            Country = country,
            StartYear = startYear,
            StartsOn = new DateOnly(startYear, 9, 1),
            EndsOn = new DateOnly(startYear + 1, 5, endDay),
        };
        // Quarter lengths 8, 8, 10 and 8 teaching weeks with the usual holidays between them.
        year.Quarters.Add(new Quarter { Number = 1, StartsOn = new DateOnly(startYear, 9, 1), EndsOn = new DateOnly(startYear, 10, 26) });
        year.Quarters.Add(new Quarter { Number = 2, StartsOn = new DateOnly(startYear, 11, 3), EndsOn = new DateOnly(startYear, 12, 28) });
        year.Quarters.Add(new Quarter { Number = 3, StartsOn = new DateOnly(startYear + 1, 1, 8), EndsOn = new DateOnly(startYear + 1, 3, 18) });
        year.Quarters.Add(new Quarter { Number = 4, StartsOn = new DateOnly(startYear + 1, 3, 30), EndsOn = year.EndsOn });
        return year;
    }

    /// <summary>The school year a date belongs to; summer months count towards the year about to start.</summary>
    public static int StartYearOf(DateOnly date) => date.Month >= 6 ? date.Year : date.Year - 1;
}
