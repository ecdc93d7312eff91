/**
 * The interface's strings for the cohort debrief, group mode and the facilitator guide, in English; the French
 * are in facilitation-fr.ts. Same rules as en.ts and fr.ts (flat keys, `{{name}}` placeholders, French
 * typography of STYLE §6); en.ts and fr.ts merge them, and test/i18n checks them with every other message.
 */
export const FACILITATION_EN = {
  'title.facilitation': 'For facilitators',
  'title.cohort': 'Debrief a group',
  'title.guide': 'Facilitator guide',

  'cohort.screenHeading': 'Group debrief',
  'cohort.heading': 'Group debrief: {{scenario}}',
  'cohort.intro':
    'Paste the run codes the room sends you, or drop their JSON exports. Nothing leaves this computer.',
  'cohort.inputHeading': 'The room’s runs',
  'cohort.codes': 'Paste run codes',
  'cohort.codesHint':
    'Codes separated by spaces, commas or new lines, links to a run (run=…), or a whole chat: the codes are found in the text.',
  'cohort.files': 'Or choose JSON exports or text files',
  'cohort.drop': 'You can also drop files on this box.',
  'cohort.load': 'Load',
  'cohort.clear': 'Start again',
  'cohort.print': 'Print or save as PDF',
  'cohort.guide': 'Facilitator guide',
  'cohort.back': 'Back to the title screen',
  'cohort.loading': 'Loading the runs…',
  'cohort.none': 'No run code was found in what you gave.',
  'cohort.loaded': 'Runs loaded: {{count}}.',
  'cohort.notLoaded': 'Not loaded: {{count}} (see below).',
  'cohort.duplicates': 'Copies of the same code merged: {{count}}.',
  'cohort.problems': 'Not loaded',
  'cohort.problem.noCode': '{{subject}}: no run code in this file.',
  'cohort.problem.badFile': '{{subject}}: this file is not a run export.',
  'cohort.problem.notCode': '{{subject}}: not a run code.',
  'cohort.problem.truncated': '{{subject}}: the code is cut short ({{length}} characters); copy all of it.',
  'cohort.problem.checksum': '{{subject}}: the code was changed or mistyped (its checksum does not match).',
  'cohort.problem.format': '{{subject}}: made by a newer version of the game (run-code format {{version}}).',
  'cohort.problem.unknownPack': '{{subject}}: this game has no scenario “{{scenario}}”.',
  'cohort.problem.packVersion':
    '{{subject}}: played on version {{played}} of {{scenario}}; this game has version {{current}}.',
  'cohort.problem.otherPack': '{{subject}}: a run of another country ({{scenario}}); load it on its own.',
  'cohort.problem.invalid': '{{subject}}: not a valid run code.',
  'cohort.hideNames': 'Hide names (for the projector)',
  'cohort.trajectories': 'Trajectories',
  'cohort.trajectoriesHint':
    'Each thin line is a run; the thick line is the group’s average. Dashed: the runs that diverged most.',
  'cohort.chartDescription':
    '{{meter}}: {{count}} runs; the group’s average went from {{start}} at the start to {{end}} at the end.',
  'cohort.endings': 'Endings',
  'cohort.endingRuns': '{{count}} of {{total}} runs',
  'cohort.unfinished': 'Not finished',
  'cohort.decisions': 'Choices at each decision',
  'cohort.kind.crisis': 'Crisis, quarter {{turn}}',
  'cohort.kind.initiative': 'Initiative, from quarter {{turn}}',
  'cohort.offered': 'Met by {{count}} runs',
  'cohort.optionRuns': '{{count}} of {{offered}}',
  'cohort.optionRunsDefault': '{{count}} of {{offered}} ({{defaulted}} when time ran out)',
  'cohort.notFunded': 'Not funded',
  'cohort.votes': 'votes: {{count}}',
  'cohort.dissent': 'Votes against the option taken: {{dissent}} of {{cast}}.',
  'cohort.divergent': 'Runs that diverged most',
  'cohort.divergentText': '{{distance}} points from the group’s average on the meters; ending: {{ending}}',
  'cohort.questions': 'Questions for the room',
  'cohort.question.split':
    'Quarter {{turn}}, {{decision}}: {{countA}} runs chose “{{a}}” and {{countB}} chose “{{b}}”. The first ended with civilian harm {{harmA}} and legitimacy {{legitimacyA}} on average, the second with {{harmB}} and {{legitimacyB}}. What weighed in each choice, and what did each group expect?',
  'cohort.noSplit': 'The group chose alike at every decision: ask what made everyone agree.',
  'cohort.runs': 'Runs',
  'cohort.runsTable': 'Table of runs',
  'cohort.runsHint': 'Labels (team names) stay on this computer only.',
  'cohort.run': 'Run',
  'cohort.label': 'Label',
  'cohort.labelFor': 'Label for run {{number}}',
  'cohort.ending': 'Ending',
  'cohort.lengthColumn': 'Length',
  'cohort.length': '{{turns}} quarters, {{difficulty}}',
  'cohort.review': 'Review',
  'cohort.reviewLink': 'Open the review of {{name}}',
  'cohort.runNumber': 'Run {{number}}',
  'cohort.notes': 'Facilitator notes',
  'cohort.notesOf': 'Notes on {{name}}, quarter {{quarter}}: {{text}}',

  'group.votes': 'Votes',
  'group.votesFor': 'Votes for “{{option}}”',
  'group.votesHint': 'Optional: type the room’s votes before choosing; they are kept with the decision.',
  'group.deliberation': 'Deliberation time per decision',
  'group.minutes': '{{minutes}} min',
  'group.notes': 'Facilitator notes, quarter {{quarter}}',
  'group.notesHint':
    'Kept on this computer beside the save and only in the JSON export, never in the run code.',
  'group.exportNotes': 'Export the run as JSON (with notes)',
  'group.exported': 'The run was exported.',

  'guide.heading': 'Facilitator guide',
  'guide.pack': 'Country',
  'guide.print': 'Print or save as PDF',
  'guide.cohort': 'Debrief a group',
  'guide.back': 'Back to the title screen',
  'guide.title': 'Facilitator guide: {{scenario}}',
  'guide.intro':
    'Everything below comes from the {{scenario}} scenario itself, so it matches what the room will see. A Standard session has {{turns}} quarters; a Short one, 8.',
  'guide.objectives': 'Learning objectives',
  'guide.objectivesIntro': 'By the end of the session, participants should be able to:',
  'guide.briefing': 'Briefing script',
  'guide.briefing.role':
    'Read aloud: “You are the senior adviser on security sector reform of the United Nations mission in {{scenario}}. Each quarter, you decide where the mission’s political capital goes.”',
  'guide.briefing.situation': 'The situation (read or summarise):',
  'guide.briefing.mandate': 'The mission’s mandate:',
  'guide.briefing.rules': 'How to play, in one minute (the tutorial’s own words):',
  'guide.group': 'Running the session in group mode',
  'guide.group.start':
    'On the title screen, choose “Facilitated group” and the deliberation time per decision, then put the game on the projector: the type is larger and the contrast higher.',
  'guide.group.timer':
    'The timer runs for each decision; you can pause it, add a minute or turn it off. When it runs out, a crisis takes its default answer and no more initiatives are funded that quarter.',
  'guide.group.votes':
    'Before choosing, ask for a show of hands and type the votes under each option: they are kept with the decision, in the run code, and shown as dissent in the debrief.',
  'guide.group.notes':
    'Type your notes for each quarter in the box on the results screen. They stay on your computer and go only into the JSON export, never into the run code.',
  'guide.group.defaults': 'When time runs out on a crisis, the game takes its default answer:',
  'guide.group.default': '{{crisis}}: “{{option}}”',
  'guide.codes': 'How to collect run codes',
  'guide.codes.finish':
    'At the end, each team opens the debrief: its run code is on screen, with a button to copy it.',
  'guide.codes.send':
    'Teams send their code any way the room already uses: the meeting chat, an email, a shared document, or a JSON export file on a USB stick.',
  'guide.codes.open':
    'On your computer, choose “Debrief a group” on the title screen and paste everything at once: whole chat messages and links work, and the same code sent twice counts once.',
  'guide.codes.check':
    'A code that was cut or mistyped is named with the reason; ask that team to send it again. The other runs load anyway.',
  'guide.codes.labels':
    'Type a label for each run (a team name) if it helps, and switch on “Hide names” before you project the comparison.',
  'guide.codes.privacy':
    'Run codes and exports hold no personal data. Labels stay on your computer. Nothing is sent over the network.',
  'guide.plan90': 'Session plan: 90 minutes (Short, 8 quarters)',
  'guide.plan180': 'Session plan: 3 hours (Standard, 12 quarters)',
  'guide.plan.minutes': 'Minutes',
  'guide.plan.activity': 'Activity',
  'guide.plan.welcome': 'Welcome; the learning objectives; teams of 3 to 5.',
  'guide.plan.briefing': 'The briefing script; how to play; how the votes and the timer work.',
  'guide.plan.briefingTutorial':
    'The briefing script; play the first quarter together on the projector with the tutorial.',
  'guide.plan.play': 'Play quarters {{from}} to {{to}} (about {{perQuarter}} minutes a quarter).',
  'guide.plan.checkpoint':
    'The Security Council’s review after quarter {{quarter}}: each team says what it expects to happen next, and why.',
  'guide.plan.break': 'Break.',
  'guide.plan.collect': 'Collect the run codes and load them in “Debrief a group”.',
  'guide.plan.cohort':
    'Group debrief: the trajectories, the endings, then the questions where the room split.',
  'guide.plan.cohortLong':
    'Group debrief: the trajectories and endings; the questions where the room split; two or three of the prompts below; one run reviewed in detail.',
  'guide.plan.close': 'Close: each participant names one choice they would make differently, and why.',
  'guide.prompts': 'Debrief prompts and what to listen for',
  'guide.promptsIntro':
    'The scenario’s own questions. The group debrief adds questions from where your room split.',
  'guide.listenFor': 'Listen for',
  'guide.listen.quote': 'The doctrine behind it: “{{quote}}” ({{source}}).',
  'guide.listen.choices': 'Whether they connect it to the choices where it showed: {{choices}}.',
  'guide.listen.choice': '“{{option}}” ({{card}})',
  'guide.listen.objective': 'The objective it serves: {{objective}}',
  'guide.listen.fallback': 'How the answer connects to the learning objectives above.',
} as const;
