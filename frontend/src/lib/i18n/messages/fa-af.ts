// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// دری (fa-AF): ترجمهٔ ماشینی، نیاز به بازبینی انسانی دارد. کلیدهای ناموجود به انگلیسی و بعد به فرانسوی نشان داده می‌شوند.
// The first screens (language, needs, header, footer); the later ones are in fa-af-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const faAF: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'کمک برای تازه‌واردان، به زبان شما',
  'app.loading': 'در حال بارگیری…',
  'app.error': 'مشکلی پیش آمد. دوباره کوشش کنید، یا از میز پذیرش بپرسید.',
  'app.retry': 'دوباره کوشش کنید',
  'skip.link': 'رفتن به محتوای اصلی',

  'nav.back': 'برگشت',
  'nav.language': 'زبان',
  'nav.finish': 'ختم و پاک کردن همه چیز',
  'nav.main': 'کیوسک',

  'lang.heading': 'زبان خود را انتخاب کنید',
  'lang.intro': 'کمک نزدیک خود را پیدا کنید. رایگان است. به حساب کاربری ضرورت ندارید. ما جواب‌های شما را نگه نمی‌داریم.',

  'needs.heading': 'به چه چیزی ضرورت دارید؟',
  'needs.intro': 'یک یا چند مورد را لمس کنید.',
  'needs.seePlan': 'همین حالا پلان مرا نشان بده',
  'needs.questions': 'برای پلان بهتر به ۵ سوال کوتاه جواب بدهید',
  'needs.chooseOne': 'اقلاً یک ضرورت را انتخاب کنید.',
  'needs.loadError': 'فهرست ضرورت‌ها بارگیری نشد.',

  'actions.read': 'با صدای بلند بخوان',
  'actions.stop': 'خواندن را متوقف کن',

  'offline.banner': 'شما آفلاین هستید. معلوماتی را می‌بینید که قبلاً ذخیره شده است.',
  'offline.noData': 'این صفحه در این دستگاه ذخیره نشده است. به انترنت وصل شوید و دوباره کوشش کنید.',

  'idle.title': 'هنوز اینجا هستید؟',
  'idle.body': 'برای حفظ حریم شخصی شما، کیوسک بعد از {seconds} ثانیه از نو شروع می‌شود.',
  'idle.stay': 'هنوز اینجا هستم',

  'emergency.title': 'شماره‌های عاجل، رایگان، شب و روز',
  'emergency.112': 'حالت عاجل',
  'emergency.15': 'کمک صحی (SAMU)',
  'emergency.17': 'پولیس',
  'emergency.18': 'اطفائیه',
  'emergency.115': 'جای خواب',
  'emergency.119': 'طفل در خطر',
  'emergency.3919': 'خشونت علیه زنان',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'حالت عاجل با پیام کوتاه (برای ناشنوایان و کم‌شنوایان)',
  'emergency.3114': 'جلوگیری از خودکشی',
  'emergency.short': 'شماره‌های عاجل',

  'footer.complaint': 'شکایت کردن',
  'footer.accessibility': 'دسترسی‌پذیری',
  'footer.privacy': 'حریم شخصی',
  'footer.legal': 'معلومات حقوقی',
  'footer.label': 'کمک و معلومات',
  'complaint.short': 'با شما بی‌عدالتی شده؟ مدافع حقوق (Défenseur des droits):',

  'legal.notTranslated': 'این صفحه هنوز به زبان شما موجود نیست. به {language} نشان داده می‌شود.',
};

export default faAF;
