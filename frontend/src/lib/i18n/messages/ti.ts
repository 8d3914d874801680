// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW
// ትግርኛ: ብማሽን ዝተተርጎመ፡ ብሰብ ክርአ የድሊ። ዘይብሉ ቁልፍታት ብእንግሊዝኛ፡ ድሕሪኡ ብፈረንሳይኛ ይርኣዩ።
// The first screens (language, needs, header, footer); the later ones are in ti-later.ts.
import type { FirstCatalogue } from '../translate';

export const review = 'machine-translated';

const ti: FirstCatalogue = {
  'app.name': 'Passerelle',
  'app.tagline': 'ንሓደሽቲ መጻእቲ ሓገዝ፡ ብቋንቋኹም',
  'app.loading': 'ይጽዓን ኣሎ…',
  'app.error': 'ጸገም ኣጋጢሙ። እንደገና ፈትኑ፡ ወይ ኣብ መቐበሊ ሕተቱ።',
  'app.retry': 'እንደገና ፈትኑ',
  'skip.link': 'ናብ ቀንዲ ትሕዝቶ ኺዱ',

  'nav.back': 'ንድሕሪት',
  'nav.language': 'ቋንቋ',
  'nav.finish': 'ወድእ፡ ኩሉ ደምስስ',
  'nav.main': 'ኪዮስክ',

  'lang.heading': 'ቋንቋኹም ምረጹ',
  'lang.intro': 'ኣብ ጥቓኹም ሓገዝ ርኸቡ። ብነጻ እዩ። ኣካውንት ኣየድልየኩምን። መልስታትኩም ኣይንዕቅብን።',

  'needs.heading': 'እንታይ የድልየኩም?',
  'needs.intro': 'ሓደ ወይ ልዕሊኡ ጠውቑ።',
  'needs.seePlan': 'ሕጂ መደበይ ርአ',
  'needs.questions': 'ንዝሓሸ መደብ ን5 ሓጸርቲ ሕቶታት መልሱ',
  'needs.chooseOne': 'እንተወሓደ ሓንቲ ድሌት ምረጹ።',
  'needs.loadError': 'ዝርዝር ድሌታት ክጽዓን ኣይከኣለን።',

  'actions.read': 'ብዓው ኢልካ ኣንብብ',
  'actions.stop': 'ምንባብ ኣቋርጽ',

  'offline.banner': 'ካብ ኢንተርነት ወጻኢ ኢኹም። ቅድም ዝተዓቀበ ሓበሬታ ትርእዩ ኣለኹም።',
  'offline.noData': 'እዚ ገጽ ኣብዚ መሳርሒ ኣይተዓቀበን። ምስ ኢንተርነት ተራኸቡ እሞ እንደገና ፈትኑ።',

  'idle.title': 'ገና ኣብዚ ኣለኹም ዶ?',
  'idle.body': 'ብሕትነትኩም ንምሕላው፡ እቲ ኪዮስክ ድሕሪ {seconds} ካልኢት ካብ መጀመርታ ክጅምር እዩ።',
  'idle.stay': 'ገና ኣብዚ ኣለኹ',

  'emergency.title': 'ቁጽርታት ህጹጽ፡ ብነጻ፡ ለይትን መዓልትን',
  'emergency.112': 'ህጹጽ',
  'emergency.15': 'ሕክምናዊ ሓገዝ (SAMU)',
  'emergency.17': 'ፖሊስ',
  // NEEDS HUMAN REVIEW: a descriptive 'firefighters, those who put out fire' (ሓዊ ኣጥፋኢ was 'fire extinguisher').
  'emergency.18': 'ኣጥፋእቲ ሓዊ',
  'emergency.115': 'መደቀሲ ቦታ',
  'emergency.119': 'ቆልዓ ኣብ ሓደጋ',
  'emergency.3919': 'ኣብ ልዕሊ ደቂ ኣንስትዮ ዓመጽ',
  // issue 11: numbers added to the emergency strip
  'emergency.114': 'ህጹጽ ረድኤት ብመልእኽቲ (ንጽሙማትን ጸገም ምስማዕ ዘለዎምን)',
  'emergency.3114': 'ምክልኻል ነፍሰ-ቅትለት',
  'emergency.short': 'ቁጽርታት ህጹጽ',

  'footer.complaint': 'ጥርዓን ኣቕርቡ',
  'footer.accessibility': 'ተበጻሕነት',
  'footer.privacy': 'ብሕትነት',
  'footer.legal': 'ሕጋዊ ሓበሬታ',
  'footer.label': 'ሓገዝን ሓበሬታን',
  'complaint.short': 'ብዘይ ፍትሒ ተተሓሒዝኩም? ተጣበቒ መሰላት (Défenseur des droits):',

  'legal.notTranslated': 'እዚ ገጽ ገና ብቋንቋኹም የለን። ብ{language} ይርአ ኣሎ።',
};

export default ti;
