namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>One row of a spreadsheet or CSV file as text, with the row number people see (1-based).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
