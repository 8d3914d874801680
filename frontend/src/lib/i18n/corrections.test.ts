// Translation errors found by newcomers (issue 11): each corrected string is asserted, so a later
// machine pass cannot bring the error back unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, en, fr, ps, ru, ti, uk } from './messages/all';

const STATUS_KEYS = [
  'q.status.asylum-seeker',
  'q.status.refugee',
  'q.status.resettled-refugee',
  'q.status.residence-permit',
  'q.status.work-authorised',
  'q.status.undocumented',
] as const;

describe('translation fixes', () => {
  it('ps: the referral letter is from the professional who sends you (not whom you send)', () => {
    expect(ps['bring.referral']).toBe('د هغه متخصص لیک چې تاسو رالېږي.');
    expect(ps['bring.referral']).not.toContain('تاسو یې لېږئ');
  });

  it('ti: the QR code never holds the name (the negative verb is there)', () => {
    expect(ti['qr.noName']).toBe('እቲ ኮድ መልስታትኩም ጥራይ ይሕዝ፡ ስምኩም ፈጺሙ ኣይሕዝን። ኣብዚ ዝዕቀብ የለን።');
  });

  it('ti: 18 is the firefighters, not a fire extinguisher, and is marked for human review', () => {
    expect(ti['emergency.18']).toBe('ኣጥፋእቲ ሓዊ');
    const source = readFileSync(new URL('./messages/ti.ts', import.meta.url), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes("'emergency.18'"));
    expect(source[line - 1]).toMatch(/NEEDS HUMAN REVIEW/);
    expect(source[0]).toBe('// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW');
  });

  it('uk and ru: the status options fit every person (no masculine-only past tense or noun)', () => {
    expect(uk['q.status.refugee']).toBe('Маю статус біженця (захист)');
    expect(ru['q.status.refugee']).toBe('У меня статус беженца (защита)');
    expect(uk['q.status.asylum-seeker']).toBe('Я прошу притулку (подано заяву)');
    expect(ru['q.status.asylum-seeker']).toBe('Я прошу убежища (подано заявление)');
    expect(uk['q.status.resettled-refugee']).toBe('Я тут за програмою переселення');
    expect(ru['q.status.resettled-refugee']).toBe('Я здесь по программе переселения');
    // Gendered forms: past tenses in -в/-л, "біженець"/"беженец" as a predicate noun, "прибув"/"приехал".
    const gendered = /(^|\s)[Яя] (біженець|беженец)|прибув|приехал|попросив|попросил/;
    for (const key of STATUS_KEYS) {
      expect(uk[key], `uk ${key}`).not.toMatch(gendered);
      expect(ru[key], `ru ${key}`).not.toMatch(gendered);
    }
    expect(fr['q.status.resettled-refugee']).toBe('Je suis arrivé ou arrivée par la réinstallation');
  });

  it('an offer of unknown place never reads as "everywhere", in any language', () => {
    expect(en['reason.territory.unknown']).toBe('Where it is offered is not known: ask before going.');
    expect(fr['reason.territory.unknown']).toBe('On ne sait pas où ce service est proposé : renseignez-vous avant d’y aller.');
    // "Everywhere in France" is said of remote offers only (usable without travelling).
    expect(fr['reason.territory.remote']).toMatch(/sans se déplacer/);
    const everywhere = /partout|toute la France|anywhere|everywhere/i;
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      expect(catalogue['reason.territory.unknown'], lang).toBeTruthy();
      expect(catalogue['reason.territory.unknown'], lang).not.toMatch(everywhere);
      expect(catalogue['reason.territory.network'], lang).not.toMatch(everywhere);
      expect(catalogue['plan.noAddress'], lang).not.toMatch(everywhere);
    }
  });

  it('uk and ru: the new status options fit every person too', () => {
    const gendered = /(^|\s)[Яя] (біженець|беженец)|втік|втекла|бежал|прибув|приехал|визнаний як|признан |признана /;
    for (const key of ['q.status.temporary-protection', 'q.status.stateless'] as const) {
      expect(uk[key], `uk ${key}`).toBeTruthy();
      expect(ru[key], `ru ${key}`).toBeTruthy();
      expect(uk[key], `uk ${key}`).not.toMatch(gendered);
      expect(ru[key], `ru ${key}`).not.toMatch(gendered);
    }
    expect(fr['q.status.stateless']).toBe('Je suis reconnu ou reconnue apatride (sans nationalité)');
  });
});
