namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>A member's attendance at the held meetings of the period while they were a member.</summary>
public sealed record MemberAttendance(int PersonId, int Meetings, int Present)
{
    public int Percent => Meetings == 0 ? 100 : (int)Math.Round(100.0 * Present / Meetings, MidpointRounding.AwayFromZero);
}

/// <summary>
/// R28 (d), as far as meetings carry it: each teacher attends the association's meetings, so attendance
/// is reported as a percentage. The seeds set no minimum, so nothing is flagged.
/// </summary>
public static class AttendanceReport
{
    public static IReadOnlyList<MemberAttendance> For(MethodologicalBody body, IEnumerable<Meeting> meetings)
    {
        var held = meetings.Where(m => m.BodyId == body.Id && m.Status == MeetingStatus.Held).ToList();
        return body.Memberships.Select(m => m.PersonId).Distinct().Select(personId =>
        {
            var asMember = held.Where(h => body.Memberships.Any(m => m.PersonId == personId && m.IsActiveOn(h.Date))).ToList();
            var present = asMember.Count(h => h.Attendance.Any(a => a.PersonId == personId && a.Present));
            return new MemberAttendance(personId, asMember.Count, present);
        }).ToList();
    }
}
