import type { PageSet } from './types';

const fr: PageSet = {
  privacy: {
    title: 'Confidentialité',
    sections: [
      {
        heading: 'Ce que nous vous demandons',
        paragraphs: [
          'Ce dont vous avez besoin. Ensuite, seulement si vous le voulez : votre âge, votre français, avec qui vous vivez, votre ville et vos papiers.',
          'Vous pouvez passer chaque question. Pour vos papiers, vous pouvez toujours répondre « Je préfère ne pas le dire ».',
        ],
      },
      {
        heading: 'Pourquoi',
        paragraphs: ['Seulement pour vous montrer les services qui vous correspondent, et pourquoi.'],
      },
      {
        heading: 'Ce que nous gardons',
        paragraphs: [
          'Rien sur vous. Nous ne demandons pas votre nom. Il n’y a pas de compte, pas de cookie et pas de suivi.',
          'Vos réponses restent dans la mémoire de cet écran. Elles sont envoyées à notre serveur pour préparer votre plan, et le serveur ne les enregistre pas.',
          'Nous comptons seulement, sans aucun nom, les besoins pour lesquels nous n’avons trouvé aucun service : le besoin, le territoire et le jour. Cela montre à la ville ce qui manque.',
        ],
      },
      {
        heading: 'Sur cette borne',
        paragraphs: [
          'Quand vous touchez « Terminer et tout effacer », ou après 90 secondes sans utilisation, tout est effacé : vos réponses et la copie enregistrée de votre plan.',
        ],
      },
      {
        heading: 'Le code QR',
        paragraphs: [
          'Le code QR contient vos réponses dans la partie du lien après « # ». Cette partie n’est jamais envoyée à un serveur.',
          'Vos papiers sont dans le code seulement si vous cochez « Inclure ma situation administrative ».',
        ],
      },
      {
        heading: 'Vos droits',
        paragraphs: [
          'La commune qui gère cette borne est responsable de ce service. Comme nous ne gardons rien sur vous, il n’y a rien à consulter, corriger ou effacer.',
          'Pour une question, demandez à l’accueil : on vous mettra en contact avec le délégué à la protection des données de la commune.',
          'Vous pouvez aussi faire une réclamation auprès de la CNIL : www.cnil.fr, téléphone 01 53 73 22 22.',
        ],
      },
      {
        heading: 'Si l’accueil ouvre un dossier pour vous',
        paragraphs: [
          'À l’accueil, avec votre accord, un agent peut ouvrir un dossier pour envoyer votre demande à des associations. Il garde seulement votre prénom ou un pseudonyme, vos langues, vos besoins et la façon de vous joindre.',
          'Vous recevez un reçu qui dit ce qui est partagé et avec qui. Vous pouvez retirer votre accord à tout moment à l’accueil : les associations ne voient plus vos données.',
          'Le dossier est effacé au plus tard 2 ans après votre dernier contact avec l’accueil.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    sections: [
      {
        heading: 'Notre engagement',
        paragraphs: [
          'La commune veut que cette borne soit utilisable par tous. Elle vise le niveau AA des règles WCAG 2.2, que suit le RGAA.',
        ],
      },
      {
        heading: 'État de conformité',
        paragraphs: [
          'Partiellement conforme. Chaque écran est vérifié automatiquement avec axe-core et Lighthouse à chaque modification, en français et en arabe (de droite à gauche). Aucun audit manuel complet n’a encore été fait.',
        ],
      },
      {
        heading: 'Ce que nous avons fait',
        paragraphs: [
          'De grands boutons, un focus visible, des contrastes forts, des textes en 8 langues avec une mise en page de droite à gauche pour l’arabe, le dari et le pachto, des polices pour les écritures arabe et guèze, la lecture à voix haute quand l’appareil a une voix pour votre langue, et pas d’animation quand votre appareil demande moins de mouvement.',
        ],
      },
      {
        heading: 'Limites connues',
        paragraphs: [
          'Les traductions en arabe, dari, pachto, tigrigna, ukrainien et russe ont été faites par machine et attendent une relecture humaine.',
          'Les noms et descriptions des services en arabe, dari, pachto, tigrigna, ukrainien et russe sont le plus souvent des traductions automatiques, signalées « Traduction automatique ». Certains n’existent qu’en français ou en anglais : la page le dit.',
          'La lecture à voix haute dépend des voix installées sur l’appareil.',
        ],
      },
      {
        heading: 'Nous signaler un problème',
        paragraphs: [
          'Si quelque chose vous bloque, demandez à l’accueil : nous vous donnerons l’information autrement et nous corrigerons la borne.',
          'Sans réponse, vous pouvez saisir le Défenseur des droits : 09 69 39 00 00, www.defenseurdesdroits.fr.',
        ],
      },
    ],
  },
  legal: {
    title: 'Mentions légales',
    sections: [
      {
        heading: 'Éditeur',
        paragraphs: [
          'Cette borne est éditée par la commune qui gère le guichet unique pour les nouveaux arrivants. Dans cette démonstration, le guichet unique est un exemple à l’hôtel de ville de Nancy.',
          'Directeur de la publication : le maire de la commune.',
        ],
      },
      {
        heading: 'Hébergement',
        paragraphs: ['Le service est hébergé sur l’infrastructure de la commune, en France.'],
      },
      {
        heading: 'Informations sur les services',
        paragraphs: [
          'Les informations sur les services viennent de documents publics, avec leur date. Certains horaires sont des exemples et sont signalés comme tels. Vérifiez toujours auprès du service avant d’y aller.',
          'Les textes signalés « Traduction automatique » ont été traduits par un ordinateur et peuvent contenir des erreurs.',
          'Passerelle ne décide pas qui reçoit une aide : chaque service décide.',
        ],
      },
      {
        heading: 'Licence',
        paragraphs: ['Le logiciel est publié sous licence publique de l’Union européenne (EUPL 1.2). Icônes : Lucide (licence ISC). Polices : Noto Sans (SIL Open Font License).'],
      },
    ],
  },
  complaint: {
    title: 'Faire une réclamation',
    sections: [
      {
        heading: 'Vous avez été traité injustement ?',
        paragraphs: [
          'Un service public n’a pas respecté vos droits, ou vous avez été traité différemment à cause de votre origine, de votre religion, de votre sexe ou de votre handicap.',
          'Le Défenseur des droits peut vous aider. C’est gratuit et indépendant.',
        ],
      },
      {
        heading: 'Comment le contacter',
        paragraphs: [
          'Par téléphone : 09 69 39 00 00 (prix d’un appel local).',
          'En ligne : www.defenseurdesdroits.fr.',
          'Sur place : un délégué du Défenseur des droits près de chez vous. Demandez l’adresse à l’accueil.',
        ],
      },
      {
        heading: 'À propos de cette borne',
        paragraphs: ['Si quelque chose ne va pas avec cette borne ou ses informations, dites-le à l’accueil. Vous n’avez pas à donner votre nom.'],
      },
    ],
  },
};

export default fr;
