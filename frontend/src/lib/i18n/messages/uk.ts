// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// Українська: машинний переклад, потрібна перевірка людиною. Відсутні ключі показуються англійською, потім французькою.
// The first screens (language, needs, header, footer); the later ones are in uk-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const uk: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'Допомога для новоприбулих, вашою мовою',
  'app.loading': 'Завантаження…',
  'app.error': 'Щось пішло не так. Спробуйте ще раз або запитайте на рецепції.',
  'app.retry': 'Спробувати ще раз',
  'skip.link': 'Перейти до основного вмісту',

  'nav.back': 'Назад',
  'nav.language': 'Мова',
  'nav.finish': 'Завершити й усе стерти',
  'nav.main': 'Кіоск',

  'lang.heading': 'Оберіть мову',
  'lang.intro': 'Знайдіть допомогу поруч. Це безкоштовно. Обліковий запис не потрібен. Ми не зберігаємо ваші відповіді.',

  'needs.heading': 'Що вам потрібно?',
  'needs.intro': 'Торкніться одного або кількох пунктів.',
  'needs.seePlan': 'Показати мій план зараз',
  'needs.questions': 'Відповісти на 5 коротких запитань для кращого плану',
  'needs.chooseOne': 'Оберіть хоча б одну потребу.',
  'needs.loadError': 'Не вдалося завантажити список потреб.',

  'actions.read': 'Прочитати вголос',
  'actions.stop': 'Зупинити читання',

  'offline.banner': 'Ви офлайн. Ви бачите інформацію, збережену раніше.',
  'offline.noData': 'Ця сторінка не збережена на пристрої. Під’єднайтеся до інтернету й спробуйте ще раз.',

  'idle.title': 'Ви ще тут?',
  'idle.body': 'Щоб захистити вашу приватність, кіоск почне спочатку через {seconds} с.',
  'idle.stay': 'Я ще тут',

  'emergency.title': 'Екстрені номери, безкоштовно, вдень і вночі',
  'emergency.112': 'Екстрена допомога',
  'emergency.15': 'Медична допомога (SAMU)',
  'emergency.17': 'Поліція',
  'emergency.18': 'Пожежники',
  'emergency.115': 'Місце для ночівлі',
  'emergency.119': 'Дитина в небезпеці',
  'emergency.3919': 'Насильство щодо жінок',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'Екстрена допомога через SMS (для людей з порушеннями слуху)',
  'emergency.3114': 'Запобігання самогубствам',
  'emergency.short': 'Екстрені номери',

  'footer.complaint': 'Подати скаргу',
  'footer.accessibility': 'Доступність',
  'footer.privacy': 'Конфіденційність',
  'footer.legal': 'Правова інформація',
  'footer.label': 'Допомога та інформація',
  'complaint.short': 'З вами повелися несправедливо? Захисник прав (Défenseur des droits):',

  'legal.notTranslated': 'Цієї сторінки ще немає вашою мовою. Її показано мовою: {language}.',
};

export default uk;
