import type { MessageKey } from './en';
import { FACILITATION_FR } from './features/facilitation-fr';
import { LMS_FR } from './features/lms';
import { OFFLINE_FR } from './features/offline';
import { PRESENTATION_FR } from './features/presentation';
import { REVIEW_FR } from './features/review-fr';

/**
 * Les textes de l’interface en français, avec les mêmes clés que en.ts. Typographie (STYLE §6) : espace
 * insécable (U+00A0) avant « : » et dans les guillemets, espace fine insécable (U+202F) avant « ; », « ? »
 * et « ! », apostrophe typographique ’.
 */
export const FR: Readonly<Record<MessageKey, string>> = {
  'app.title': 'Dual Mandate',
  'app.subtitle':
    'Une simulation de formation sur la réforme du secteur de la sécurité et la protection des civils.',
  'app.loading': 'Chargement du scénario…',
  'app.loadFailed':
    'Impossible de charger le scénario « {{scenario}} ». Vérifiez votre connexion et rechargez la page.',
  'app.packDamaged':
    'Impossible de lire le scénario « {{scenario}} » : son fichier est absent ou endommagé. Rechargez la page ; si le problème se reproduit, prévenez la personne qui a installé le jeu.',

  'topBar.label': 'Commandes du jeu',
  'topBar.language': 'Langue',
  'topBar.settings': 'Réglages',
  'topBar.help': 'Aide',
  'topBar.helpWithKey': 'Aide (H)',
  'announce.language': 'Langue : français',

  'title.noPacks':
    'Les scénarios sont en préparation. Les sessions démarreront depuis cet écran dès qu’ils seront prêts.',
  'title.newSession': 'Nouvelle session',
  'title.country': 'Pays',
  'title.mode': 'Mode',
  'title.mode.solo': 'Individuel',
  'title.mode.solo.hint': 'À votre rythme.',
  'title.mode.group': 'Groupe animé',
  'title.mode.group.hint':
    'Une salle décide ensemble, avec un minuteur de délibération et des caractères plus grands.',
  'title.length': 'Durée',
  'title.length.standard': 'Standard : 12 trimestres',
  'title.length.short': 'Courte : 8 trimestres',
  'title.difficulty': 'Difficulté',
  'title.difficulty.normal': 'Normale',
  'title.difficulty.normal.hint': 'Les conséquences à venir sont signalées, jamais leur ampleur.',
  'title.difficulty.hard': 'Difficile',
  'title.difficulty.hard.hint': 'Les conséquences à venir sont masquées et les rapports moins précis.',
  'title.start': 'Commencer le briefing',
  'title.saved': 'Session enregistrée',
  'title.continue': 'Reprendre',
  'title.savedSummary': '{{scenario}}, trimestre {{turn}} sur {{turns}}',
  'title.savedEnded': '{{scenario}}, terminée',
  'title.invalidParameter':
    'L’adresse de la page contient une valeur invalide pour « {{param}} » ; la valeur par défaut est utilisée.',

  'save.damaged': 'La session enregistrée est illisible : la sauvegarde est endommagée.',
  'save.newer':
    'La session enregistrée provient d’une version plus récente de Dual Mandate et ne peut pas être ouverte ici.',
  'save.otherVersion':
    'La session enregistrée a été jouée sur la version {{saved}} de « {{scenario}} » ; ce jeu contient la version {{current}}.',
  'save.unknownPack': 'La session enregistrée porte sur un scénario absent de ce jeu (« {{scenario}} »).',
  'save.useBackup': 'Reprendre depuis la copie de secours',
  'save.backupHint': 'La copie de secours est la sauvegarde précédant votre dernière action.',
  'save.noBackup': 'Aucune copie de secours utilisable ; commencez une nouvelle session ci-dessous.',
  'save.unavailable':
    'Ce navigateur n’autorise pas l’enregistrement : la session ne survivra pas à un rechargement.',

  'briefing.heading': 'Briefing : {{scenario}}',
  'briefing.situation': 'Situation',
  'briefing.history': 'Contexte',
  'briefing.mandate': 'Le mandat de la mission',
  'briefing.actors': 'Acteurs clés',
  'briefing.actorWants': 'Attentes : {{wants}}',
  'briefing.meters': 'Les trois jauges',
  'briefing.meter.security':
    'Sécurité : la capacité des forces de l’État et de la mission à contenir les groupes armés.',
  'briefing.meter.legitimacy':
    'Légitimité : la population voit-elle le secteur de la sécurité comme le sien, redevable et équitable ?',
  'briefing.meter.civilianHarm':
    'Atteintes aux civils : le tort causé aux civils par les forces de l’État et par les groupes armés. Plus c’est bas, mieux c’est.',
  'briefing.capital':
    'Capital politique : ce que vous pouvez consacrer aux initiatives chaque trimestre. Le capital non dépensé est perdu.',
  'briefing.consent':
    'Consentement de l’État hôte : le degré de coopération du gouvernement avec la mission. S’il reste à zéro, la mission doit partir.',
  'briefing.delays':
    'Beaucoup de choix agissent plus tard : suivez la liste des conséquences à venir et les rapports de fin de trimestre.',
  'briefing.objectives': 'Objectifs pédagogiques',
  'briefing.tutorial': 'Afficher des conseils pendant le premier trimestre',
  'briefing.begin': 'Commencer le trimestre 1',

  'quarter.heading': 'Trimestre {{turn}} sur {{turns}}',
  'quarter.newsHeading': 'Trimestre {{turn}} sur {{turns}} : les nouvelles',
  'quarter.toDecisions': 'Passer aux décisions',
  'quarter.crisisAhead': 'Une crise appelle votre réponse ce trimestre : {{crisis}}.',
  'quarter.status': 'Situation',
  'quarter.capital': 'Capital politique',
  'quarter.capitalLeft': 'reste {{left}} sur {{total}}',
  'quarter.capitalNow': 'Capital politique : reste {{left}} sur {{total}}.',
  'quarter.consent': 'Consentement de l’État hôte',
  'quarter.news': 'Nouvelles et renseignements',
  'quarter.noNews': 'Rien de nouveau ce trimestre.',
  'quarter.crisis': 'Crise : une réponse est requise',
  'quarter.initiatives': 'Initiatives',
  'quarter.initiativesHint':
    'Financez-en autant que votre capital politique le permet, une option au plus par carte.',
  'quarter.noInitiatives': 'Aucune initiative ne peut être lancée ce trimestre.',
  'quarter.numberKeysHint': 'Dans une carte, les touches 1 à 4 choisissent ses options.',
  'quarter.region': 'Région : {{region}}',
  'quarter.end': 'Terminer le trimestre',
  'quarter.endBlocked': 'Répondez d’abord à la crise.',
  'quarter.tutorial': 'Tutoriel',
  'quarter.tutorialStep': 'Conseil {{step}} sur {{steps}}',
  'quarter.tutorialNext': 'Conseil suivant',
  'quarter.tutorialSkip': 'Passer le tutoriel',
  'quarter.tutorialDone': 'Fermer le tutoriel',

  'option.cost': 'coût {{cost}}',
  'option.consentCost': 'consentement −{{cost}}',
  'option.reason.over-capital': 'Il ne reste pas assez de capital politique.',
  'option.reason.over-consent': 'Le consentement de l’État hôte est trop faible pour cela.',
  'option.reason.timed-out': 'Le temps imparti aux initiatives de ce trimestre est écoulé.',

  'meter.security': 'Sécurité',
  'meter.legitimacy': 'Légitimité',
  'meter.civilianHarm': 'Atteintes aux civils',
  'meter.valueText': '{{value}} sur 100',
  'meter.valueTextUp': '{{value}} sur 100, en hausse de {{delta}}',
  'meter.valueTextDown': '{{value}} sur 100, en baisse de {{delta}}',
  'meter.valueTextSteady': '{{value}} sur 100, stable',
  'meter.better': 'amélioration',
  'meter.worse': 'dégradation',
  'meter.same': 'stable',

  'ledger.heading': 'Conséquences à venir',
  'ledger.hint': 'Quelles décisions agiront encore, et quand ; jamais dans quelle mesure.',
  'ledger.item': '« {{option}} » ({{card}}, trimestre {{turn}}) : {{due}}',
  'ledger.dueQuarter': 'trimestre {{turn}}',
  'ledger.afterHandover': 'après la passation',
  'ledger.empty': 'Aucune pour le moment.',
  'ledger.hidden': 'En mode Difficile, les conséquences à venir sont masquées.',

  'map.heading': 'Régions (carte en texte)',
  'map.region': '{{region}} : atteintes aux civils {{level}}',
  'map.level.low': 'faibles',
  'map.level.moderate': 'modérées',
  'map.level.high': 'élevées',
  'map.level.severe': 'graves',
  'map.incidents': 'Ce trimestre : {{incidents}}',

  'timer.label': 'Temps de délibération restant : {{time}}',
  'timer.paused': 'Minuteur de délibération en pause : reste {{time}}',
  'timer.expired': 'Le temps de délibération est écoulé.',
  'timer.pause': 'Mettre le minuteur en pause',
  'timer.resume': 'Relancer le minuteur',
  'timer.extend': 'Ajouter une minute',
  'timer.disable': 'Désactiver le minuteur',

  'report.heading': 'Trimestre {{turn}} : résultats',
  'report.changes': 'Ce qui a changé',
  'report.delayed': 'Conséquences différées',
  'report.delayedItem':
    'Votre décision « {{option}} » ({{card}}, trimestre {{turn}}) produit de nouveaux effets.',
  'report.delayedItemRegion':
    '{{region}} : votre décision « {{option}} » ({{card}}, trimestre {{turn}}) y produit de nouveaux effets.',
  'report.noDelayed': 'Aucune décision antérieure n’a agi ce trimestre.',
  'report.benchmarks': 'Jalons atteints',
  'report.continue': 'Continuer',
  'report.toEnding': 'Voir comment la mission se termine',
  'announce.resolution': 'Trimestre {{turn}} terminé. {{meters}}.',
  'announce.resolutionDelayed':
    'Trimestre {{turn}} terminé. {{meters}}. {{count}} décisions antérieures ont agi.',
  'announce.resolutionDelayedOne': 'Trimestre {{turn}} terminé. {{meters}}. Une décision antérieure a agi.',
  'announce.separator': ' ; ',
  'announce.meter': '{{meter}} {{valueText}}',

  'review.heading': 'Examen du mandat après le trimestre {{turn}}',
  'review.intro': 'Le Conseil de sécurité examine les jalons de la mission.',
  'review.changes': 'Décisions du Conseil',
  'review.noChange': 'Le Conseil renouvelle le mandat sans changement.',
  'review.benchmarks': 'Jalons',
  'review.term.short': 'Court terme',
  'review.term.medium': 'Moyen terme',
  'review.term.long': 'Long terme',
  'review.met': 'atteint au trimestre {{turn}}',
  'review.missed': 'manqué (échéance au trimestre {{turn}})',
  'review.open': 'pas encore atteint',
  'review.openBy': 'pas encore atteint (échéance au trimestre {{turn}})',
  'review.continue': 'Passer au trimestre {{turn}}',

  'ending.heading': 'Le dénouement : {{ending}}',
  'ending.reason.lastTurn': 'Le mandat de la mission est arrivé à son terme après {{turns}} trimestres.',
  'ending.reason.collapse': 'Le secteur de la sécurité s’est effondré au trimestre {{turn}}.',
  'ending.reason.consentWithdrawn': 'Le gouvernement hôte a retiré son consentement au trimestre {{turn}}.',
  'ending.meters': 'Au moment de la passation',
  'ending.note':
    'Aucune mission ne l’emporte franchement : transformer un secteur de la sécurité prend de quinze à trente ans.',
  'ending.runCode': 'Code de partie',
  'ending.runCodeHint':
    'Le code de partie contient toute votre session ; le débriefing et votre animateur peuvent le lire.',
  'ending.debrief': 'Voir le débriefing',

  'summary.copied': 'Code de partie copié.',
  'summary.copyFailed': 'La copie n’est pas autorisée ici ; sélectionnez le code et copiez-le vous-même.',
  'summary.close': 'Retour à l’écran d’accueil',

  'settings.heading': 'Réglages',
  'settings.textSize': 'Taille du texte',
  'settings.textSize.normal': 'Normale',
  'settings.textSize.large': 'Grande',
  'settings.textSize.larger': 'Très grande',
  'settings.highContrast': 'Contraste élevé',
  'settings.reducedMotion': 'Réduire les animations',
  'settings.numberKeys': 'Les touches 1 à 4 choisissent les options d’une carte',
  'settings.helpKey': 'La touche H ouvre l’aide',
  'settings.close': 'Fermer',

  'help.heading': 'Aide',
  'help.howTo': 'Comment jouer',
  'help.howTo.1':
    'À chaque trimestre, lisez les nouvelles, répondez à la crise s’il y en a une, puis financez des initiatives.',
  'help.howTo.2':
    'Le capital politique limite ce que vous pouvez financer ; il ne se reporte pas au trimestre suivant.',
  'help.howTo.3':
    'Appuyez sur « Terminer le trimestre » pour voir les résultats. Beaucoup de choix n’agissent que plus tard.',
  'help.howTo.4': 'Tous les quatre trimestres, le Conseil de sécurité examine le mandat.',
  'help.howTo.5':
    'Clavier : Tab passe d’une commande à l’autre, Entrée ou Espace active un bouton, Échap ferme cette fenêtre.',
  'help.glossary': 'Glossaire',
  'help.close': 'Fermer',
  'glossary.capital': 'Capital politique',
  'glossary.capital.definition': 'L’influence que vous pouvez consacrer aux initiatives chaque trimestre.',

  ...REVIEW_FR,
  ...FACILITATION_FR,
  ...PRESENTATION_FR,
  ...LMS_FR,
  ...OFFLINE_FR,
};
