// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// Русский: машинный перевод, нужна проверка человеком. Недостающие ключи показываются по-английски, затем по-французски.
// The first screens (language, needs, header, footer); the later ones are in ru-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const ru: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'Помощь для новоприбывших, на вашем языке',
  'app.loading': 'Загрузка…',
  'app.error': 'Что-то пошло не так. Попробуйте ещё раз или спросите на стойке приёма.',
  'app.retry': 'Попробовать ещё раз',
  'skip.link': 'Перейти к основному содержанию',

  'nav.back': 'Назад',
  'nav.language': 'Язык',
  'nav.finish': 'Завершить и всё стереть',
  'nav.main': 'Киоск',

  'lang.heading': 'Выберите язык',
  'lang.intro': 'Найдите помощь рядом. Это бесплатно. Учётная запись не нужна. Мы не храним ваши ответы.',

  'needs.heading': 'Что вам нужно?',
  'needs.intro': 'Нажмите на один или несколько пунктов.',
  'needs.seePlan': 'Показать мой план сейчас',
  'needs.questions': 'Ответить на 5 коротких вопросов для лучшего плана',
  'needs.chooseOne': 'Выберите хотя бы одну потребность.',
  'needs.loadError': 'Не удалось загрузить список потребностей.',

  'actions.read': 'Прочитать вслух',
  'actions.stop': 'Остановить чтение',

  'offline.banner': 'Вы офлайн. Вы видите информацию, сохранённую ранее.',
  'offline.noData': 'Эта страница не сохранена на устройстве. Подключитесь к интернету и попробуйте ещё раз.',

  'idle.title': 'Вы ещё здесь?',
  'idle.body': 'Чтобы защитить вашу конфиденциальность, киоск начнёт сначала через {seconds} с.',
  'idle.stay': 'Я ещё здесь',

  'emergency.title': 'Экстренные номера, бесплатно, днём и ночью',
  'emergency.112': 'Экстренная помощь',
  'emergency.15': 'Медицинская помощь (SAMU)',
  'emergency.17': 'Полиция',
  'emergency.18': 'Пожарные',
  'emergency.115': 'Место для ночлега',
  'emergency.119': 'Ребёнок в опасности',
  'emergency.3919': 'Насилие в отношении женщин',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'Экстренная помощь по SMS (для людей с нарушениями слуха)',
  'emergency.3114': 'Профилактика самоубийств',
  'emergency.short': 'Экстренные номера',

  'footer.complaint': 'Подать жалобу',
  'footer.accessibility': 'Доступность',
  'footer.privacy': 'Конфиденциальность',
  'footer.legal': 'Правовая информация',
  'footer.label': 'Помощь и информация',
  'complaint.short': 'С вами обошлись несправедливо? Защитник прав (Défenseur des droits):',

  'legal.notTranslated': 'Этой страницы ещё нет на вашем языке. Она показана на языке: {language}.',
};

export default ru;
