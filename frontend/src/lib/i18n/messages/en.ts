// English, the first screens (language, needs, header, footer): complete, the reference catalogue
// (every key exists here or in en-later.ts; the others are checked against them).
// Plain language: short sentences, one idea each. The rest loads with the later screens (en-later.ts).
import type { LaterKey } from './en-later';

const en = {
  'app.name': 'Passerelle',
  'app.tagline': 'Help for newcomers, in your language',
  'app.loading': 'Loading…',
  'app.error': 'Something went wrong. Please try again, or ask at the reception desk.',
  'app.retry': 'Try again',
  'skip.link': 'Skip to main content',

  'nav.back': 'Back',
  'nav.language': 'Language',
  'nav.finish': 'Finish and clear',
  'nav.main': 'Kiosk',

  'lang.heading': 'Choose your language',
  'lang.intro': 'Find help near you. It is free. You do not need an account. We do not keep your answers.',

  'needs.heading': 'What do you need?',
  'needs.intro': 'Tap one or more.',
  'needs.seePlan': 'See my plan now',
  'needs.questions': 'Answer 5 short questions for a better plan',
  'needs.chooseOne': 'Choose at least one need.',
  'needs.loadError': 'We could not load the list of needs.',

  'actions.read': 'Read aloud',
  'actions.stop': 'Stop reading',

  'offline.banner': 'You are offline. You see information saved earlier.',
  'offline.noData': 'This page is not saved on this device. Connect to the internet and try again.',

  'idle.title': 'Are you still there?',
  'idle.body': 'To protect your privacy, the kiosk starts again in {seconds} seconds.',
  'idle.stay': 'I am still here',

  'emergency.title': 'Emergency numbers, free, day and night',
  'emergency.112': 'Emergency',
  'emergency.15': 'Medical help (SAMU)',
  'emergency.17': 'Police',
  'emergency.18': 'Fire brigade',
  'emergency.115': 'A place to sleep',
  'emergency.119': 'Child in danger',
  'emergency.3919': 'Violence against women',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'Emergency by text message (deaf or hard of hearing)',
  'emergency.3114': 'Suicide prevention',
  'emergency.short': 'Emergency numbers',

  'footer.complaint': 'Make a complaint',
  'footer.accessibility': 'Accessibility',
  'footer.privacy': 'Privacy',
  'footer.legal': 'Legal notices',
  'footer.label': 'Help and information',
  'complaint.short': 'Treated unfairly? Défenseur des droits:',

  'legal.notTranslated': 'This page is not available in your language yet. It is shown in {language}.',
} as const;

/** The keys of the first screens (this file). */
export type FirstKey = keyof typeof en;
/** Every key of the kiosk: the first screens and the later ones. */
export type MessageKey = FirstKey | LaterKey;
export default en satisfies Record<FirstKey, string>;
