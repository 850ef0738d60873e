namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// Numbers a body's meetings within a school year in date order, so minutes are numbered the way they
/// were held (R21: minutes are numbered sequentially per body per year). A held meeting keeps its
/// number for good; a meeting cannot be placed before the last held one; a cancelled meeting loses
/// its number and the later ones close the gap.
/// </summary>
public static class MeetingNumbering
{
    /// <summary>Refuses a date before the body's last held meeting of the year (its number is fixed).</summary>
    public static void CheckPlace(DateOnly date, IReadOnlyList<Meeting> others)
    {
        var lastHeld = others.Where(m => m.Status == MeetingStatus.Held).MaxBy(m => m.Number);
        if (lastHeld is not null && date < lastHeld.Date)
        {
            throw new DomainException(RuleCatalog.R21.Error(RuleMessages.MeetingBeforeHeld, lastHeld.Number, lastHeld.Date).For("Date"));
        }
    }

    /// <summary>Adds <paramref name="meeting"/> to the numbering of <paramref name="others"/>.</summary>
    public static void Place(Meeting meeting, IReadOnlyList<Meeting> others) => Renumber([.. others.Where(m => m != meeting), meeting]);

    /// <summary>
    /// Held meetings, and meetings numbered before the last held one, keep their numbers; the rest follow
    /// in date order (then start time, then their former order).
    /// </summary>
    public static void Renumber(IReadOnlyList<Meeting> meetings)
    {
        var active = meetings.Where(m => m.Status != MeetingStatus.Cancelled).ToList();
        var lastHeld = active.Where(m => m.Status == MeetingStatus.Held).Select(m => m.Number).DefaultIfEmpty(0).Max();
        var kept = active.Where(m => m.Status == MeetingStatus.Held || (m.Number > 0 && m.Number < lastHeld)).ToList();
        var next = kept.Select(m => m.Number).DefaultIfEmpty(0).Max() + 1;
        foreach (var meeting in active.Except(kept)
            .OrderBy(m => m.Date).ThenBy(m => m.StartMinutes ?? 0).ThenBy(m => m.Number == 0 ? int.MaxValue : m.Number))
        {
            meeting.Number = next++;
        }
    }
}
