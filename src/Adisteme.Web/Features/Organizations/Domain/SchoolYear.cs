namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>A school year of one country, with its quarters (тоқсан / четверть / чейрек; rules.md K1).</summary>
public sealed class SchoolYear
{
    public int Id { get; private set; }
    public Country Country { get; set; }
    public int StartYear { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public List<Quarter> Quarters { get; } = [];

    public string Title => $"{StartYear}–{StartYear + 1}";
}

public sealed class Quarter
{
    public int Number { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}
