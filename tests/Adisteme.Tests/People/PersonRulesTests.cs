using Adisteme.Web.Features.Organizations.People;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Tests.People;

/// <summary>Pure rules of people: IIN input, search terms, grant scopes.</summary>
public sealed class PersonRulesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData(" 880412-400 017 ", "880412400017")]
    [InlineData("88041240001x", "88041240001x")]
    public void NormalizedIin_SpacesAndDashes_AreDropped(string? typed, string? expected) =>
        Assert.Equal(expected, PersonRules.NormalizedIin(typed));

    [Fact]
    public void Check_ValidIinWithSpaces_HasNoErrors()
    {
        var iin = StaffData.ValidIin("880412", 1);

        Assert.True(PersonRules.Check(new PersonInput { Iin = $"{iin[..6]} {iin[6..]}" }, new KeyLocalizer()).IsEmpty);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("88041240001x")]
    public void Check_BadIin_ErrorOnIin(string iin)
    {
        var errors = PersonRules.Check(new PersonInput { Iin = iin }, new KeyLocalizer()).ToDictionary();

        Assert.Equal(["The IIN must be 12 digits with a correct check digit."], errors["Iin"]);
    }

    [Fact]
    public void Check_IinWithWrongCheckDigit_ErrorOnIin()
    {
        var iin = StaffData.ValidIin("880412", 1);
        var wrong = iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10));

        Assert.False(PersonRules.Check(new PersonInput { Iin = wrong }, new KeyLocalizer()).IsEmpty);
    }

    [Fact]
    public void Apply_BlankOptionalFields_AreStoredAsNull()
    {
        var person = PersonEditor.Create(new PersonInput { Surname = " Әлиева ", Name = "Дана", Patronymic = " ", Iin = "", Email = "" });

        Assert.Equal(("Әлиева", (string?)null, (string?)null, (string?)null), (person.Surname, person.Patronymic, person.Iin, person.Email));
    }

    [Fact]
    public void Terms_MixedCaseWords_LowercasedDistinctAndAtMostFive() =>
        Assert.Equal(["әбдір", "гүлжан", "a", "b", "c"], StaffSearch.Terms("  ӘБДІР Гүлжан әбдір a b c d "));

    [Theory]
    [InlineData("Global", ScopeKind.Global, null)]
    [InlineData("District:7", ScopeKind.District, 7)]
    [InlineData("Organization:12", ScopeKind.Organization, 12)]
    public void TryParseScope_ValuesFromTheForm_RoundTrip(string value, ScopeKind kind, int? id)
    {
        Assert.True(RoleGrantEditor.TryParseScope(value, out var parsedKind, out var parsedId));
        Assert.Equal((kind, id), (parsedKind, parsedId));
        Assert.Equal(value, RoleGrantEditor.ScopeValue(kind, id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Global:1")]
    [InlineData("Region:-1")]
    [InlineData("Planet:3")]
    [InlineData("District")]
    [InlineData("3:5")]
    public void TryParseScope_Garbage_IsRefused(string? value) =>
        Assert.False(RoleGrantEditor.TryParseScope(value, out _, out _));
}
