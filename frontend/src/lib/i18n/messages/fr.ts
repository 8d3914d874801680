// Français, premiers écrans : complet (facile à lire et à comprendre : phrases courtes, une idée par phrase).
// La suite (questions, plan, fiche service) est dans fr-later.ts et se charge avec ces écrans.
import type { FirstKey } from './en';

const fr: Record<FirstKey, string> = {
  'app.name': 'Passerelle',
  'app.tagline': 'De l’aide pour les nouveaux arrivants, dans votre langue',
  'app.loading': 'Chargement…',
  'app.error': 'Un problème est survenu. Réessayez, ou demandez à l’accueil.',
  'app.retry': 'Réessayer',
  'skip.link': 'Aller au contenu principal',

  'nav.back': 'Retour',
  'nav.language': 'Langue',
  'nav.finish': 'Terminer et tout effacer',
  'nav.main': 'Borne',

  'lang.heading': 'Choisissez votre langue',
  'lang.intro':
    'Trouvez de l’aide près de chez vous. C’est gratuit. Pas besoin de compte. Nous ne gardons pas vos réponses.',

  'needs.heading': 'De quoi avez-vous besoin ?',
  'needs.intro': 'Touchez un ou plusieurs besoins.',
  'needs.seePlan': 'Voir mon plan maintenant',
  'needs.questions': 'Répondre à 5 questions courtes pour un meilleur plan',
  'needs.chooseOne': 'Choisissez au moins un besoin.',
  'needs.loadError': 'Impossible de charger la liste des besoins.',

  'actions.read': 'Lire à voix haute',
  'actions.stop': 'Arrêter la lecture',

  'offline.banner': 'Vous êtes hors connexion. Vous voyez des informations enregistrées plus tôt.',
  'offline.noData': 'Cette page n’est pas enregistrée sur cet appareil. Connectez-vous à Internet et réessayez.',

  'idle.title': 'Êtes-vous toujours là ?',
  'idle.body': 'Pour protéger votre vie privée, la borne recommence dans {seconds} secondes.',
  'idle.stay': 'Je suis toujours là',

  'emergency.title': 'Numéros d’urgence, gratuits, jour et nuit',
  'emergency.112': 'Urgences',
  'emergency.15': 'Urgence médicale (SAMU)',
  'emergency.17': 'Police',
  'emergency.18': 'Pompiers',
  'emergency.115': 'Un endroit pour dormir',
  'emergency.119': 'Enfant en danger',
  'emergency.3919': 'Violences faites aux femmes',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'Urgences par SMS (personnes sourdes ou malentendantes)',
  'emergency.3114': 'Prévention du suicide',
  'emergency.short': 'Numéros d’urgence',

  'footer.complaint': 'Faire une réclamation',
  'footer.accessibility': 'Accessibilité',
  'footer.privacy': 'Confidentialité',
  'footer.legal': 'Mentions légales',
  'footer.label': 'Aide et informations',
  'complaint.short': 'Traité injustement ? Défenseur des droits :',

  'legal.notTranslated': 'Cette page n’existe pas encore dans votre langue. Elle est affichée en {language}.',
};

export default fr;
