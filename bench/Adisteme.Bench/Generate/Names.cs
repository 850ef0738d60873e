using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Bench.Generate;

/// <summary>The people's origins the generator mixes: Kazakh, Kyrgyz and Russian names.</summary>
public enum NameOrigin
{
    Kazakh,
    Kyrgyz,
    Russian,
}

/// <summary>
/// Names as they are written in staff lists: surname (feminine forms for women), name and
/// patronymic (Kazakh «-ұлы/-қызы», Kyrgyz «уулу/кызы» or «-ович/-овна», Russian «-ович/-овна»).
/// </summary>
public static class Names
{
    private static readonly string[] s_kazakhMale =
    [
        "Арман", "Ерлан", "Нұрлан", "Данияр", "Асхат", "Бауыржан", "Серік", "Жандос", "Марат", "Ерболат", "Әділет", "Бекзат",
        "Дәурен", "Ерғали", "Жасұлан", "Қайрат", "Мұхтар", "Нұржан", "Олжас", "Санжар", "Талғат", "Тимур", "Ұлан", "Ғалымжан",
        "Азамат", "Айдос", "Ақылбек", "Берік", "Дамир", "Ержан",
    ];
    private static readonly string[] s_kazakhFemale =
    [
        "Айгүл", "Гүлнар", "Әсем", "Динара", "Жанар", "Мөлдір", "Сәуле", "Гүлмира", "Ақмарал", "Салтанат", "Айжан", "Бақыт",
        "Назерке", "Ботагөз", "Жұлдыз", "Гүлжан", "Раушан", "Айнұр", "Ләззат", "Меруерт", "Аружан", "Ұлжан", "Шынар",
        "Қарлығаш", "Әйгерім", "Дина", "Самал", "Индира", "Перизат", "Сымбат",
    ];
    private static readonly string[] s_kazakhSurnames =
    [
        "Серікбаев", "Нұрланов", "Жұмабаев", "Омаров", "Қасымов", "Әбдірахманов", "Бекмұхамбетов", "Сұлтанбеков", "Төлеуов",
        "Ахметов", "Мұқанов", "Есенбаев", "Ибраев", "Жақсылықов", "Байжанов", "Қожахметов", "Тоқтаров", "Сейітов", "Исабеков",
        "Құрманғалиев", "Әлімжанов", "Дүйсенов", "Бейсенов", "Оспанов", "Смағұлов", "Мамыров", "Нұрпейісов", "Қалиев",
        "Жексенбаев", "Ержанов", "Сәрсенбаев", "Әбілқасымов", "Түсіпов", "Шәкенов", "Бекенов", "Ысқақов",
    ];
    private static readonly string[] s_kazakhFathers =
    [
        "Серік", "Болат", "Қайрат", "Мұрат", "Ержан", "Талғат", "Нұржан", "Берік", "Асқар", "Бақыт", "Марат", "Ғалым",
        "Ерлан", "Абай", "Жомарт", "Сәкен", "Темірлан", "Қанат",
    ];

    private static readonly string[] s_kyrgyzMale =
    [
        "Азамат", "Бакыт", "Нурбек", "Эрлан", "Жыргалбек", "Улан", "Мирлан", "Темирлан", "Талант", "Кубанычбек", "Алмазбек",
        "Нурлан", "Эрмек", "Адилет", "Бектур", "Данияр", "Жоомарт", "Канат", "Максат", "Руслан", "Самат", "Тилек", "Үсөн",
        "Чыңгыз", "Элдияр",
    ];
    private static readonly string[] s_kyrgyzFemale =
    [
        "Айгерим", "Гүлнара", "Жылдыз", "Асель", "Айпери", "Назгүл", "Чолпон", "Бермет", "Гүлзат", "Динара", "Нургүл",
        "Айжамал", "Элмира", "Мээрим", "Айчүрөк", "Бегимай", "Жаңыл", "Калыйча", "Нуриза", "Сабина", "Токтобүбү", "Үмүт",
        "Чынара", "Айзада",
    ];
    private static readonly string[] s_kyrgyzSurnames =
    [
        "Асанов", "Токтогулов", "Жумабеков", "Мамытов", "Абдыкадыров", "Сыдыков", "Осмонов", "Турдубаев", "Үсөнов",
        "Жээнбеков", "Исаков", "Бекмаматов", "Алымкулов", "Орозбаев", "Сатыбалдиев", "Кадыров", "Эшимов", "Токтосунов",
        "Муратбеков", "Абдраимов", "Шаршенов", "Ибраимов", "Бообеков", "Төлөгөнов", "Дүйшөнбиев", "Калыков", "Керимбаев",
        "Мырзакматов",
    ];
    private static readonly (string Father, string Male, string Female)[] s_kyrgyzFathers =
    [
        ("Бакыт", "Бакытович", "Бакытовна"), ("Асан", "Асанович", "Асановна"), ("Нурбек", "Нурбекович", "Нурбековна"),
        ("Мамыт", "Мамытович", "Мамытовна"), ("Кадыр", "Кадырович", "Кадыровна"), ("Осмон", "Осмонович", "Осмоновна"),
        ("Жумабек", "Жумабекович", "Жумабековна"), ("Эшим", "Эшимович", "Эшимовна"), ("Алымкул", "Алымкулович", "Алымкуловна"),
        ("Мырзабек", "Мырзабекович", "Мырзабековна"), ("Токтогул", "Токтогулович", "Токтогуловна"), ("Сагын", "Сагынович", "Сагыновна"),
    ];

    private static readonly string[] s_russianMale =
    [
        "Андрей", "Сергей", "Дмитрий", "Алексей", "Владимир", "Игорь", "Николай", "Михаил", "Павел", "Виктор", "Евгений",
        "Юрий", "Олег", "Александр", "Максим", "Роман",
    ];
    private static readonly string[] s_russianFemale =
    [
        "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Людмила", "Анна", "Екатерина", "Галина",
        "Валентина", "Оксана", "Юлия", "Надежда", "Лариса",
    ];
    private static readonly string[] s_russianSurnames =
    [
        "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов", "Волков", "Лебедев", "Новиков",
        "Федоров", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Захаров", "Зайцев", "Павлов", "Семенов",
        "Голубев", "Виноградов", "Богданов", "Воробьев", "Ковалев", "Ильин", "Гусев", "Титов",
    ];
    private static readonly (string Male, string Female)[] s_russianPatronymics =
    [
        ("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"), ("Николаевич", "Николаевна"),
        ("Александрович", "Александровна"), ("Викторович", "Викторовна"), ("Владимирович", "Владимировна"),
        ("Андреевич", "Андреевна"), ("Юрьевич", "Юрьевна"), ("Михайлович", "Михайловна"), ("Анатольевич", "Анатольевна"),
        ("Геннадьевич", "Геннадьевна"),
    ];

    /// <summary>A new person with a surname, name and patronymic of that origin.</summary>
    public static Person Person(Random random, NameOrigin origin, bool female) => origin switch
    {
        NameOrigin.Kazakh => new Person
        {
            Surname = Surname(Pick(random, s_kazakhSurnames), female),
            Name = Pick(random, female ? s_kazakhFemale : s_kazakhMale),
            Patronymic = Pick(random, s_kazakhFathers) + (female ? "қызы" : "ұлы"),
        },
        NameOrigin.Kyrgyz => KyrgyzPerson(random, female),
        _ => RussianPerson(random, female),
    };

    private static Person RussianPerson(Random random, bool female)
    {
        var surname = Surname(Pick(random, s_russianSurnames), female);
        var name = Pick(random, female ? s_russianFemale : s_russianMale);
        var (male, fem) = Pick(random, s_russianPatronymics);
        return new Person { Surname = surname, Name = name, Patronymic = female ? fem : male };
    }

    private static Person KyrgyzPerson(Random random, bool female)
    {
        var (father, male, fem) = Pick(random, s_kyrgyzFathers);
        return new Person
        {
            Surname = Surname(Pick(random, s_kyrgyzSurnames), female),
            Name = Pick(random, female ? s_kyrgyzFemale : s_kyrgyzMale),
            // Both forms are in use in Kyrgyz school records.
            Patronymic = random.Next(2) == 0 ? father + (female ? " кызы" : " уулу") : female ? fem : male,
        };
    }

    /// <summary>Every surname in the lists ends in -ов, -ев or -ин, whose feminine form adds «а».</summary>
    private static string Surname(string male, bool female) => female ? male + "а" : male;

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
