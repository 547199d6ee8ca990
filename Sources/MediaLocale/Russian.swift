/// Russian, in the terms of Russian-language observation reports: «СМИ», «эфирное время»,
/// «доля освещения», «позитивный / нейтральный / негативный» (тон, as the codebook's tone variable
/// names its categories), «прайм-тайм».
enum Russian {
    static let table: [Phrase: String] = [
        .missionReportTitle: "Мониторинг СМИ: освещение предвыборной агитации",
        .demoReportTitle: "Демонстрационный отчёт",
        .shareReportTitle: "Доля освещения",
        .toneReportTitle: "Тональность освещения",
        .weeklyReportTitle: "Еженедельный отчёт: {week}",
        .compareOutletsTitle: "Сравнение СМИ",
        .compareGenresTitle: "Сравнение жанров",
        .compareByOwnershipTitle: "Сравнение СМИ по форме собственности",
        .compareByMediumTitle: "Сравнение СМИ по типу",
        .compareByLanguageTitle: "Сравнение СМИ по языку",

        .period: "Период: с {from} по {to}",
        .counted: "Учтено: {list}",
        .countedGenres: "жанры: {genres}",
        .countedEditorial: "редакционные жанры (платное и бесплатное эфирное время не учтено)",
        .countedMonitoringWindow: "теле- и радиоматериалы в прайм-тайм ({window})",
        .countedContestants: "доли среди партий и кандидатов, участвующих в выборах",
        .countedAllSubjects: "все политические субъекты",
        .countedAttributed: "государственные институты отнесены к своей партии",
        .countedByCodings: "по числу кодировок",
        .countedByAmount: "по времени или площади",
        .weekDescription: "Неделя {number} ({from} – {to})",
        .isoWeekDescription: "Неделя ISO {number} ({from} – {to})",
        .comparedWith: "{week}, в сравнении с: {previous}",
        .weekLabel: "Нед. {number}",
        .isoWeekLabel: "ISO {number}",

        .sectionBroadcast: "Телевидение и радио (эфирное время в секундах)",
        .sectionPrint: "Газеты (площадь в см²)",
        .sectionOnline: "Интернет-СМИ (объём текста в знаках)",
        .sectionShare: "{section}: доля освещения",
        .sectionTone: "{section}: тональность",
        .sectionWeeks: "{section}: по неделям",
        .howToRead: "Как читать этот отчёт",
        .methodNote: """
            Мониторы кодировали каждый материал, в котором освещается политический субъект: эфирное время \
            (в секундах) или площадь (в см²), отведённые каждому субъекту, и тональность этого освещения. \
            Доля освещения — это часть субъекта во всём освещении партий, участвующих в выборах, в одном СМИ; \
            она вычисляется по неокруглённым суммам и печатается с одним знаком после запятой, поэтому доли \
            одного СМИ в сумме дают 100. Учитывается только основная кодировка каждого материала (материалы, \
            закодированные дважды для контроля качества, не считаются дважды); теле- и радиоматериалы \
            учитываются только в часы мониторинга ({window}); платное и бесплатное эфирное время учитывается \
            отдельно от редакционных материалов. Телевидение и газеты измеряются в разных единицах и никогда \
            не суммируются.
            """,
        .attributedNote: "Освещение должностных лиц ({institutions}) отнесено к партии, к которой они принадлежат:",
        .sideBySideSection: "Рядом",
        .sideBySideNote: "Каждый столбец — доля в своей единице измерения; величины в разных единицах никогда не суммируются.",
        .toneNote: "Позитивный, нейтральный, негативный: профиль тональности — освещение каждого субъекта по тональности "
            + "(в сумме 100 по строке). Доля в позитивном / негативном освещении: часть субъекта во всём позитивном или "
            + "негативном освещении в СМИ (в сумме 100 по столбцу).",

        .unitSeconds: "секунды",
        .unitSquareCentimetres: "см²",
        .unitCharacters: "знаки",
        .unitCodings: "кодировки",

        .subjectColumn: "Субъект",
        .contestantsShareTitle: "Доля освещения партий, участвующих в выборах (%, {unit})",
        .shareTitle: "Доля освещения (%, {unit})",
        .attributedShareTitle: "Доля освещения, должностные лица отнесены к своей партии (%, {unit})",
        .demoAttributedTitle: "Доля освещения, должностные лица отнесены к своей партии (--attribute-institutions)",
        .totalOfUnit: "Всего, {unit}",
        .total: "Всего",
        .directSpeechTitle: "Прямая речь (% секунд, когда субъекты говорили сами)",
        .toneTableTitle: "{outlet}: тональность (%, {unit})",
        .tonePositive: "Позитивный",
        .toneNeutral: "Нейтральный",
        .toneNegative: "Негативный",
        .ofAllPositive: "Доля в позитивном освещении",
        .ofAllNeutral: "Доля в нейтральном освещении",
        .ofAllNegative: "Доля в негативном освещении",
        .weeklyShareTitle: "{outlet}: доля освещения, {week} (%, {unit})",
        .weeklyToneTitle: "{outlet}: тональность, {week} (%, {unit})",
        .previousWeek: "Предыдущая",
        .changeInPoints: "Изменение (п. п.)",
        .profilePositiveTitle: "Позитивное освещение (% освещения каждого субъекта)",
        .profileNeutralTitle: "Нейтральное освещение (% освещения каждого субъекта)",
        .profileNegativeTitle: "Негативное освещение (% освещения каждого субъекта)",
        .partPositiveTitle: "Доля каждого субъекта в позитивном освещении СМИ (%)",
        .partNeutralTitle: "Доля каждого субъекта в нейтральном освещении СМИ (%)",
        .partNegativeTitle: "Доля каждого субъекта в негативном освещении СМИ (%)",
        .lateNegativeTitle: "Негативное освещение с {date} (% освещения каждого субъекта)",
        .sideBySideTitle: "Доля освещения, все СМИ (% в единицах каждого столбца)",
        .groupPositive: "{group}: позитивный",
        .groupNegative: "{group}: негативный",
        .toneComparisonTitle: "Профиль тональности: позитивный и негативный тон (% освещения каждого субъекта)",

        .sheetShare: "Доля ({unit})",
        .sheetAttributed: "С учётом лиц ({unit})",
        .sheetDirectSpeech: "Прямая речь",
        .sheetToneOfOutlet: "Тональность {outlet}",
        .sheetToneOfUnit: "Тональность ({unit})",
        .sheetWeeklyShare: "{outlet} {week} доля",
        .sheetWeeklyTone: "{outlet} {week} тон",
        .sheetSideBySide: "Рядом",
        .sheetLateNegative: "Негатив с {date}",
        .sheetEmpty: "Нет материалов",

        .shareChartTitle: "{outlet}: доля освещения (%)",
        .toneChartTitle: "{outlet}: тональность освещения каждого субъекта (%), сначала наиболее благоприятное; справа: {unit}",
        .weekChartTitle: "{outlet}: доля освещения по неделям (%){note}",
        .shortWeek: "в неделе «{week}» {days} (пунктир)",
        .dayOne: "{n} день",
        .dayFew: "{n} дня",
        .dayMany: "{n} дней",

        .nothingToReport: "Нет закодированных материалов по этим условиям: отчёт пуст.",

        .ownershipState: "Государственные",
        .ownershipPrivate: "Частные",
        .mediumTV: "ТВ",
        .mediumRadio: "Радио",
        .mediumPrint: "Пресса",
        .mediumOnline: "Интернет",
        .languageKazakh: "Казахоязычные",
        .languageRussian: "Русскоязычные",
        .languageEnglish: "Англоязычные",
        .languageOther: "Язык: {language}",
        .noGenre: "Без жанра",

        .demoHeading: "mediamon demo: {mission}",
        .demoDatabase: "База данных: {path}",
        // The counts follow the nouns: before them Russian would need the number's plural form.
        .demoImported: "Импортировано передач из эфирных журналов: {programmes}; фрагментов расшифровок: {cues}; статей: {articles}; кодировок: {codings} (таблиц кодирования: {sheets}).",
        .demoConstructed: "Данные сконструированы так, чтобы воспроизвести цифры, опубликованные миссией ОБСЕ/БДИПЧ (Samples/README.md); сверьте таблицы ниже с её итоговым отчётом.",
        .demoFullReport: "Полный отчёт (таблицы и диаграммы): {path}",
        .demoWorkbook: "Те же таблицы в книге Excel: {path}",
        .demoMarkdown: "Тот же отчёт в Markdown: {path}",
        .demoExplore: "Что дальше:",
    ]
}
