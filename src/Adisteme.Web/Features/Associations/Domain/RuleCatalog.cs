namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// The rules of <c>domain/rules.md</c> sections A–F that this module checks, each with the seed clause
/// a finding cites. S000 = 000_798eb899166a5919.txt (MO regulation), S001 = 001_95050d30a69b4ddb.txt
/// (Order 583 and its Rules), S003 = 003_13ad41864d7ac565.txt (Kyrgyz council regulation).
/// docs/rules-coverage.md maps each rule to the code and the tests that prove it.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Shape of the input (a required text, dates in order): not a seed rule, but refused the same way.</summary>
    public static readonly RuleRef Input = new("Input", "");

    public static readonly RuleRef R1 = new("R1", "S001 cl.26");
    public static readonly RuleRef R2 = new("R2", "S001 cl.25, cl.27–28");
    public static readonly RuleRef R3 = new("R3", "S000 cl.1.2");
    public static readonly RuleRef R4 = new("R4", "S000 cl.6.1");
    public static readonly RuleRef R5 = new("R5", "S001 cl.16");
    public static readonly RuleRef R6 = new("R6", "S001 cl.27");
    public static readonly RuleRef R7 = new("R7", "S001 cl.28");
    public static readonly RuleRef R8 = new("R8", "S000 cl.1.3; S001 cl.11");
    public static readonly RuleRef R9 = new("R9", "S001 cl.30");
    public static readonly RuleRef R10 = new("R10", "S000 cl.4.4, 7.1");
    public static readonly RuleRef R11 = new("R11", "S001 cl.30");
    public static readonly RuleRef R12 = new("R12", "S001 cl.14, 31");
    public static readonly RuleRef R14 = new("R14", "S001 cl.29");
    public static readonly RuleRef R15 = new("R15", "S000 cl.4.2; S001 cl.29");
    public static readonly RuleRef R16 = new("R16", "S000 cl.7.4");
    public static readonly RuleRef R17 = new("R17", "S000 cl.4.1; S001 cl.29");
    public static readonly RuleRef R18 = new("R18", "S000 cl.7.3");
    public static readonly RuleRef R19 = new("R19", "S000 cl.7.16");
    public static readonly RuleRef R20 = new("R20", "S000 cl.4.3; S001 cl.25");
    public static readonly RuleRef R21 = new("R21", "S000 cl.4.3, 7.15");
    public static readonly RuleRef R22 = new("R22", "S000 cl.4.3");
    public static readonly RuleRef R23 = new("R23", "S000 cl.2.4");
    public static readonly RuleRef R24 = new("R24", "S000 cl.2.4, 3.12, 3.14");
    public static readonly RuleRef R25 = new("R25", "S000 cl.2.4, 7.14");
    public static readonly RuleRef R26 = new("R26", "S000 cl.2.4, 3.8, 7.8");
    public static readonly RuleRef R27 = new("R27", "S000 cl.5.1–5.9");
    public static readonly RuleRef R28 = new("R28", "S000 cl.6.1");
    public static readonly RuleRef R30 = new("R30", "S000 cl.7.1–7.19");
    public static readonly RuleRef R31 = new("R31", "S001 cl.32");
    public static readonly RuleRef R32 = new("R32", "S003 A§4");
    public static readonly RuleRef R33 = new("R33", "S003 intro, A§4, B§5.1");
    public static readonly RuleRef R34 = new("R34", "S003 A§4, B§5.2");
    public static readonly RuleRef R35 = new("R35", "S003 A§4, B§5.4");
    public static readonly RuleRef R36 = new("R36", "S003 A§5");
    public static readonly RuleRef R37 = new("R37", "S003 A§5");
    public static readonly RuleRef R38 = new("R38", "S003 intro, A§4, B§5.3");
    public static readonly RuleRef R40 = new("R40", "S003 A§7");
    public static readonly RuleRef R42 = new("R42", "S003 header");
}
