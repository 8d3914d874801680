import type { PageSet } from './types';

const en: PageSet = {
  privacy: {
    title: 'Privacy notice',
    sections: [
      {
        heading: 'What we ask you',
        paragraphs: [
          'What you need. Then, only if you want: your age group, your French, who you live with, your town and your papers.',
          'Every question can be skipped. For your papers, you can always answer “I would rather not say”.',
        ],
      },
      {
        heading: 'Why',
        paragraphs: ['Only to show you the services that fit you, and why.'],
      },
      {
        heading: 'What we keep',
        paragraphs: [
          'Nothing about you. We do not ask your name. There is no account, no cookie and no tracking.',
          'Your answers stay in the memory of this screen. They are sent to our server to prepare your plan, and the server does not store them.',
          'We only count, without any name, the needs for which we found no service: the need, the area and the day. This shows the city what is missing.',
        ],
      },
      {
        heading: 'On this kiosk',
        paragraphs: [
          'When you tap “Finish and clear”, or after 90 seconds without use, everything is erased: your answers and the saved copy of your plan.',
        ],
      },
      {
        heading: 'The QR code',
        paragraphs: [
          'The QR code holds your answers in the part of the link after “#”. This part is never sent to a server.',
          'Your papers are in the code only if you tick “Include my status”.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'The city that runs this kiosk is responsible for this service. As we keep nothing about you, there is nothing to see, correct or erase.',
          'For a question, ask at the reception desk: they will put you in touch with the city’s data protection officer.',
          'You can also complain to the CNIL, the French data protection authority: www.cnil.fr, phone 01 53 73 22 22.',
        ],
      },
      {
        heading: 'If the desk opens a file for you',
        paragraphs: [
          'At the desk, with your agreement, an agent can open a file to send your request to associations. It keeps only your first name or a pseudonym, your languages, your needs and how to reach you.',
          'You get a receipt that says what is shared and with whom. You can withdraw your agreement at any time at the desk: the associations then no longer see your data.',
          'The file is erased at the latest 2 years after your last contact with the desk.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    sections: [
      {
        heading: 'Our commitment',
        paragraphs: [
          'The city wants this kiosk to be usable by everyone. The kiosk aims at level AA of the Web Content Accessibility Guidelines (WCAG 2.2), which the French RGAA follows.',
        ],
      },
      {
        heading: 'Compliance status',
        paragraphs: [
          'Partially compliant. Every screen is checked automatically with axe-core and Lighthouse at each change, in French and in Arabic (right to left). No full manual audit has been done yet.',
        ],
      },
      {
        heading: 'What we did',
        paragraphs: [
          'Large buttons, visible focus, strong colour contrast, text in 8 languages with right-to-left layout for Arabic, Dari and Pashto, fonts for Arabic and Ge’ez scripts, reading aloud when the device has a voice for your language, and no animation when your device asks for reduced motion.',
        ],
      },
      {
        heading: 'Known limits',
        paragraphs: [
          'The translations into Arabic, Dari, Pashto, Tigrinya, Ukrainian and Russian were made by machine and are waiting for a human review.',
          'Service names and descriptions in Arabic, Dari, Pashto, Tigrinya, Ukrainian and Russian are mostly automatic translations, marked “Automatic translation”. Some exist only in French or English: the page says so.',
          'Reading aloud depends on the voices installed on the device.',
        ],
      },
      {
        heading: 'Tell us',
        paragraphs: [
          'If something blocks you, ask at the reception desk: we will give you the information another way and fix the kiosk.',
          'If you get no answer, you can contact the Défenseur des droits: 09 69 39 00 00, www.defenseurdesdroits.fr.',
        ],
      },
    ],
  },
  legal: {
    title: 'Legal notices',
    sections: [
      {
        heading: 'Publisher',
        paragraphs: [
          'This kiosk is published by the municipality that runs its one-stop shop for newcomers (guichet unique). In this demonstration, the one-stop shop is an example at Nancy city hall.',
          'Director of publication: the mayor of the municipality.',
        ],
      },
      {
        heading: 'Hosting',
        paragraphs: ['The service is hosted on the infrastructure of the municipality, in France.'],
      },
      {
        heading: 'Information on services',
        paragraphs: [
          'The information on services comes from public documents, with their date. Some opening hours are examples and are marked as such. Always check with the service before you go.',
          'Texts marked “Automatic translation” were translated by a computer and may contain mistakes.',
          'Passerelle does not decide who receives help: each service decides.',
        ],
      },
      {
        heading: 'Licence',
        paragraphs: ['The software is published under the European Union Public Licence (EUPL 1.2). Icons: Lucide (ISC licence). Fonts: Noto Sans (SIL Open Font License).'],
      },
    ],
  },
  complaint: {
    title: 'Make a complaint',
    sections: [
      {
        heading: 'You were treated unfairly?',
        paragraphs: [
          'A public service did not respect your rights, or you were treated differently because of your origin, your religion, your sex or your disability.',
          'The Défenseur des droits can help you. It is free and independent.',
        ],
      },
      {
        heading: 'How to contact them',
        paragraphs: [
          'By phone: 09 69 39 00 00 (price of a local call).',
          'Online: www.defenseurdesdroits.fr.',
          'In person: a delegate of the Défenseur des droits near you. Ask at the reception desk for the address.',
        ],
      },
      {
        heading: 'About this kiosk',
        paragraphs: ['If something is wrong with this kiosk or its information, tell the reception desk. You do not have to give your name.'],
      },
    ],
  },
};

export default en;
