// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// العربية: ترجمة آلية، تحتاج إلى مراجعة بشرية. المفاتيح الناقصة تُعرض بالإنجليزية ثم بالفرنسية.
// The first screens (language, needs, header, footer); the later ones are in ar-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const ar: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'مساعدة للقادمين الجدد، بلغتك',
  'app.loading': 'جارٍ التحميل…',
  'app.error': 'حدثت مشكلة. حاول مرة أخرى، أو اسأل في مكتب الاستقبال.',
  'app.retry': 'حاول مرة أخرى',
  'skip.link': 'انتقل إلى المحتوى الرئيسي',

  'nav.back': 'رجوع',
  'nav.language': 'اللغة',
  'nav.finish': 'إنهاء ومسح كل شيء',
  'nav.main': 'الكشك',

  'lang.heading': 'اختر لغتك',
  'lang.intro': 'ابحث عن مساعدة قريبة منك. الخدمة مجانية. لا تحتاج إلى حساب. لا نحتفظ بإجاباتك.',

  'needs.heading': 'ماذا تحتاج؟',
  'needs.intro': 'المس حاجة واحدة أو أكثر.',
  'needs.seePlan': 'اعرض خطتي الآن',
  'needs.questions': 'أجب عن 5 أسئلة قصيرة لخطة أفضل',
  'needs.chooseOne': 'اختر حاجة واحدة على الأقل.',
  'needs.loadError': 'لم نتمكن من تحميل قائمة الاحتياجات.',

  'actions.read': 'اقرأ بصوت عالٍ',
  'actions.stop': 'أوقف القراءة',

  'offline.banner': 'أنت غير متصل بالإنترنت. ترى معلومات محفوظة من قبل.',
  'offline.noData': 'هذه الصفحة غير محفوظة على هذا الجهاز. اتصل بالإنترنت وحاول مرة أخرى.',

  'idle.title': 'هل ما زلت هنا؟',
  'idle.body': 'لحماية خصوصيتك، سيبدأ الكشك من جديد بعد {seconds} ثانية.',
  'idle.stay': 'ما زلت هنا',

  'emergency.title': 'أرقام الطوارئ، مجانية، ليلًا ونهارًا',
  'emergency.112': 'الطوارئ',
  'emergency.15': 'مساعدة طبية (SAMU)',
  'emergency.17': 'الشرطة',
  'emergency.18': 'الإطفاء',
  'emergency.115': 'مكان للنوم',
  'emergency.119': 'طفل في خطر',
  'emergency.3919': 'العنف ضد النساء',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'الطوارئ عبر رسالة نصية (للصم وضعاف السمع)',
  'emergency.3114': 'الوقاية من الانتحار',
  'emergency.short': 'أرقام الطوارئ',

  'footer.complaint': 'تقديم شكوى',
  'footer.accessibility': 'إمكانية الوصول',
  'footer.privacy': 'الخصوصية',
  'footer.legal': 'الإشعارات القانونية',
  'footer.label': 'مساعدة ومعلومات',
  'complaint.short': 'عوملت بظلم؟ المدافع عن الحقوق (Défenseur des droits):',

  'legal.notTranslated': 'هذه الصفحة غير متوفرة بلغتك بعد. إنها معروضة بـ{language}.',
};

export default ar;
