namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>A decision with the meeting it was taken at, for lists of open and overdue decisions.</summary>
public sealed record MeetingDecision(Meeting Meeting, Decision Decision);

/// <summary>
/// Decisions after the meeting: carried forward while open, overdue for their responsible person, and
/// relied on by other records (R23, R24, R25, R27, R40).
/// </summary>
public static class DecisionRules
{
    /// <summary>Open decisions of the body's earlier meetings (any school year), oldest first, to show at <paramref name="meeting"/>.</summary>
    public static IReadOnlyList<MeetingDecision> CarriedForward(Meeting meeting, IEnumerable<Meeting> bodyMeetings) =>
        bodyMeetings
            .Where(m => m.BodyId == meeting.BodyId && m != meeting && m.Minutes is not null
                && (m.Date < meeting.Date || (m.Date == meeting.Date && m.SchoolYearId == meeting.SchoolYearId && m.Number < meeting.Number)))
            .OrderBy(m => m.Date).ThenBy(m => m.Number)
            .SelectMany(m => m.Minutes!.Decisions.Where(d => d.Status == DecisionStatus.Open).OrderBy(d => d.Number).Select(d => new MeetingDecision(m, d)))
            .ToList();

    /// <summary>Open decisions past their due date for which <paramref name="personId"/> is responsible (their home page).</summary>
    public static IReadOnlyList<MeetingDecision> OverdueFor(int personId, IEnumerable<Meeting> meetings, DateOnly today) =>
        meetings.Where(m => m.Minutes is not null)
            .SelectMany(m => m.Minutes!.Decisions.Where(d => d.ResponsiblePersonId == personId && d.IsOverdue(today)).Select(d => new MeetingDecision(m, d)))
            .OrderBy(md => md.Decision.DueDate)
            .ToList();

    /// <summary>
    /// Whether a decision can serve as the basis another record needs: of the right type, in signed
    /// minutes of an association (R23 attestation materials, R24 programmes and exam materials, R25 event
    /// regulations, R27 nominations and recommendations), concerning the right teacher when one is named.
    /// </summary>
    public static IReadOnlyList<RuleFinding> CheckBasis(DecisionEvidence? evidence, DecisionType required, RuleRef rule, int? concernsPersonId = null)
    {
        if (evidence is null)
        {
            return [rule.Error(RuleMessages.DecisionBasisMissing)];
        }
        var findings = new List<RuleFinding>();
        if (evidence.Type != required)
        {
            findings.Add(rule.Error(RuleMessages.DecisionWrongType));
        }
        if (!evidence.InSignedMinutes)
        {
            findings.Add(rule.Error(RuleMessages.DecisionNotSigned));
        }
        if (evidence.BodyKind is not (BodyKind.MethodologicalAssociation or BodyKind.SubjectCommission or BodyKind.CycleCommission))
        {
            findings.Add(rule.Error(RuleMessages.DecisionNotOfAssociation));
        }
        if (concernsPersonId is not null && evidence.ConcernsPersonId != concernsPersonId)
        {
            findings.Add(rule.Error(RuleMessages.DecisionAboutSomeoneElse));
        }
        return findings;
    }

    /// <summary>R40: excluding a council member for non-performance needs a signed decision of that council about that member.</summary>
    public static IReadOnlyList<RuleFinding> CheckExclusion(MethodologicalBody body, int personId, DecisionEvidence? evidence)
    {
        if (evidence is null)
        {
            return [RuleCatalog.R40.Error(RuleMessages.ExclusionNeedsDecision).For("DecisionId")];
        }
        var ok = evidence.BodyId == body.Id && evidence.Type == DecisionType.MemberExclusion && evidence.InSignedMinutes && evidence.ConcernsPersonId == personId;
        return ok ? [] : [RuleCatalog.R40.Error(RuleMessages.ExclusionNeedsDecision).For("DecisionId")];
    }
}
