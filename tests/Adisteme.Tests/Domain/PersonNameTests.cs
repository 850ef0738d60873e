using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Tests.Domain;

public sealed class PersonNameTests
{
    [Fact]
    public void SurnameWithInitials_KazakhName_UsesFirstLetters() =>
        Assert.Equal("Серікова Ә.Б.", PersonName.SurnameWithInitials("Серікова", "әсем", "Болатқызы"));

    [Fact]
    public void SurnameWithInitials_NoPatronymic_OneInitial() =>
        Assert.Equal("Smith J.", PersonName.SurnameWithInitials("Smith", "John", null));

    [Fact]
    public void Full_NoPatronymic_TwoParts() => Assert.Equal("Иванова Елена", PersonName.Full("Иванова", "Елена", " "));
}
