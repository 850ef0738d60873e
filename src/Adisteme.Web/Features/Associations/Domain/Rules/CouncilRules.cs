using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>Checks of an organization's methodological council (S003) beyond what its own methods refuse.</summary>
public static class CouncilRules
{
    /// <summary>
    /// R32: an active council within its bounds (they are configurable and may change after members joined);
    /// R33: every member has a category, and the heads of the organization's associations sit on it (proposal: warning).
    /// </summary>
    public static IReadOnlyList<RuleFinding> Composition(MethodologicalBody council, IEnumerable<MethodologicalBody> associations, DateOnly today, AssociationRulesOptions options)
    {
        if (!council.IsCouncil || council.Status != BodyStatus.Active)
        {
            return [];
        }
        var findings = new List<RuleFinding>();
        if (council.MemberCount < options.Council.MinMembers)
        {
            findings.Add(RuleCatalog.R32.Error(RuleMessages.CouncilTooFewMembers, options.Council.MinMembers, council.MemberCount).About(council.Id));
        }
        if (council.MemberCount > options.Council.MaxMembers)
        {
            findings.Add(RuleCatalog.R32.Error(RuleMessages.CouncilOverMaximum, options.Council.MaxMembers, council.MemberCount).About(council.Id));
        }
        if (council.ActiveMembers.Any(m => m.Category is null))
        {
            findings.Add(RuleCatalog.R33.Error(RuleMessages.CouncilCategoryRequired).About(council.Id));
        }
        foreach (var association in associations.Where(a => a.IsAssociation && a.OrganizationId == council.OrganizationId && a.Status == BodyStatus.Active))
        {
            if (association.CurrentHead(today) is { } head && !council.IsActiveMember(head.PersonId))
            {
                findings.Add(RuleCatalog.R33.Warning(RuleMessages.AssociationHeadNotOnCouncil, association.Name).About(association.Id));
            }
        }
        return findings;
    }

    /// <summary>R31 (proposal): the council should not discuss a topic the pedagogical council has on its agenda in the same quarter.</summary>
    public static IReadOnlyList<RuleFinding> AgendaOverlap(SchoolYear year, IEnumerable<Meeting> councilMeetings, IEnumerable<Meeting> pedagogicalMeetings)
    {
        static IEnumerable<(int Quarter, AgendaTopic Topic, Meeting Meeting)> Topics(SchoolYear year, IEnumerable<Meeting> meetings) =>
            meetings.Where(m => m.Status != MeetingStatus.Cancelled && m.SchoolYearId == year.Id)
                .SelectMany(m => m.Agenda.Where(a => a.Topic is { } t && t is not (AgendaTopic.Other or AgendaTopic.MethodologicalCouncilReport))
                    .Select(a => (SchoolYearQuarters.NumberOf(year, m.Date), a.Topic!.Value, m)));

        var pedagogical = Topics(year, pedagogicalMeetings).Select(t => (t.Quarter, t.Topic)).ToHashSet();
        return Topics(year, councilMeetings)
            .Where(t => pedagogical.Contains((t.Quarter, t.Topic)))
            .DistinctBy(t => (t.Meeting, t.Topic))
            .Select(t => RuleCatalog.R31.Warning(RuleMessages.CouncilDuplicatesPedagogical, t.Meeting.Number, t.Quarter).About(t.Meeting.Id))
            .ToList();
    }

    /// <summary>R38 (proposal): by the end of the school year the council has reported to the pedagogical council (an agenda item of a held meeting).</summary>
    public static IReadOnlyList<RuleFinding> Reporting(MethodologicalBody council, SchoolYear year, IEnumerable<Meeting> pedagogicalMeetings, DateOnly today)
    {
        if (!council.IsCouncil || council.Status != BodyStatus.Active || today <= year.EndsOn)
        {
            return [];
        }
        var reported = pedagogicalMeetings.Any(m => m.SchoolYearId == year.Id && m.Status == MeetingStatus.Held
            && m.Agenda.Any(a => a.Topic == AgendaTopic.MethodologicalCouncilReport));
        return reported ? [] : [RuleCatalog.R38.Warning(RuleMessages.CouncilDidNotReport, year.Title).About(council.Id)];
    }
}
