using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Localization;

/// <summary>
/// Enum values shown to users are localized under the key "Type.Value" (e.g. "AppRole.Director").
/// Enums listed in <see cref="UserVisible"/> are checked by a test for all four languages.
/// </summary>
public static class EnumText
{
    public static readonly Type[] UserVisible =
    [
        typeof(Auth.AppRole),
        typeof(Features.Organizations.Domain.Country),
        typeof(Features.Organizations.Domain.OrganizationKind),
        typeof(Features.Organizations.Domain.EducationLevel),
        typeof(Features.Organizations.Domain.InstructionLanguages),
        typeof(Features.Organizations.Domain.DocumentLanguage),
        typeof(Features.Organizations.Domain.Position),
        typeof(Features.Organizations.Domain.QualificationCategory),
        typeof(Features.Organizations.Domain.EducationDegree),
        typeof(Features.Associations.Domain.BodyKind),
        typeof(Features.Associations.Domain.BodyScope),
        typeof(Features.Associations.Domain.MoAudience),
        typeof(Features.Associations.Domain.BodyStatus),
        typeof(Features.Associations.Domain.MembershipRole),
        typeof(Features.Associations.Domain.MembershipEndReason),
        typeof(Features.Associations.Domain.CouncilMemberCategory),
        typeof(Features.Associations.Domain.OrderIssuer),
        typeof(Features.Associations.Domain.HeadTermEndReason),
        typeof(Features.Associations.Domain.ChairEligibility),
        typeof(Features.Associations.Domain.PlanStatus),
        typeof(Features.Associations.Domain.PlanVersionKind),
        typeof(Features.Associations.Domain.WorkForm),
        typeof(Features.Associations.Domain.ItemCompletion),
        typeof(Features.Associations.Domain.AnalysisPeriod),
        typeof(Features.Associations.Domain.MeetingStatus),
        typeof(Features.Associations.Domain.AgendaTopic),
        typeof(Features.Associations.Domain.MinutesStatus),
        typeof(Features.Associations.Domain.DecisionType),
        typeof(Features.Associations.Domain.DecisionStatus),
        typeof(Features.Associations.Domain.RouteAction),
        typeof(Features.Associations.Domain.StepKind),
    ];

    public static string Enum<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, System.Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>A flags value as a comma-separated list of its localized members.</summary>
    public static string Flags<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, System.Enum =>
        string.Join(", ", System.Enum.GetValues<TEnum>()
            .Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(v))
            .Select(v => localizer.Enum(v)));
}
