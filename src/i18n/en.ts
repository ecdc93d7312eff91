import { FACILITATION_EN } from './features/facilitation';
import { LMS_EN } from './features/lms';
import { OFFLINE_EN } from './features/offline';
import { PRESENTATION_EN } from './features/presentation';
import { REVIEW_EN } from './features/review';

/**
 * The interface's English strings: i18next resources with flat keys (`keySeparator: false`) and `{{name}}`
 * placeholders. French (fr.ts) must have exactly these keys; test/i18n checks both and French typography.
 */
export const EN = {
  'app.title': 'Dual Mandate',
  'app.subtitle': 'A training simulation on security sector reform and the protection of civilians.',
  'app.loading': 'Loading the scenario…',
  'app.loadFailed':
    'The scenario “{{scenario}}” could not be loaded. Check your connection and reload the page.',
  'app.packDamaged':
    'The scenario “{{scenario}}” could not be read: its file is missing or damaged. Reload the page; if it happens again, tell whoever installed the game.',

  'topBar.label': 'Game controls',
  'topBar.language': 'Language',
  'topBar.settings': 'Settings',
  'topBar.help': 'Help',
  'topBar.helpWithKey': 'Help (H)',
  'announce.language': 'Language: English',

  'title.noPacks':
    'The scenario packs are being prepared. Sessions will start from this screen once they are ready.',
  'title.newSession': 'New session',
  'title.country': 'Country',
  'title.mode': 'Mode',
  'title.mode.solo': 'Solo',
  'title.mode.solo.hint': 'At your own pace.',
  'title.mode.group': 'Facilitated group',
  'title.mode.group.hint': 'A room decides together, with a deliberation timer and larger type.',
  'title.length': 'Length',
  'title.length.standard': 'Standard: 12 quarters',
  'title.length.short': 'Short: 8 quarters',
  'title.difficulty': 'Difficulty',
  'title.difficulty.normal': 'Normal',
  'title.difficulty.normal.hint': 'Consequences still to come are listed, never their size.',
  'title.difficulty.hard': 'Hard',
  'title.difficulty.hard.hint': 'Consequences still to come are hidden and reports are less precise.',
  'title.start': 'Start the briefing',
  'title.saved': 'Saved session',
  'title.continue': 'Continue',
  'title.savedSummary': '{{scenario}}, quarter {{turn}} of {{turns}}',
  'title.savedEnded': '{{scenario}}, finished',
  'title.invalidParameter':
    'The page address has an invalid value for “{{param}}”; using the default instead.',

  'save.damaged': 'The saved session could not be read: the save is damaged.',
  'save.newer': 'The saved session was made by a newer version of Dual Mandate and cannot be opened here.',
  'save.otherVersion':
    'The saved session was played on version {{saved}} of “{{scenario}}”; this game has version {{current}}.',
  'save.unknownPack': 'The saved session is for a scenario this game does not have (“{{scenario}}”).',
  'save.useBackup': 'Continue from the backup',
  'save.backupHint': 'The backup is the save before your last action.',
  'save.noBackup': 'There is no usable backup; start a new session below.',
  'save.unavailable': 'This browser does not allow saving: the session will not survive a reload.',

  'briefing.heading': 'Briefing: {{scenario}}',
  'briefing.situation': 'Situation',
  'briefing.history': 'Background',
  'briefing.mandate': 'The mission’s mandate',
  'briefing.actors': 'Key actors',
  'briefing.actorWants': 'Wants: {{wants}}',
  'briefing.meters': 'The three meters',
  'briefing.meter.security': 'Security: how well state forces and the mission hold armed groups in check.',
  'briefing.meter.legitimacy':
    'Legitimacy: whether people see the security sector as theirs, accountable and fair.',
  'briefing.meter.civilianHarm':
    'Civilian harm: harm done to civilians by state forces and by armed groups. Lower is better.',
  'briefing.capital':
    'Political capital: what you can spend on initiatives each quarter. Unspent capital does not carry over.',
  'briefing.consent':
    'Host consent: how far the host government cooperates with the mission. If it stays at zero, the mission must leave.',
  'briefing.delays':
    'Many choices act later: watch the list of consequences still to come and the reports at the end of each quarter.',
  'briefing.objectives': 'Learning objectives',
  'briefing.tutorial': 'Show tips during the first quarter',
  'briefing.begin': 'Begin quarter 1',

  'quarter.heading': 'Quarter {{turn}} of {{turns}}',
  'quarter.newsHeading': 'Quarter {{turn}} of {{turns}}: the news',
  'quarter.toDecisions': 'To the decisions',
  'quarter.crisisAhead': 'A crisis needs your answer this quarter: {{crisis}}.',
  'quarter.status': 'Situation',
  'quarter.capital': 'Political capital',
  'quarter.capitalLeft': '{{left}} of {{total}} left',
  'quarter.capitalNow': 'Political capital: {{left}} of {{total}} left.',
  'quarter.consent': 'Host consent',
  'quarter.news': 'News and intelligence',
  'quarter.noNews': 'Nothing new this quarter.',
  'quarter.crisis': 'Crisis: an answer is required',
  'quarter.initiatives': 'Initiatives',
  'quarter.initiativesHint': 'Fund as many as your political capital allows, at most one option per card.',
  'quarter.noInitiatives': 'No initiative can be started this quarter.',
  'quarter.numberKeysHint': 'Inside a card, keys 1 to 4 choose its options.',
  'quarter.region': 'Region: {{region}}',
  'quarter.end': 'End quarter',
  'quarter.endBlocked': 'Answer the crisis first.',
  'quarter.tutorial': 'Tutorial',
  'quarter.tutorialStep': 'Tip {{step}} of {{steps}}',
  'quarter.tutorialNext': 'Next tip',
  'quarter.tutorialSkip': 'Skip the tutorial',
  'quarter.tutorialDone': 'Close the tutorial',

  'option.cost': 'cost {{cost}}',
  'option.consentCost': 'host consent −{{cost}}',
  'option.reason.over-capital': 'Not enough political capital left.',
  'option.reason.over-consent': 'Host consent is too low for this.',
  'option.reason.timed-out': 'Time is up for initiatives this quarter.',

  'meter.security': 'Security',
  'meter.legitimacy': 'Legitimacy',
  'meter.civilianHarm': 'Civilian harm',
  'meter.valueText': '{{value}} of 100',
  'meter.valueTextUp': '{{value}} of 100, up {{delta}}',
  'meter.valueTextDown': '{{value}} of 100, down {{delta}}',
  'meter.valueTextSteady': '{{value}} of 100, no change',
  'meter.better': 'better',
  'meter.worse': 'worse',
  'meter.same': 'no change',

  'ledger.heading': 'Consequences still to come',
  'ledger.hint': 'Which decisions will act again, and when; never how much.',
  'ledger.item': '“{{option}}” ({{card}}, quarter {{turn}}): {{due}}',
  'ledger.dueQuarter': 'quarter {{turn}}',
  'ledger.afterHandover': 'after the hand-over',
  'ledger.empty': 'None at the moment.',
  'ledger.hidden': 'On Hard, consequences still to come are hidden.',

  'map.heading': 'Regions (text map)',
  'map.region': '{{region}}: civilian harm {{level}}',
  'map.level.low': 'low',
  'map.level.moderate': 'moderate',
  'map.level.high': 'high',
  'map.level.severe': 'severe',
  'map.incidents': 'This quarter: {{incidents}}',

  'timer.label': 'Deliberation time left: {{time}}',
  'timer.paused': 'Deliberation timer paused: {{time}} left',
  'timer.expired': 'Deliberation time is up.',
  'timer.pause': 'Pause the timer',
  'timer.resume': 'Resume the timer',
  'timer.extend': 'Add one minute',
  'timer.disable': 'Turn the timer off',

  'report.heading': 'Quarter {{turn}}: results',
  'report.changes': 'What changed',
  'report.delayed': 'Delayed consequences',
  'report.delayedItem': 'Your decision “{{option}}” ({{card}}, quarter {{turn}}) is having further effects.',
  'report.delayedItemRegion':
    '{{region}}: your decision “{{option}}” ({{card}}, quarter {{turn}}) is having further effects there.',
  'report.noDelayed': 'No earlier decision acted this quarter.',
  'report.benchmarks': 'Benchmarks met',
  'report.continue': 'Continue',
  'report.toEnding': 'See how the mission ends',
  'announce.resolution': 'Quarter {{turn}} resolved. {{meters}}.',
  'announce.resolutionDelayed': 'Quarter {{turn}} resolved. {{meters}}. {{count}} earlier decisions acted.',
  'announce.resolutionDelayedOne': 'Quarter {{turn}} resolved. {{meters}}. One earlier decision acted.',
  'announce.separator': '; ',
  'announce.meter': '{{meter}} {{valueText}}',

  'review.heading': 'Mandate review after quarter {{turn}}',
  'review.intro': 'The Security Council reviews the mission’s benchmarks.',
  'review.changes': 'Decisions of the Council',
  'review.noChange': 'The Council renews the mandate without change.',
  'review.benchmarks': 'Benchmarks',
  'review.term.short': 'Short term',
  'review.term.medium': 'Medium term',
  'review.term.long': 'Long term',
  'review.met': 'met in quarter {{turn}}',
  'review.missed': 'missed (due by quarter {{turn}})',
  'review.open': 'not yet met',
  'review.openBy': 'not yet met (due by quarter {{turn}})',
  'review.continue': 'Continue to quarter {{turn}}',

  'ending.heading': 'The ending: {{ending}}',
  'ending.reason.lastTurn': 'The mission’s mandate ran its course after {{turns}} quarters.',
  'ending.reason.collapse': 'The security sector collapsed in quarter {{turn}}.',
  'ending.reason.consentWithdrawn': 'The host government withdrew its consent in quarter {{turn}}.',
  'ending.meters': 'At the hand-over',
  'ending.note':
    'No mission wins outright: real transformation of a security sector takes fifteen to thirty years.',
  'ending.runCode': 'Run code',
  'ending.runCodeHint':
    'The run code holds your whole session; the debrief and your facilitator can read it.',
  'ending.debrief': 'See the debrief',

  'summary.copied': 'Run code copied.',
  'summary.copyFailed': 'Copying is not allowed here; select the code and copy it yourself.',
  'summary.close': 'Back to the title screen',

  'settings.heading': 'Settings',
  'settings.textSize': 'Text size',
  'settings.textSize.normal': 'Normal',
  'settings.textSize.large': 'Large',
  'settings.textSize.larger': 'Larger',
  'settings.highContrast': 'High contrast',
  'settings.reducedMotion': 'Reduce motion',
  'settings.numberKeys': 'Keys 1 to 4 choose options inside a card',
  'settings.helpKey': 'The H key opens help',
  'settings.close': 'Close',

  'help.heading': 'Help',
  'help.howTo': 'How to play',
  'help.howTo.1': 'Each quarter, read the news, answer the crisis if there is one, then fund initiatives.',
  'help.howTo.2': 'Political capital limits what you can fund; it does not carry over to the next quarter.',
  'help.howTo.3': 'Press “End quarter” to see the results. Many choices act only later.',
  'help.howTo.4': 'Every four quarters the Security Council reviews the mandate.',
  'help.howTo.5':
    'Keyboard: Tab moves between controls, Enter or Space presses a button, Escape closes this window.',
  'help.glossary': 'Glossary',
  'help.close': 'Close',
  'glossary.capital': 'Political capital',
  'glossary.capital.definition': 'The influence you can spend on initiatives each quarter.',

  // Each feature keeps its own strings in features/*.ts.
  ...REVIEW_EN,
  ...FACILITATION_EN,
  ...PRESENTATION_EN,
  ...LMS_EN,
  ...OFFLINE_EN,
} as const;

/** A UI message id. */
export type MessageKey = keyof typeof EN;
