using Adisteme.Web.Features.Associations.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Adisteme.BrowserTests;

/// <summary>
/// Issue #3 end to end, only through the pages and without a DB shortcut: the head of school 101's mathematics
/// association writes this year's plan (the demo plan is approved and an amendment is open, so the head drafts
/// the amended version), the deputy agrees it, the director approves it; the head holds a meeting and minutes it,
/// the chair and the secretary sign, and both documents come out as DOCX in the school's language (Kazakh).
/// The test clock is 20 November 2026.
/// </summary>
public sealed class AssociationJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string BodyName = "Математика пәні мұғалімдерінің әдістемелік бірлестігі";
    private const string SecretaryLogin = "secretary.math";
    private const string SecretaryPassword = "hatshy-2026-kupiya";

    [Fact]
    public async Task Head_DraftsPlan_DeputyAgrees_DirectorApproves_MeetingMinutedSignedExported()
    {
        var demo = await DemoAsync();

        // The director gives the association's secretary a login on the person's page.
        var director = await app.NewPageAsync();
        await BrowserApp.SignInAsync(director, "director");
        await director.GotoAsync($"/Organizations/People/Login/{demo.SecretaryId}");
        await director.FillAsync("input[name='NewLogin.UserName']", SecretaryLogin);
        await director.FillAsync("input[name='NewLogin.Password']", SecretaryPassword);
        await SubmitAsync(director, "form[action*='handler=Create'] button[type=submit]");
        await Expect(director.Locator("main")).ToContainTextAsync(SecretaryLogin);

        // The head finds the association, opens the plan and writes the amended version.
        var head = await app.NewPageAsync();
        await BrowserApp.SignInAsync(head, "head");
        await head.GotoAsync("/Associations");
        await ClickAsync(head, $"main a:has-text('{BodyName}')");
        await ClickAsync(head, $"main a.btn[href='/Associations/Plans/{demo.BodyId}']");
        var planUrl = head.Url;
        await head.FillAsync("input[name='Header.Theme']", "Функционалдық сауаттылықты дамыту арқылы математикалық білім сапасын арттыру");
        await head.FillAsync("textarea[name='Header.Goal']", "Математика мұғалімдерінің кәсіби құзыреттілігін арттыру");
        await head.FillAsync("textarea[name='Header.Tasks']", "Критериалды бағалауды жетілдіру\nЖас мамандарды қолдау\nОлимпиадаға дайындық жүйесін жаңарту");
        await SubmitAsync(head, "form[action*='handler=Header'] button[type=submit]");
        await Expect(head.Locator("textarea[name='Header.Tasks']")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Олимпиадаға дайындық"));

        // A new item for December…
        await head.FillAsync("textarea[name='Item.Content']", "Математикалық сауаттылық апталығы");
        await head.SelectOptionAsync("select[name='Item.Form']", nameof(WorkForm.OpenLesson));
        await head.FillAsync("input[name='Item.StartsOn']", "2026-12-07");
        await head.FillAsync("input[name='Item.EndsOn']", "2026-12-11");
        await head.CheckAsync($"form[action*='handler=AddItem'] input[name='Item.Responsible'][value='{demo.SecretaryId}']");
        await head.FillAsync("input[name='Item.ExpectedResult']", "Оқушылардың функционалдық сауаттылығы артады");
        await SubmitAsync(head, "form[action*='handler=AddItem'] button[type=submit]");
        await Expect(head.Locator("main")).ToContainTextAsync("Математикалық сауаттылық апталығы");
        await Accessibility.AssertNoSeriousViolationsAsync(head);

        // …and an existing one edited on its own page: R16 refuses an item without a responsible member at the field.
        await ClickAsync(head, "main tr:has-text('Математикалық сауаттылық апталығы') a[href^='/Associations/Plans/Item/']");
        await head.FillAsync("textarea[name='Input.Content']", "Математикалық сауаттылық апталығы: ашық сабақтар");
        foreach (var box in await head.Locator("form[action*='handler=Edit'] input[name='Input.Responsible']:checked").AllAsync())
        {
            await box.UncheckAsync();
        }
        await SubmitAsync(head, "form[action*='handler=Edit'] button[type=submit]");
        await Expect(head.Locator("form[action*='handler=Edit'] fieldset .field-error")).Not.ToBeEmptyAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(head);
        await head.CheckAsync($"form[action*='handler=Edit'] input[name='Input.Responsible'][value='{demo.HeadId}']");
        await SubmitAsync(head, "form[action*='handler=Edit'] button[type=submit]");
        Assert.Equal(planUrl, head.Url);
        await Expect(head.Locator("main")).ToContainTextAsync("Математикалық сауаттылық апталығы: ашық сабақтар");

        await SubmitAsync(head, "form[action*='handler=Submit'] button[type=submit]");
        await Expect(head.Locator("main")).ToContainTextAsync(await TextAsync(head, "PlanStatus.Submitted"));

        // The deputy agrees, the director approves.
        var deputy = await app.NewPageAsync();
        await BrowserApp.SignInAsync(deputy, "deputy");
        var plan = await AgreeApproveAsync(demo, planUrl, deputy, director);
        Assert.Contains("Математикалық сауаттылық апталығы: ашық сабақтар", plan, StringComparison.Ordinal);
        Assert.Contains("Олимпиадаға дайындық жүйесін жаңарту", plan, StringComparison.Ordinal);

        // The head schedules today's meeting with two agenda items.
        await head.GotoAsync($"/Associations/Details/{demo.BodyId}");
        await ClickAsync(head, $"main a.btn[href='/Associations/Meetings/{demo.BodyId}']");
        await head.FillAsync("input[name='Input.Date']", "2026-11-20");
        await head.FillAsync("input[name='Input.StartTime']", "15:00");
        await head.FillAsync("input[name='Input.Place']", "Мектеп, 214-кабинет");
        await head.FillAsync("input[name='Input.Agenda[0].Title']", "Жаңартылған жұмыс жоспары туралы");
        await head.SelectOptionAsync("select[name='Input.Agenda[0].SpeakerPersonId']", demo.HeadId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await head.FillAsync("input[name='Input.Agenda[1].Title']", "Математикалық сауаттылық апталығына дайындық");
        await head.SelectOptionAsync("select[name='Input.Agenda[1].SpeakerPersonId']", demo.SecretaryId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SubmitAsync(head, "form:has(input[name='Input.Date']) button[type=submit]");
        var row = head.Locator("#meetings tbody tr", new() { HasText = "Мектеп, 214-кабинет" });
        var number = (await row.Locator("td").First.InnerTextAsync()).Trim();
        await ClickAsync(head, "#meetings tbody tr:has-text('Мектеп, 214-кабинет') a");
        var meetingUrl = head.Url;

        // Attendance: one member is away with a reason; everybody else is present.
        var absent = head.Locator("#attendance div", new() { HasText = demo.AbsentSurname });
        await absent.Locator("input[type=checkbox]").UncheckAsync();
        await absent.Locator("input[name$='.Reason']").FillAsync("Біліктілікті арттыру курсында");
        await SubmitAsync(head, "#attendance button[type=submit]");
        var present = demo.MemberCount - 1;
        await Expect(head.Locator("#counts")).ToContainTextAsync(present.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Minutes: heard, spoke and decided for each agenda item; the first decision has a responsible member and a due date.
        await SubmitAsync(head, "form[action*='handler=BeginMinutes'] button[type=submit]");
        for (var i = 0; i < 2; i++)
        {
            var item = head.Locator("section.minutes-item").Nth(i);
            await item.Locator("textarea[name='Input.Heard']").FillAsync(i == 0 ? "Жетекші жоспарға енгізілген өзгерістерді баяндады" : "Хатшы апталықтың бағдарламасын таныстырды");
            await item.Locator("select[name='Input.SpeakerPersonId']").SelectOptionAsync(demo.SecretaryId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await item.Locator("textarea[name='Input.Spoke']").FillAsync(i == 0 ? "Өзгерістерді қолдады" : "Ашық сабақтар кестесін ұсынды");
            await SubmitAsync(head, $"section.minutes-item >> nth={i} >> form[action*='handler=Item'] button[type=submit]");
            item = head.Locator("section.minutes-item").Nth(i);
            if (i == 0)
            {
                // Correcting what was heard keeps the speech written before.
                await item.Locator("textarea[name='Input.Heard']").FillAsync("Жетекші жоспарға енгізілген өзгерістерді баяндады (желтоқсан айы)");
                await SubmitAsync(head, "section.minutes-item >> nth=0 >> form[action*='handler=Item'] button[type=submit]");
                item = head.Locator("section.minutes-item").Nth(i);
                await Expect(item).ToContainTextAsync("Өзгерістерді қолдады");
            }
            await item.Locator("textarea[name='Input.Text']").FillAsync(i == 0 ? "Жаңартылған жоспар бойынша жұмыс жүргізілсін" : "Апталық 7–11 желтоқсанда өткізілсін");
            await item.Locator("select[name='Input.ResponsiblePersonId']").SelectOptionAsync(demo.HeadId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await item.Locator("input[name='Input.DueDate']").FillAsync(i == 0 ? "2026-12-25" : "2026-12-11");
            await SubmitAsync(head, $"section.minutes-item >> nth={i} >> form[action*='handler=Decision'] button[type=submit]");
            await Expect(head.Locator("section.minutes-item").Nth(i).Locator("ol.decisions")).Not.ToBeEmptyAsync();
        }
        await Accessibility.AssertNoSeriousViolationsAsync(head);

        // The chair signs, then the secretary with the new login; each is offered signing once.
        await SubmitAsync(head, "form[action*='handler=Sign'] button[type=submit]");
        await Expect(head.Locator("form[action*='handler=Sign']")).ToHaveCountAsync(0);
        var secretary = await app.NewPageAsync();
        await BrowserApp.SignInAsync(secretary, SecretaryLogin, SecretaryPassword);
        await secretary.GotoAsync(meetingUrl);
        await SubmitAsync(secretary, "form[action*='handler=Sign'] button[type=submit]");
        await Expect(secretary.Locator("#minutes-status")).ToContainTextAsync(await TextAsync(secretary, "MinutesStatus.Locked"));
        await Accessibility.AssertNoSeriousViolationsAsync(secretary);

        var minutes = await DocxTextAsync(secretary, "main a[href$='handler=Docx']");
        Assert.Contains($"№ {number} ХАТТАМАСЫ", minutes, StringComparison.Ordinal);
        Assert.Contains("«20» қараша 2026 ж.", minutes, StringComparison.Ordinal);
        Assert.Contains($"Қатысқандар: {present}", minutes, StringComparison.Ordinal);
        Assert.Contains("Қатыспағандар: 1", minutes, StringComparison.Ordinal);
        Assert.Contains("Біліктілікті арттыру курсында", minutes, StringComparison.Ordinal);
        Assert.Contains("Тыңдалды:", minutes, StringComparison.Ordinal);
        Assert.Contains("Сөйлегендер:", minutes, StringComparison.Ordinal);
        Assert.Contains("Шешім:", minutes, StringComparison.Ordinal);
        Assert.Contains("Жаңартылған жоспар бойынша жұмыс жүргізілсін", minutes, StringComparison.Ordinal);
        Assert.Contains("(желтоқсан айы)", minutes, StringComparison.Ordinal);
        Assert.Contains("Өзгерістерді қолдады", minutes, StringComparison.Ordinal);
        Assert.Contains("Мерзімі: «25» желтоқсан 2026 ж.", minutes, StringComparison.Ordinal);
        Assert.Contains("Төрағасы:", minutes, StringComparison.Ordinal);
        Assert.Contains("Хатшы:", minutes, StringComparison.Ordinal);
        Assert.Contains(demo.HeadSurname, minutes, StringComparison.Ordinal);
        Assert.Contains(demo.SecretarySurname, minutes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deputy_FormsAssociationAndPutsItToWork_HeadDraftsPlanForEveryMonth_DeputyAgrees_DirectorApproves()
    {
        const string name = "Математика пәні мұғалімдерінің шығармашылық тобы";
        var demo = await DemoAsync();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;

        // The deputy forms the association: subject, members (the head login's teacher, a secretary, one more teacher), head by order.
        var deputy = await app.NewPageAsync();
        await BrowserApp.SignInAsync(deputy, "deputy");
        await deputy.GotoAsync("/Associations");
        await ClickAsync(deputy, "main a.btn[href^='/Associations/Create?organizationId=']");
        await deputy.FillAsync("input[name='Input.Name']", name);
        await deputy.SelectOptionAsync("select[name='Input.Kind']", nameof(BodyKind.MethodologicalAssociation));
        await deputy.SelectOptionAsync("select[name='Input.Audience']", nameof(MoAudience.SubjectTeachers));
        await deputy.SelectOptionAsync("select[name='Input.Subjects']", new SelectOptionValue { Label = demo.SubjectName });
        await SubmitAsync(deputy, "main form button[type=submit]");
        Assert.Contains("/Associations/Details/", deputy.Url, StringComparison.Ordinal);
        var bodyId = deputy.Url.Split('/')[^1];

        await ClickAsync(deputy, $"main a.btn[href='/Associations/Members/{bodyId}']");
        foreach (var (person, role) in new[] { (demo.HeadId, MembershipRole.Member), (demo.SecretaryId, MembershipRole.Secretary), (demo.AbsentId, MembershipRole.Member) })
        {
            await deputy.SelectOptionAsync("form[action*='handler=Add'] select[name='Input.PersonId']", person.ToString(invariant));
            await deputy.SelectOptionAsync("form[action*='handler=Add'] select[name='Input.Role']", role.ToString());
            await SubmitAsync(deputy, "form[action*='handler=Add'] button[type=submit]");
        }
        await Accessibility.AssertNoSeriousViolationsAsync(deputy);
        await deputy.GotoAsync($"/Associations/Details/{bodyId}");
        await ClickAsync(deputy, $"main a.btn[href='/Associations/Head/{bodyId}']");
        await deputy.SelectOptionAsync("form[action*='handler=Appoint'] select[name='Input.PersonId']", demo.HeadId.ToString(invariant));
        await deputy.FillAsync("input[name='Input.OrderNumber']", "48-Ж");
        // Order date, term start (today) and term end (end of the school year) are offered by the form.
        await Expect(deputy.Locator("input[name='Input.TermEnd']")).ToHaveValueAsync("2027-05-25");
        await SubmitAsync(deputy, "form[action*='handler=Appoint'] button[type=submit]");

        // R42 then R8: the regulation adopted at a meeting and approved by the director's signature, then the body goes to work.
        await deputy.GotoAsync($"/Associations/Details/{bodyId}");
        await ClickAsync(deputy, $"main a.btn[href='/Associations/Settings/{bodyId}']");
        await deputy.FillAsync("input[name='Input.AdoptionRecord']", "№ 1 хаттама");
        await deputy.FillAsync("input[name='Input.AdoptedOn']", "2026-11-18");
        await SubmitAsync(deputy, "form[action*='handler=Adopt'] button[type=submit]");
        await deputy.FillAsync("form[action*='handler=Approve'] input[name='Input.ApprovedOn']", "2026-11-19");
        await SubmitAsync(deputy, "form[action*='handler=Approve'] button[type=submit]");
        await Accessibility.AssertNoSeriousViolationsAsync(deputy);
        await SubmitAsync(deputy, "form[action*='handler=Activate'] button[type=submit]");
        await deputy.GotoAsync($"/Associations/Details/{bodyId}");
        await Expect(deputy.Locator("main")).ToContainTextAsync(await TextAsync(deputy, "BodyStatus.Active"));

        // The head drafts the plan of the school year: theme, goal, tasks and an item in every month R16 requires.
        var head = await app.NewPageAsync();
        await BrowserApp.SignInAsync(head, "head");
        await head.GotoAsync($"/Associations/Details/{bodyId}");
        await ClickAsync(head, $"main a.btn[href='/Associations/Plans/{bodyId}']");
        var planUrl = head.Url;
        await SubmitAsync(head, "form[action*='handler=Create'] button[type=submit]");
        await head.FillAsync("input[name='Header.Theme']", "Оқушылардың зерттеушілік дағдыларын дамыту");
        await head.FillAsync("input[name='Header.SchoolTheme']", "Сапалы білім — табысты болашақтың кепілі");
        await head.FillAsync("textarea[name='Header.Goal']", "Зерттеу жобаларын сабаққа енгізу");
        await head.FillAsync("textarea[name='Header.Tasks']", "Жобалық әдісті меңгеру\nҒылыми жобалар байқауына дайындау");
        await SubmitAsync(head, "form[action*='handler=Header'] button[type=submit]");
        var months = new AssociationRulesOptions().Plan.RequiredMonths();
        foreach (var month in months)
        {
            var start = new DateOnly(month >= 8 ? 2026 : 2027, month, 12);
            await head.FillAsync("textarea[name='Item.Content']", $"Зерттеу жобалары: {month}-ай");
            await head.SelectOptionAsync("select[name='Item.Form']", nameof(WorkForm.Seminar));
            await head.FillAsync("input[name='Item.StartsOn']", start.ToString("yyyy-MM-dd", invariant));
            await head.FillAsync("input[name='Item.EndsOn']", start.AddDays(3).ToString("yyyy-MM-dd", invariant));
            await head.CheckAsync($"form[action*='handler=AddItem'] input[name='Item.Responsible'][value='{demo.HeadId}']");
            await head.FillAsync("input[name='Item.ExpectedResult']", "Жоба жұмыстары");
            await SubmitAsync(head, "form[action*='handler=AddItem'] button[type=submit]");
        }
        await Expect(head.Locator("main a[href^='/Associations/Plans/Item/']")).ToHaveCountAsync(months.Count);
        Assert.False(await head.Locator("form[action*='handler=Copy']").IsVisibleAsync(), "no plan of last year to copy from");
        await Accessibility.AssertNoSeriousViolationsAsync(head);
        await SubmitAsync(head, "form[action*='handler=Submit'] button[type=submit]");
        await Expect(head.Locator("main")).ToContainTextAsync(await TextAsync(head, "PlanStatus.Submitted"));

        var director = await app.NewPageAsync();
        await BrowserApp.SignInAsync(director, "director");
        var plan = await AgreeApproveAsync(demo, planUrl, deputy, director);
        Assert.Contains($"{name} 2026–2027 оқу жылына арналған жұмыс жоспары", plan, StringComparison.Ordinal);
        Assert.Contains("Оқушылардың зерттеушілік дағдыларын дамыту", plan, StringComparison.Ordinal);
        Assert.All(months, month => Assert.Contains($"Зерттеу жобалары: {month}-ай", plan, StringComparison.Ordinal));
    }

    /// <summary>The demo's names and ids the journey needs (read only).</summary>
    private sealed record Demo(int BodyId, int HeadId, string HeadSurname, int SecretaryId, string SecretarySurname, int AbsentId, string AbsentSurname,
        int MemberCount, string DeputySurname, string DirectorSurname, string SubjectName);

    private Task<Demo> DemoAsync() => app.WithDbAsync(async db =>
    {
        var body = await db.MethodologicalBodies.Include(b => b.Memberships)
            .SingleAsync(b => b.Name == BodyName && db.Organizations.Any(o => o.Id == b.OrganizationId && o.ShortName == "№ 101 ЖББМ"));
        var members = body.Memberships.Where(m => m.LeftOn == null).ToList();
        var ids = members.Select(m => m.PersonId).ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id) || db.Users.Any(u => u.Id == p.UserId && (u.UserName == "deputy" || u.UserName == "director")))
            .Select(p => new { p.Id, p.Surname, Login = db.Users.Where(u => u.Id == p.UserId).Select(u => u.UserName).FirstOrDefault() }).ToListAsync();
        var head = members.Single(m => m.Role == MembershipRole.Head).PersonId;
        var secretary = members.Single(m => m.Role == MembershipRole.Secretary).PersonId;
        var absent = members.First(m => m.Role == MembershipRole.Member).PersonId;
        string Surname(int id) => people.Single(p => p.Id == id).Surname;
        var subject = await db.Subjects.Where(x => x.Code == "mathematics").Select(x => x.NameKk).SingleAsync();
        return new Demo(body.Id, head, Surname(head), secretary, Surname(secretary), absent, Surname(absent), ids.Distinct().Count(),
            people.Single(p => p.Login == "deputy").Surname, people.Single(p => p.Login == "director").Surname, subject);
    });

    /// <summary>
    /// The deputy agrees the submitted plan with a comment, the director approves it (axe-checked), and the plan's DOCX
    /// carries both stamps with their names; returns the document's text.
    /// </summary>
    private static async Task<string> AgreeApproveAsync(Demo demo, string planUrl, IPage deputy, IPage director)
    {
        await deputy.GotoAsync(planUrl);
        await deputy.FillAsync("textarea[name='Comment']", "Келісемін");
        await SubmitAsync(deputy, "button[formaction*='handler=Agree']");
        await Expect(deputy.Locator("main")).ToContainTextAsync(await TextAsync(deputy, "PlanStatus.Agreed"));

        await director.GotoAsync(planUrl);
        await SubmitAsync(director, "button[formaction*='handler=Approve']");
        await Expect(director.Locator("main")).ToContainTextAsync(await TextAsync(director, "PlanStatus.Approved"));
        await Accessibility.AssertNoSeriousViolationsAsync(director);

        var plan = await DocxTextAsync(director, "main a[href$='handler=Docx']");
        Assert.Contains("«КЕЛІСІЛДІ»", plan, StringComparison.Ordinal);
        Assert.Contains("«БЕКІТЕМІН»", plan, StringComparison.Ordinal);
        Assert.Contains(demo.DeputySurname, plan, StringComparison.Ordinal);
        Assert.Contains(demo.DirectorSurname, plan, StringComparison.Ordinal);
        Assert.Contains("«20» қараша 2026 ж.", plan, StringComparison.Ordinal);
        return plan;
    }

    /// <summary>Follows a link and waits for the page it opens.</summary>
    private static async Task ClickAsync(IPage page, string selector)
    {
        var loaded = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Request.Method == "GET");
        await page.ClickAsync(selector);
        await loaded;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Submits a form the ordinary way (no script) and waits for the page that answers it: the redirect's target or the form again.</summary>
    private static async Task SubmitAsync(IPage page, string selector)
    {
        var answered = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Status is >= 200 and < 300);
        await page.ClickAsync(selector);
        await answered;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var errors = page.Locator(".validation-summary-errors li, .field-error:not(:empty)");
        if (await errors.CountAsync() > 0 && !selector.Contains("handler=Edit", StringComparison.Ordinal))
        {
            Assert.Fail($"{page.Url}: {string.Join("; ", await errors.AllInnerTextsAsync())}");
        }
    }

    /// <summary>A localized text as the page's language shows it, read from the resources the app uses.</summary>
    private static async Task<string> TextAsync(IPage page, string key)
    {
        var language = await page.GetAttributeAsync("html", "lang") ?? "kk";
        var resources = new System.Resources.ResourceManager("Adisteme.Web.Resources.SharedResource", typeof(Adisteme.Web.SharedResource).Assembly);
        return resources.GetString(key, new System.Globalization.CultureInfo(language)) ?? key;
    }

    private static async Task<string> DocxTextAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var file = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        copy.Position = 0;
        using var document = WordprocessingDocument.Open(copy, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
