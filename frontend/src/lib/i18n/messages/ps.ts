// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// پښتو: ماشیني ژباړه، د انسان بیاکتنې ته اړتیا لري. نشته کلیدونه په انګلیسي او بیا په فرانسوي ښودل کېږي.
// The first screens (language, needs, header, footer); the later ones are in ps-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const ps: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'د نویو راغلو لپاره مرسته، ستاسو په ژبه',
  'app.loading': 'بارېږي…',
  'app.error': 'یوه ستونزه پیدا شوه. بیا هڅه وکړئ، یا د هرکلي له مېز څخه وپوښتئ.',
  'app.retry': 'بیا هڅه وکړئ',
  'skip.link': 'اصلي منځپانګې ته لاړ شئ',

  'nav.back': 'شاته',
  'nav.language': 'ژبه',
  'nav.finish': 'پای او هر څه پاک کړئ',
  'nav.main': 'کیوسک',

  'lang.heading': 'خپله ژبه وټاکئ',
  'lang.intro': 'خپل شاوخوا مرسته ومومئ. وړیا ده. حساب ته اړتیا نشته. موږ ستاسو ځوابونه نه ساتو.',

  'needs.heading': 'تاسو څه ته اړتیا لرئ؟',
  'needs.intro': 'یو یا څو توکي ولمسوئ.',
  'needs.seePlan': 'همدا اوس زما پلان وښیه',
  'needs.questions': 'د ښه پلان لپاره ۵ لنډو پوښتنو ته ځواب ورکړئ',
  'needs.chooseOne': 'لږ تر لږه یوه اړتیا وټاکئ.',
  'needs.loadError': 'د اړتیاوو لېست بار نه شو.',

  'actions.read': 'په لوړ غږ یې ولوله',
  'actions.stop': 'لوستل ودروه',

  'offline.banner': 'تاسو آفلاین یاست. هغه معلومات وینئ چې مخکې ساتل شوي.',
  'offline.noData': 'دا پاڼه په دې وسیله کې نه ده ساتل شوې. انټرنیټ ته وصل شئ او بیا هڅه وکړئ.',

  'idle.title': 'ایا لا دلته یاست؟',
  'idle.body': 'ستاسو د محرمیت د ساتنې لپاره، کیوسک به له {seconds} ثانیو وروسته بیا پیل شي.',
  'idle.stay': 'لا دلته یم',

  'emergency.title': 'بیړني شمېرې، وړیا، شپه او ورځ',
  'emergency.112': 'بیړنۍ پېښه',
  'emergency.15': 'طبي مرسته (SAMU)',
  'emergency.17': 'پولیس',
  'emergency.18': 'اور وژونکي',
  'emergency.115': 'د ویده کېدو ځای',
  'emergency.119': 'ماشوم په خطر کې',
  'emergency.3919': 'پر ښځو تاوتریخوالی',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'بیړنۍ پېښه د لنډ پیغام له لارې (د کڼو او کم اورېدونکو لپاره)',
  'emergency.3114': 'د ځان وژنې مخنیوی',
  'emergency.short': 'بیړني شمېرې',

  'footer.complaint': 'شکایت وکړئ',
  'footer.accessibility': 'لاسرسی',
  'footer.privacy': 'محرمیت',
  'footer.legal': 'حقوقي معلومات',
  'footer.label': 'مرسته او معلومات',
  'complaint.short': 'له تاسو سره بې عدالتي شوې؟ د حقونو مدافع (Défenseur des droits):',

  'legal.notTranslated': 'دا پاڼه لا ستاسو په ژبه نشته. په {language} ښودل کېږي.',
};

export default ps;
