namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// A head's (or council chair's) term, by order (R9, R10, R11): the order's number and date, who issued
/// it, the term, and how it ended. Appointments are never deleted, so the body keeps its history of heads.
/// </summary>
public sealed class HeadAppointment
{
    private HeadAppointment()
    {
    }

    internal HeadAppointment(int personId, OrderRef order, OrderIssuer issuer, DateOnly termStart, DateOnly termEnd, int? electedAtMeetingId)
    {
        PersonId = personId;
        OrderNumber = order.Number.Trim();
        OrderDate = order.Date;
        Issuer = issuer;
        TermStart = termStart;
        TermEnd = termEnd;
        ElectedAtMeetingId = electedAtMeetingId;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int PersonId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public DateOnly OrderDate { get; private set; }
    public OrderIssuer Issuer { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly TermEnd { get; private set; }
    /// <summary>R10 (proposal): the meeting whose minutes record the head's election, when there was one.</summary>
    public int? ElectedAtMeetingId { get; private set; }
    /// <summary>The first day the person is no longer head, when the term ended early.</summary>
    public DateOnly? EndedOn { get; private set; }
    public HeadTermEndReason? EndReason { get; private set; }
    public string? EndOrderNumber { get; private set; }
    public DateOnly? EndOrderDate { get; private set; }

    public OrderRef Order => new(OrderNumber, OrderDate);

    public bool IsCurrentOn(DateOnly date) => TermStart <= date && date <= TermEnd && (EndedOn is null || date < EndedOn);

    /// <summary>The term ran out without being ended or replaced (shown on the deputy's page).</summary>
    public bool IsExpiredOn(DateOnly date) => EndedOn is null && date > TermEnd;

    internal void End(DateOnly on, HeadTermEndReason reason, OrderRef? order)
    {
        EndedOn = on;
        EndReason = reason;
        EndOrderNumber = order?.Number.Trim();
        EndOrderDate = order?.Date;
    }
}
