using Adisteme.Web.Features.Home;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.Home;

public sealed class AttentionRulesTests
{
    private static readonly DateOnly s_today = new(2026, 11, 20);

    private static CategoryHolding Holding(int personId, int daysFromToday, string name = "Person") =>
        new(personId, name, "School", QualificationCategory.PedagogueExpert, s_today.AddDays(daysFromToday));

    private static IReadOnlyList<AttentionItem> Staff(params CategoryHolding[] staff) =>
        AttentionRules.Evaluate(new AttentionFacts([], staff, []), s_today);

    [Theory]
    [InlineData(-400, AttentionKind.CategoryExpired)]
    [InlineData(-1, AttentionKind.CategoryExpired)]
    [InlineData(0, AttentionKind.CategoryExpiring)]
    [InlineData(1, AttentionKind.CategoryExpiring)]
    [InlineData(90, AttentionKind.CategoryExpiring)]
    public void Evaluate_ExpiryInsideWindow_IsFlagged(int daysFromToday, AttentionKind expected)
    {
        var item = Assert.Single(Staff(Holding(1, daysFromToday)));
        Assert.Equal(expected, item.Kind);
        Assert.Equal(s_today.AddDays(daysFromToday), item.Date);
        Assert.Equal("/Organizations/People/Details/1", item.Href);
    }

    [Theory]
    [InlineData(91)]
    [InlineData(365)]
    public void Evaluate_ExpiryBeyondNinetyDays_IsNotFlagged(int daysFromToday)
    {
        Assert.Empty(Staff(Holding(1, daysFromToday)));
    }

    [Fact]
    public void Horizon_IsNinetyDaysAhead()
    {
        Assert.Equal(new DateOnly(2027, 2, 18), AttentionRules.Horizon(s_today));
    }

    [Fact]
    public void Evaluate_Staff_ExpiredFirstThenSoonestExpiring()
    {
        var items = Staff(Holding(1, 60, "C"), Holding(2, -10, "A"), Holding(3, 5, "B"), Holding(4, -100, "Z"));

        Assert.Equal(["Z", "A", "B", "C"], items.Select(i => i.Subject));
        Assert.Equal([AttentionKind.CategoryExpired, AttentionKind.CategoryExpired, AttentionKind.CategoryExpiring, AttentionKind.CategoryExpiring], items.Select(i => i.Kind));
    }

    [Fact]
    public void Evaluate_OwnCategory_SaidOnceInOwnWordsNotAgainAmongStaff()
    {
        var own = Holding(7, 30, "Me");
        var items = AttentionRules.Evaluate(new AttentionFacts([own], [own, Holding(8, 30, "Colleague")], []), s_today);

        Assert.Equal([(AttentionKind.OwnCategoryExpiring, "Me"), (AttentionKind.CategoryExpiring, "Colleague")], items.Select(i => (i.Kind, i.Subject)));
    }

    [Fact]
    public void Evaluate_OwnExpiredCategory_IsOwnExpired()
    {
        var item = Assert.Single(AttentionRules.Evaluate(new AttentionFacts([Holding(7, -1)], [], []), s_today));
        Assert.Equal(AttentionKind.OwnCategoryExpired, item.Kind);
    }

    [Fact]
    public void Evaluate_SameHoldingTwice_IsListedOnce()
    {
        Assert.Single(Staff(Holding(1, 10), Holding(1, 10)));
    }

    [Fact]
    public void Evaluate_Organizations_OnlyThoseWithoutDirectorLinkedToDetails()
    {
        var items = AttentionRules.Evaluate(new AttentionFacts([], [],
            [new DirectorPost(5, "School B", Filled: false), new DirectorPost(6, "School A", Filled: true), new DirectorPost(4, "Centre", Filled: false)]), s_today);

        Assert.Equal([("Centre", "/Organizations/Details/4"), ("School B", "/Organizations/Details/5")], items.Select(i => (i.Subject, i.Href)));
        Assert.All(items, i => Assert.Equal(AttentionKind.NoDirector, i.Kind));
    }

    [Theory]
    [InlineData(AppRole.Administrator, true)]
    [InlineData(AppRole.CentreStaff, true)]
    [InlineData(AppRole.DistrictMethodologist, true)]
    [InlineData(AppRole.Director, false)]
    [InlineData(AppRole.Teacher, false)]
    public void OverseesOrganizations_DistrictCentreAndAdmin(AppRole role, bool expected)
    {
        Assert.Equal(expected, AttentionRules.OverseesOrganizations(role));
    }
}
