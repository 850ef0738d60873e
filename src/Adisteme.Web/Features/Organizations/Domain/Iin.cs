namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>
/// Kazakhstan's individual identification number (ЖСН / ИИН): 12 digits, the first six the date of
/// birth (YYMMDD), the 7th the century and sex, the 12th a check digit computed with two weight rows.
/// </summary>
public static class Iin
{
    private static readonly int[] s_weights1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] s_weights2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }
        var digits = value.Select(c => c - '0').ToArray();
        var month = digits[2] * 10 + digits[3];
        var day = digits[4] * 10 + digits[5];
        if (month is < 1 or > 12 || day is < 1 or > 31 || digits[6] is < 1 or > 6)
        {
            return false;
        }
        var check = Checksum(digits, s_weights1);
        if (check == 10)
        {
            check = Checksum(digits, s_weights2);
            if (check == 10)
            {
                return false;
            }
        }
        return check == digits[11];
    }

    /// <summary>Digits, spaces and dashes typed by people are reduced to the 12 digits.</summary>
    public static string Normalize(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static int Checksum(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += digits[i] * weights[i];
        }
        return sum % 11;
    }
}
