using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Tests.Domain;

public sealed class IinTests
{
    [Theory]
    [InlineData("900101300017")] // check digit 7 from the first weight row
    [InlineData("850312400019")]
    public void IsValid_CorrectNumbers_True(string iin) => Assert.True(Iin.IsValid(iin));

    [Theory]
    [InlineData("900101300018")] // wrong check digit (7 is right)
    [InlineData("901301300017")] // month 13
    [InlineData("90010130001")]  // 11 digits
    [InlineData("9001013000A7")]
    [InlineData("900101700017")] // century digit 7
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_BrokenNumbers_False(string? iin) => Assert.False(Iin.IsValid(iin));

    [Fact]
    public void Normalize_SpacesAndDashes_Removed() => Assert.Equal("900101300017", Iin.Normalize("900 101-300 017"));
}
