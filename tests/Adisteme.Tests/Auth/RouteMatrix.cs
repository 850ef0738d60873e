namespace Adisteme.Tests.Auth;

/// <summary>
/// The expected answer of every GET route for every demo login. Scopes of the demo logins:
/// admin (everything), centre (the region), methodologist (Қостанай қаласы: school 101, the gymnasium
/// and the centre), director/deputy/head/teacher (school 101), commission (the centre), director.gym (the gymnasium).
/// </summary>
public static class RouteMatrix
{
    private static readonly string[] s_everyone = DemoIds.Users;
    private static readonly string[] s_peopleManagers = ["admin", "centre", "methodologist", "director", "deputy", "director.gym"];

    /// <summary>Signed-in users in <paramref name="allowed"/> get 200, other signed-in users <paramref name="others"/>, anonymous the sign-in page.</summary>
    private static Func<string?, Outcome> Only(string[] allowed, Outcome others = Outcome.Hidden) =>
        user => user is null ? Outcome.SignIn : allowed.Contains(user) ? Outcome.Ok : others;

    private static Func<string?, Outcome> Anyone(Outcome outcome) => _ => outcome;

    /// <summary>Anonymous callers get the sign-in page; signed-in users the given outcome.</summary>
    private static Func<string?, Outcome> SignedIn(this Func<string?, Outcome> outcome) => user => user is null ? Outcome.SignIn : outcome(user);

    /// <summary>Users whose scope reaches an organization: its own staff logins plus the district's and region's.</summary>
    private static string[] Reaching(params string[] local) => ["admin", "centre", .. local];

    /// <summary>Within <paramref name="reach"/>: managers of people get 200, other roles are denied; outside, hidden.</summary>
    private static Func<string?, Outcome> Manage(string[] reach) => user => user is null ? Outcome.SignIn
        : !reach.Contains(user) ? Outcome.Hidden
        : user is "head" or "teacher" or "commission" ? Outcome.Denied : Outcome.Ok;

    /// <summary>Within <paramref name="reach"/>: those who may grant roles get 200 (not deputies, heads, teachers).</summary>
    private static Func<string?, Outcome> Grant(string[] reach) => user => user is null ? Outcome.SignIn
        : !reach.Contains(user) ? Outcome.Hidden
        : user is "deputy" or "head" or "teacher" or "commission" ? Outcome.Denied : Outcome.Ok;

    public static IReadOnlyList<RouteCase> Cases(DemoIds ids)
    {
        string[] cityUsers = Reaching("methodologist");
        string[] school101 = [.. cityUsers, "director", "deputy", "head", "teacher"];
        return
        [
            new("/", "/", Only(s_everyone)),
            new("/Index", "/Index", Only(s_everyone)),
            new("/Account/Login", "/Account/Login", Anyone(Outcome.Ok)),
            new("/Account/Logout", "/Account/Logout", Only(s_everyone)),
            new("/Account/Manage", "/Account/Manage", Only(s_everyone)),
            new("/Account/ChangePassword", "/Account/ChangePassword", Only(s_everyone)),
            new("/Account/TwoFactor", "/Account/TwoFactor", Only(s_everyone)),
            new("/Account/LoginWith2fa", "/Account/LoginWith2fa", Anyone(Outcome.SignIn)),
            // The hierarchy.
            new("/Organizations", "/Organizations", Only(s_everyone)),
            new("/Organizations/Index", "/Organizations/Index", Only(s_everyone)),
            new("/Organizations/Regions/Details/{id:int}", $"/Organizations/Regions/Details/{ids.Region}", Only(s_everyone)),
            new("/Organizations/Regions/Create", "/Organizations/Regions/Create", Only(["admin"], Outcome.Denied)),
            new("/Organizations/Regions/Edit/{id:int}", $"/Organizations/Regions/Edit/{ids.Region}", Only(["admin", "centre"], Outcome.Denied)),
            new("/Organizations/Districts/Details/{id:int}", $"/Organizations/Districts/Details/{ids.RuralDistrict}", Only(["admin", "centre"])),
            new("/Organizations/Districts/Create", $"/Organizations/Districts/Create?regionId={ids.Region}", Only(["admin", "centre"], Outcome.Denied)),
            new("/Organizations/Districts/Edit/{id:int}", $"/Organizations/Districts/Edit/{ids.CityDistrict}", Only(cityUsers, Outcome.Denied)),
            new("/Organizations/Details/{id:int}", $"/Organizations/Details/{ids.Gymnasium}", Only([.. cityUsers, "director.gym"])),
            new("/Organizations/Details/{id:int}", $"/Organizations/Details/{ids.RuralSchool}", Only(["admin", "centre"])),
            new("/Organizations/Create", $"/Organizations/Create?districtId={ids.CityDistrict}", Only(cityUsers, Outcome.Denied)),
            new("/Organizations/Edit/{id:int}", $"/Organizations/Edit/{ids.School101}",
                u => u is null ? Outcome.SignIn : u is "admin" or "centre" or "methodologist" or "director" ? Outcome.Ok : school101.Contains(u) ? Outcome.Denied : Outcome.Hidden),
            // People: school 101's staff member (no login) and a staff member of the rural district.
            new("/Organizations/People", "/Organizations/People", Only(s_everyone)),
            new("/Organizations/People/Index", $"/Organizations/People/Index?organizationId={ids.Gymnasium}", Only(s_everyone)),
            new("/Organizations/People/Create", $"/Organizations/People/Create?organizationId={ids.School101}", Manage(school101)),
            new("/Organizations/People/Details/{id:int}", $"/Organizations/People/Details/{ids.School101Teacher}", Only(school101)),
            new("/Organizations/People/Details/{id:int}", $"/Organizations/People/Details/{ids.RuralTeacher}", Only(["admin", "centre"])),
            new("/Organizations/People/Edit/{id:int}", $"/Organizations/People/Edit/{ids.School101Teacher}", Manage(school101)),
            new("/Organizations/People/Edit/{id:int}", $"/Organizations/People/Edit/{ids.GymnasiumTeacher}", Manage([.. cityUsers, "director.gym"])),
            new("/Organizations/People/Employments/Add/{personId:int}", $"/Organizations/People/Employments/Add/{ids.School101Teacher}", Manage(school101)),
            new("/Organizations/People/Employments/Edit/{id:int}", $"/Organizations/People/Employments/Edit/{ids.School101TeacherEmployment}", Manage(school101)),
            new("/Organizations/People/Employments/End/{id:int}", $"/Organizations/People/Employments/End/{ids.School101TeacherEmployment}", Manage(school101)),
            new("/Organizations/People/Login/{personId:int}", $"/Organizations/People/Login/{ids.School101Teacher}", Grant(school101)),
            new("/Organizations/People/Roles/{personId:int}", $"/Organizations/People/Roles/{ids.School101Teacher}", Grant(school101)),
            // JSON API (the browser's cookie is accepted too; anonymous callers get 401).
            new("/api/v1/regions/", "/api/v1/regions", Only(s_everyone)),
            new("/api/v1/regions/{id:int}", $"/api/v1/regions/{ids.Region}", Only(s_everyone)),
            new("/api/v1/districts/", "/api/v1/districts", Only(s_everyone)),
            new("/api/v1/districts/{id:int}", $"/api/v1/districts/{ids.RuralDistrict}", Only(["admin", "centre"])),
            new("/api/v1/organizations/", "/api/v1/organizations", Only(s_everyone)),
            new("/api/v1/organizations/{id:int}", $"/api/v1/organizations/{ids.Gymnasium}", Only([.. cityUsers, "director.gym"])),
            new("/api/v1/people/", "/api/v1/people", Only(s_everyone)),
            new("/api/v1/people/{id:int}", $"/api/v1/people/{ids.RuralTeacher}", Only(["admin", "centre"])),
            new("/api/v1/subjects", "/api/v1/subjects", Only(s_everyone)),
            // Associations API: the list for everyone; a body or meeting that does not exist is hidden from every signed-in user
            // (Api/Associations covers real bodies).
            new("/api/v1/bodies/", "/api/v1/bodies", Only(s_everyone)),
            new("/api/v1/bodies/{id:int}", "/api/v1/bodies/999999", Only([])),
            new("/api/v1/bodies/{id:int}/memberships", "/api/v1/bodies/999999/memberships", Only([])),
            new("/api/v1/bodies/{id:int}/plan", "/api/v1/bodies/999999/plan", Only([])),
            new("/api/v1/bodies/{id:int}/meetings", "/api/v1/bodies/999999/meetings", Only([])),
            new("/api/v1/meetings/{id:int}", "/api/v1/meetings/999999", Only([])),
            // Staff import: ManagePeople somewhere (admin, centre, methodologist, director, deputy, director.gym).
            new("/Organizations/Import", "/Organizations/Import", Only(s_peopleManagers, Outcome.Denied)),
            new("/Organizations/Import/Index", $"/Organizations/Import/Index?organizationId={ids.School101}", Manage(school101)),
            new("/Organizations/Import/Template", "/Organizations/Import/Template", Only(s_peopleManagers, Outcome.Denied)),
            // A well-formed key of a file that is not (or no longer) stored: managers are sent back to the upload form.
            new("/Organizations/Import/Preview", $"/Organizations/Import/Preview?organizationId={ids.School101}&file=2026/11/none.csv",
                user => Manage(school101)(user) == Outcome.Ok ? Outcome.Redirect : Manage(school101)(user)),
            // Meetings of methodological bodies: the demo data has no bodies, so an id that does not exist is hidden from everyone
            // (the scope of real bodies is proved by MeetingScopeTests); the calendar feed lists what each user may see.
            new("/Associations/Meetings/{bodyId:int}", "/Associations/Meetings/999999", u => u is null ? Outcome.SignIn : Outcome.Hidden),
            new("/Associations/Meetings/Index/{bodyId:int}", "/Associations/Meetings/Index/999999", u => u is null ? Outcome.SignIn : Outcome.Hidden),
            new("/Associations/Meetings/Details/{meetingId:int}", "/Associations/Meetings/Details/999999", u => u is null ? Outcome.SignIn : Outcome.Hidden),
            new("/Associations/Meetings/Calendar.ics", "/Associations/Meetings/Calendar.ics", Only(s_everyone)),
            // Annual work plans: a body that does not exist is hidden from everyone (the plan scenarios cover real bodies).
            new("/Associations/Plans/{bodyId:int}", "/Associations/Plans/999999", Anyone(Outcome.Hidden).SignedIn()),
            new("/Associations/Plans/Index/{bodyId:int}", "/Associations/Plans/Index/999999", Anyone(Outcome.Hidden).SignedIn()),
            new("/Associations/Plans/Item/{itemId:int}", "/Associations/Plans/Item/999999", Anyone(Outcome.Hidden).SignedIn()),
            // Methodological bodies: the list for everyone; a body that does not exist is hidden from every signed-in user.
            new("/Associations", "/Associations", Only(s_everyone)),
            new("/Associations/Index", "/Associations/Index", Only(s_everyone)),
            new("/Associations/Create", $"/Associations/Create?organizationId={ids.School101}", Manage(school101)),
            new("/Associations/Details/{id:int}", "/Associations/Details/999999", Only([])),
            new("/Associations/Members/{id:int}", "/Associations/Members/999999", Only([])),
            new("/Associations/Head/{id:int}", "/Associations/Head/999999", Only([])),
            new("/Associations/Settings/{id:int}", "/Associations/Settings/999999", Only([])),
            // Attached documents are found through the record they belong to: none here, so nobody sees anything.
            new("/Associations/File/{kind}/{id:int}", "/Associations/File/regulation/999999", Only([])),
            // The overview: those who control associations, in their own scope (a deputy or director: their organization only).
            new("/Associations/Overview", "/Associations/Overview", Manage(s_everyone)),
            new("/Associations/Overview", $"/Associations/Overview?organizationId={ids.School101}", Manage(school101)),
            new("/Associations/Overview", $"/Associations/Overview?districtId={ids.CityDistrict}", Manage(cityUsers)),
            new("/Associations/Overview", $"/Associations/Overview?districtId={ids.RuralDistrict}", Manage(["admin", "centre"])),
            new("/Admin/Audit", "/Admin/Audit", Only(["admin"], Outcome.Denied)),
            new("/Account/AccessDenied", "/Account/AccessDenied", Anyone(Outcome.Ok)),
            new("/Account/Lockout", "/Account/Lockout", Anyone(Outcome.Ok)),
            new("/Culture", "/Culture", Anyone(Outcome.Redirect)),
            new("/Error", "/Error", Anyone(Outcome.Ok)),
            // The benchmark's bare page exists only with Bench:Enabled=true.
            new("/Bench/Bare", "/Bench/Bare", Anyone(Outcome.Hidden)),
            new("/health/live", "/health/live", Anyone(Outcome.Ok)),
            new("/health/ready", "/health/ready", Anyone(Outcome.Ok)),
            new("/openapi/{documentName}.json", "/openapi/v1.json", Anyone(Outcome.Ok)),
        ];
    }
}
