import type { FACILITATION_EN } from './facilitation';

/** The French of facilitation.ts: every key of the English, checked by the type and by test/i18n. */
export const FACILITATION_FR: Readonly<Record<keyof typeof FACILITATION_EN, string>> = {
  'title.facilitation': 'Pour les animateurs',
  'title.cohort': 'Débriefer un groupe',
  'title.guide': 'Guide de l’animateur',

  'cohort.screenHeading': 'Débriefing de groupe',
  'cohort.heading': 'Débriefing de groupe\u00a0: {{scenario}}',
  'cohort.intro':
    'Collez les codes de partie que la salle vous envoie, ou déposez leurs exports JSON. Rien ne quitte cet ordinateur.',
  'cohort.inputHeading': 'Les parties de la salle',
  'cohort.codes': 'Collez les codes de partie',
  'cohort.codesHint':
    'Des codes séparés par des espaces, des virgules ou des retours à la ligne, des liens de partie (run=…), ou toute une discussion\u00a0: les codes sont repérés dans le texte.',
  'cohort.files': 'Ou choisissez des exports JSON ou des fichiers texte',
  'cohort.drop': 'Vous pouvez aussi déposer des fichiers sur cette zone.',
  'cohort.load': 'Charger',
  'cohort.clear': 'Recommencer',
  'cohort.print': 'Imprimer ou enregistrer en PDF',
  'cohort.guide': 'Guide de l’animateur',
  'cohort.back': 'Retour à l’écran d’accueil',
  'cohort.loading': 'Chargement des parties…',
  'cohort.none': 'Aucun code de partie n’a été trouvé dans ce que vous avez fourni.',
  'cohort.loaded': 'Parties chargées\u00a0: {{count}}.',
  'cohort.notLoaded': 'Non chargées\u00a0: {{count}} (voir plus bas).',
  'cohort.duplicates': 'Copies d’un même code fusionnées\u00a0: {{count}}.',
  'cohort.problems': 'Non chargées',
  'cohort.problem.noCode': '{{subject}}\u00a0: aucun code de partie dans ce fichier.',
  'cohort.problem.badFile': '{{subject}}\u00a0: ce fichier n’est pas un export de partie.',
  'cohort.problem.notCode': '{{subject}}\u00a0: ce n’est pas un code de partie.',
  'cohort.problem.truncated':
    '{{subject}}\u00a0: le code est incomplet ({{length}} caractères)\u202f; copiez-le en entier.',
  'cohort.problem.checksum':
    '{{subject}}\u00a0: le code a été modifié ou mal recopié (sa somme de contrôle ne correspond pas).',
  'cohort.problem.format':
    '{{subject}}\u00a0: créé par une version plus récente du jeu (format de code {{version}}).',
  'cohort.problem.unknownPack': '{{subject}}\u00a0: ce jeu n’a pas de scénario «\u00a0{{scenario}}\u00a0».',
  'cohort.problem.packVersion':
    '{{subject}}\u00a0: jouée sur la version {{played}} de {{scenario}}\u202f; ce jeu a la version {{current}}.',
  'cohort.problem.otherPack':
    '{{subject}}\u00a0: une partie d’un autre pays ({{scenario}})\u202f; chargez-la à part.',
  'cohort.problem.invalid': '{{subject}}\u00a0: ce n’est pas un code de partie valide.',
  'cohort.hideNames': 'Masquer les noms (pour le projecteur)',
  'cohort.trajectories': 'Trajectoires',
  'cohort.trajectoriesHint':
    'Chaque ligne fine est une partie\u202f; la ligne épaisse est la moyenne du groupe. En pointillés\u00a0: les parties les plus divergentes.',
  'cohort.chartDescription':
    '{{meter}}\u00a0: {{count}} parties\u202f; la moyenne du groupe est passée de {{start}} au départ à {{end}} à la fin.',
  'cohort.endings': 'Dénouements',
  'cohort.endingRuns': '{{count}} parties sur {{total}}',
  'cohort.unfinished': 'Partie inachevée',
  'cohort.decisions': 'Les choix à chaque décision',
  'cohort.kind.crisis': 'Crise, trimestre {{turn}}',
  'cohort.kind.initiative': 'Initiative, dès le trimestre {{turn}}',
  'cohort.offered': 'Rencontrée dans {{count}} parties',
  'cohort.optionRuns': '{{count}} sur {{offered}}',
  'cohort.optionRunsDefault': '{{count}} sur {{offered}} (dont {{defaulted}} faute de temps)',
  'cohort.notFunded': 'Non financée',
  'cohort.votes': 'voix\u00a0: {{count}}',
  'cohort.dissent': 'Voix contre l’option retenue\u00a0: {{dissent}} sur {{cast}}.',
  'cohort.divergent': 'Les parties les plus divergentes',
  'cohort.divergentText':
    'à {{distance}} points de la moyenne du groupe sur les jauges\u202f; dénouement\u00a0: {{ending}}',
  'cohort.questions': 'Questions pour la salle',
  'cohort.question.split':
    'Trimestre {{turn}}, {{decision}}\u00a0: {{countA}} parties ont choisi «\u00a0{{a}}\u00a0» et {{countB}} «\u00a0{{b}}\u00a0». Les premières ont fini en moyenne avec des atteintes aux civils à {{harmA}} et une légitimité à {{legitimacyA}}, les secondes à {{harmB}} et {{legitimacyB}}. Qu’est-ce qui a pesé dans chaque choix, et qu’attendait chaque groupe\u202f?',
  'cohort.noSplit':
    'Le groupe a fait les mêmes choix à chaque décision\u00a0: demandez ce qui a mis tout le monde d’accord.',
  'cohort.runs': 'Parties',
  'cohort.runsTable': 'Tableau des parties',
  'cohort.runsHint': 'Les étiquettes (noms d’équipe) restent sur cet ordinateur.',
  'cohort.run': 'Partie',
  'cohort.label': 'Étiquette',
  'cohort.labelFor': 'Étiquette de la partie {{number}}',
  'cohort.ending': 'Dénouement',
  'cohort.lengthColumn': 'Durée',
  'cohort.length': '{{turns}} trimestres, {{difficulty}}',
  'cohort.review': 'Bilan',
  'cohort.reviewLink': 'Ouvrir le bilan de {{name}}',
  'cohort.runNumber': 'Partie {{number}}',
  'cohort.notes': 'Notes de l’animateur',
  'cohort.notesOf': 'Notes sur {{name}}, trimestre {{quarter}}\u00a0: {{text}}',

  'group.votes': 'Voix',
  'group.votesFor': 'Voix pour «\u00a0{{option}}\u00a0»',
  'group.votesHint':
    'Facultatif\u00a0: saisissez les voix de la salle avant de choisir\u202f; elles sont conservées avec la décision.',
  'group.deliberation': 'Temps de délibération par décision',
  'group.minutes': '{{minutes}}\u00a0min',
  'group.notes': 'Notes de l’animateur, trimestre {{quarter}}',
  'group.notesHint':
    'Conservées sur cet ordinateur à côté de la sauvegarde, et seulement dans l’export JSON, jamais dans le code de partie.',
  'group.exportNotes': 'Exporter la partie en JSON (avec les notes)',
  'group.exported': 'La partie a été exportée.',

  'guide.heading': 'Guide de l’animateur',
  'guide.pack': 'Pays',
  'guide.print': 'Imprimer ou enregistrer en PDF',
  'guide.cohort': 'Débriefer un groupe',
  'guide.back': 'Retour à l’écran d’accueil',
  'guide.title': 'Guide de l’animateur\u00a0: {{scenario}}',
  'guide.intro':
    'Tout ce qui suit provient du scénario {{scenario}} lui-même, et correspond donc à ce que verra la salle. Une session standard compte {{turns}} trimestres, une session courte 8.',
  'guide.objectives': 'Objectifs pédagogiques',
  'guide.objectivesIntro': 'À la fin de la session, les participants devraient savoir\u00a0:',
  'guide.briefing': 'Script de la présentation',
  'guide.briefing.role':
    'À lire à voix haute\u00a0: «\u00a0Vous êtes le conseiller principal pour la réforme du secteur de la sécurité de la mission des Nations Unies au {{scenario}}. Chaque trimestre, vous décidez où va le capital politique de la mission.\u00a0»',
  'guide.briefing.situation': 'La situation (à lire ou à résumer)\u00a0:',
  'guide.briefing.mandate': 'Le mandat de la mission\u00a0:',
  'guide.briefing.rules': 'Comment jouer, en une minute (les mots du tutoriel)\u00a0:',
  'guide.group': 'Animer la session en mode groupe',
  'guide.group.start':
    'Sur l’écran d’accueil, choisissez «\u00a0Groupe animé\u00a0» et le temps de délibération par décision, puis projetez le jeu\u00a0: les caractères sont plus grands et le contraste plus fort.',
  'guide.group.timer':
    'Le minuteur tourne pour chaque décision\u202f; vous pouvez le mettre en pause, ajouter une minute ou le désactiver. À la fin du temps, une crise prend sa réponse par défaut et plus aucune initiative n’est financée ce trimestre-là.',
  'guide.group.votes':
    'Avant de choisir, faites voter à main levée et saisissez les voix sous chaque option\u00a0: elles sont conservées avec la décision, dans le code de partie, et apparaissent comme désaccord au débriefing.',
  'guide.group.notes':
    'Saisissez vos notes de chaque trimestre dans la zone prévue sur l’écran des résultats. Elles restent sur votre ordinateur et ne figurent que dans l’export JSON, jamais dans le code de partie.',
  'guide.group.defaults':
    'Quand le temps s’écoule pendant une crise, le jeu retient sa réponse par défaut\u00a0:',
  'guide.group.default': '{{crisis}}\u00a0: «\u00a0{{option}}\u00a0»',
  'guide.codes': 'Comment recueillir les codes de partie',
  'guide.codes.finish':
    'À la fin, chaque équipe ouvre le débriefing\u00a0: son code de partie s’affiche, avec un bouton pour le copier.',
  'guide.codes.send':
    'Les équipes envoient leur code par le moyen habituel de la salle\u00a0: la discussion de la réunion, un courriel, un document partagé, ou un fichier d’export JSON sur une clé USB.',
  'guide.codes.open':
    'Sur votre ordinateur, choisissez «\u00a0Débriefer un groupe\u00a0» sur l’écran d’accueil et collez tout d’un coup\u00a0: les messages entiers et les liens fonctionnent, et un même code envoyé deux fois ne compte qu’une fois.',
  'guide.codes.check':
    'Un code tronqué ou mal recopié est signalé avec la raison\u202f; demandez à l’équipe de le renvoyer. Les autres parties se chargent quand même.',
  'guide.codes.labels':
    'Donnez une étiquette à chaque partie (un nom d’équipe) si c’est utile, et activez «\u00a0Masquer les noms\u00a0» avant de projeter la comparaison.',
  'guide.codes.privacy':
    'Les codes de partie et les exports ne contiennent aucune donnée personnelle. Les étiquettes restent sur votre ordinateur. Rien n’est envoyé sur le réseau.',
  'guide.plan90': 'Déroulé de session\u00a0: 90\u00a0minutes (courte, 8 trimestres)',
  'guide.plan180': 'Déroulé de session\u00a0: 3\u00a0heures (standard, 12 trimestres)',
  'guide.plan.minutes': 'Minutes',
  'guide.plan.activity': 'Activité',
  'guide.plan.welcome': 'Accueil\u202f; les objectifs pédagogiques\u202f; des équipes de 3 à 5.',
  'guide.plan.briefing':
    'Le script de présentation\u202f; comment jouer\u202f; le fonctionnement des votes et du minuteur.',
  'guide.plan.briefingTutorial':
    'Le script de présentation\u202f; jouer ensemble le premier trimestre au projecteur avec le tutoriel.',
  'guide.plan.play':
    'Jouer les trimestres {{from}} à {{to}} (environ {{perQuarter}}\u00a0minutes par trimestre).',
  'guide.plan.checkpoint':
    'L’examen du Conseil de sécurité après le trimestre {{quarter}}\u00a0: chaque équipe dit ce qu’elle attend pour la suite, et pourquoi.',
  'guide.plan.break': 'Pause.',
  'guide.plan.collect':
    'Recueillir les codes de partie et les charger dans «\u00a0Débriefer un groupe\u00a0».',
  'guide.plan.cohort':
    'Débriefing de groupe\u00a0: les trajectoires, les dénouements, puis les questions où la salle s’est partagée.',
  'guide.plan.cohortLong':
    'Débriefing de groupe\u00a0: les trajectoires et les dénouements\u202f; les questions où la salle s’est partagée\u202f; deux ou trois des pistes ci-dessous\u202f; une partie revue en détail.',
  'guide.plan.close': 'Clôture\u00a0: chacun nomme un choix qu’il ferait autrement, et pourquoi.',
  'guide.prompts': 'Pistes de débriefing et ce qu’il faut écouter',
  'guide.promptsIntro':
    'Les questions du scénario lui-même. Le débriefing de groupe y ajoute des questions tirées des points où votre salle s’est partagée.',
  'guide.listenFor': 'À écouter',
  'guide.listen.quote': 'La doctrine sous-jacente\u00a0: «\u00a0{{quote}}\u00a0» ({{source}}).',
  'guide.listen.choices': 'S’ils la relient aux choix où elle s’est manifestée\u00a0: {{choices}}.',
  'guide.listen.choice': '«\u00a0{{option}}\u00a0» ({{card}})',
  'guide.listen.objective': 'L’objectif qu’elle sert\u00a0: {{objective}}',
  'guide.listen.fallback': 'Comment la réponse se rattache aux objectifs pédagogiques ci-dessus.',
};
