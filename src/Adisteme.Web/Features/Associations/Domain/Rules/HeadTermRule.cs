namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>
/// R9: an active body always has a current head; a term that ran out shows as expired (on the deputy's
/// page) and a term about to end gives a warning <c>HeadTermWarningDays</c> ahead (proposal).
/// </summary>
public static class HeadTermRule
{
    public static IReadOnlyList<RuleFinding> Evaluate(MethodologicalBody body, DateOnly today, AssociationRulesOptions options)
    {
        if (body.Status != BodyStatus.Active || !body.HasHead)
        {
            return [];
        }
        var current = body.CurrentHead(today);
        if (current is null)
        {
            var latest = body.LatestAppointment;
            return latest is not null && latest.IsExpiredOn(today)
                ? [RuleCatalog.R9.Error(RuleMessages.HeadTermExpired, latest.TermEnd).About(body.Id)]
                : [RuleCatalog.R9.Error(RuleMessages.NoCurrentHead).About(body.Id)];
        }
        var successor = body.Appointments.Any(a => a != current && a.TermStart > current.TermEnd && a.EndedOn is null);
        return !successor && current.TermEnd.DayNumber - today.DayNumber <= options.Mo.HeadTermWarningDays
            ? [RuleCatalog.R9.Warning(RuleMessages.HeadTermEndsSoon, current.TermEnd).About(body.Id)]
            : [];
    }
}
