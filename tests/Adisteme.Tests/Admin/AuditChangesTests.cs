using Adisteme.Web.Features.Admin;

namespace Adisteme.Tests.Admin;

public sealed class AuditChangesTests
{
    [Fact]
    public void Of_Update_ListsOnlyChangedFieldsWithoutVersion()
    {
        var changes = AuditChanges.Of(
            """{"Id":7,"Name":"Old","Phone":null,"Count":3,"Version":"a"}""",
            """{"Id":7,"Name":"New","Phone":"+7 700","Count":3,"Version":"b"}""");

        Assert.Equal([new FieldChange("Name", "Old", "New"), new FieldChange("Phone", null, "+7 700")], changes);
    }

    [Fact]
    public void Of_Creation_ListsTheValuesSet()
    {
        var changes = AuditChanges.Of(null, """{"Id":3,"Name":"School","Email":null,"IsFullyStaffed":true}""");

        Assert.Equal([new FieldChange("Id", null, "3"), new FieldChange("Name", null, "School"), new FieldChange("IsFullyStaffed", null, "true")], changes);
    }

    [Fact]
    public void Of_Deletion_ListsTheValuesLost()
    {
        var changes = AuditChanges.Of("""{"Id":3,"Name":"School"}""", null);

        Assert.Equal([new FieldChange("Id", "3", null), new FieldChange("Name", "School", null)], changes);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Of_UnreadableBefore_TreatsItAsEmpty(string before)
    {
        Assert.Equal([new FieldChange("Name", null, "X")], AuditChanges.Of(before, """{"Name":"X"}"""));
    }

    [Fact]
    public void Of_NothingChanged_IsEmpty()
    {
        Assert.Empty(AuditChanges.Of("""{"Name":"A","Version":"1"}""", """{"Name":"A","Version":"2"}"""));
    }
}
