/// Every text a reader sees in a report, a page or the demo, one key each. The three tables
/// (`English`, `Russian`, `Kazakh`) hold one entry per key; a test checks that none is missing and
/// that each translation has the same `{placeholders}` as the English.
public enum Phrase: String, CaseIterable, Sendable {
    // Document titles
    case missionReportTitle, demoReportTitle, shareReportTitle, toneReportTitle, weeklyReportTitle
    case compareOutletsTitle, compareGenresTitle, compareByOwnershipTitle, compareByMediumTitle, compareByLanguageTitle

    // What a report counted (the lines under its title)
    case period, counted, countedGenres, countedEditorial, countedMonitoringWindow, countedContestants
    case countedAllSubjects, countedAttributed, countedByCodings, countedByAmount
    case weekDescription, isoWeekDescription, comparedWith, weekLabel, isoWeekLabel

    // Sections and notes
    case sectionBroadcast, sectionPrint, sectionOnline, sectionShare, sectionTone, sectionWeeks
    case howToRead, methodNote, attributedNote, sideBySideSection, sideBySideNote, toneNote

    // Units, as a column heading and after "% of"
    case unitSeconds, unitSquareCentimetres, unitCharacters, unitCodings

    // Tables
    case subjectColumn, contestantsShareTitle, shareTitle, attributedShareTitle, demoAttributedTitle
    case totalOfUnit, total, directSpeechTitle, toneTableTitle
    case tonePositive, toneNeutral, toneNegative, ofAllPositive, ofAllNeutral, ofAllNegative
    case weeklyShareTitle, weeklyToneTitle, previousWeek, changeInPoints
    case profilePositiveTitle, profileNeutralTitle, profileNegativeTitle
    case partPositiveTitle, partNeutralTitle, partNegativeTitle, lateNegativeTitle
    case sideBySideTitle, groupPositive, groupNegative, toneComparisonTitle

    // Spreadsheet tabs (Excel allows 31 characters)
    case sheetShare, sheetAttributed, sheetDirectSpeech, sheetToneOfOutlet, sheetToneOfUnit
    case sheetWeeklyShare, sheetWeeklyTone, sheetSideBySide, sheetLateNegative, sheetEmpty

    // Charts
    case shareChartTitle, toneChartTitle, weekChartTitle, shortWeek, dayOne, dayFew, dayMany

    // Every format
    case nothingToReport

    // Outlet groups
    case ownershipState, ownershipPrivate, mediumTV, mediumRadio, mediumPrint, mediumOnline
    case languageKazakh, languageRussian, languageEnglish, languageOther, noGenre

    // `report breakdown --by VARIABLE`: the codebook names the variable and its categories
    case breakdownReportTitle, breakdownTableTitle, breakdownNote, ofAllCategory, sheetBreakdown, noCategory
    case amountColumn, ofSubjectColumn, ofCategoryColumn

    // Reference figures and the legal framework (`report reference`, `report rules`, the mission report)
    case referenceTitle, referenceSectionTitle, referenceTableTitle, referenceNote, referenceNoteDirect, notMonitored
    case outletColumn, fromColumn, toColumn, weekColumn, referencePercent, missionPercent, differencePoints, disagreeColumn, yes
    case legalFramework, figurePercent, figureOutsideSlots, allowedColumn, noBreach, noRules, breachesTitle, sheetRule
    case ruleEqualCoverage, ruleMaxShare, ruleAllowedSlots, ruleEqualAirtime, ruleOutlets, ruleOwnership, ruleMedia, ruleGenres
    case measureSpeaking, measureSupport, measureMention, measureAirtime
    case ruleAttributed, rulePerWeek, rulePerPeriod, listAnd, limitEqual, limitAtMost, limitOnlyIn

    // `mediamon demo`
    case demoReference, demoRules
    case demoImporting, demoHeading, demoDatabase, demoImported, demoConstructed, demoFullReport, demoWorkbook, demoMarkdown, demoExplore

    // The team server's pages (`mediamon serve`), served to them as /static/strings.js
    case webSignIn, webUser, webPassword, webWrong, webThrottled, webSignOut, webLanguage, webOutlet
    case webDate, webQueue, webCoded, webLeft, webItem, webProgramme, webSubject, webAmount, webSave
    case webSaved, webRemove, webTranscript, webText, webSuggestions, webYourCodings, webNoRecording
    case webKeys, webStale, webReload, webMarkIn, webMarkOut, webSpans, webNewItem, webDashboard, webShare
    case webTone, webProgress, webMonitor, webItems, webCodings, webReliability, webDisagreements
    case webReconcile, webDownloads, webDoubleCoding, webAssign, webPercent, webSeed, webAssignments
    case webFrom, webTo, webLive, webUpdated, webVariable, webAlpha, webAgreement, webWeek, webPeriod
    case webNothing, webHelpKeys
    case webAdmin, webUsers, webName, webRole, webCreated, webAddUser, webNewPassword, webResetPassword, webPasswordSet
    case webUserAdded, webUserRemoved, webCodebook, webAmendHelp, webUpload, webCheck, webApply, webWouldAdd, webAdded
    case webRefused, webNothingNew, webSubjects, webAliases, webOutlets, webGenres, webVariables, webCategories
    case webItemTimes, webMoved, webMovedStale
}
