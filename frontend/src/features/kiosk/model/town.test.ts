import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeFragment, encodeFragment, toNeedsProfile, type Answers } from '../../../lib/triage/answers';
import {
  answerOf,
  createSuggester,
  DEBOUNCE_MS,
  moveActive,
  optionParts,
  queryOf,
  resolveTyped,
  townLabel,
  withTown,
  type Commune,
} from './town';

const commune = (over: Partial<Commune> & Pick<Commune, 'code' | 'name'>): Commune => ({
  postcode: null,
  postcodes: [],
  departmentCode: '00',
  department: 'Somewhere',
  region: 'Some region',
  matchedName: null,
  match: 'exact',
  ...over,
});

const SAINT_DENIS_974 = commune({
  code: '97411', name: 'Saint-Denis', postcode: '97400', postcodes: ['97400', '97417', '97490'],
  departmentCode: '974', department: 'La Réunion', region: 'La Réunion',
});
const SAINT_DENIS_93 = commune({
  code: '93066', name: 'Saint-Denis', postcode: '93200', postcodes: ['93200', '93210', '93380'],
  departmentCode: '93', department: 'Seine-Saint-Denis', region: 'Île-de-France',
});
const SAINT_DENIS_EN_VAL = commune({ code: '45274', name: 'Saint-Denis-en-Val', postcode: '45560', postcodes: ['45560'], match: 'prefix' });
const STRASBOURG = commune({
  code: '67482', name: 'Strasbourg', postcodes: ['67000', '67100', '67200'], departmentCode: '67', department: 'Bas-Rhin',
  region: 'Grand Est', match: 'similar',
});
const MARSEILLE_13 = commune({
  code: '13055', name: 'Marseille', postcode: '13013', postcodes: ['13001', '13013'], departmentCode: '13',
  department: 'Bouches-du-Rhône', region: 'Provence-Alpes-Côte d’Azur', matchedName: 'Marseille 13e Arrondissement',
});

describe('the combobox keys', () => {
  it('moves down and up through the options, wrapping at both ends', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(2, 3, 'ArrowUp')).toBe(1);
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(1, 3, 'End')).toBe(2);
    expect(moveActive(1, 3, 'a')).toBe(1);
    expect(moveActive(1, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('what a suggestion answers', () => {
  it('a homonym goes with the postcode that tells it apart, a unique name alone', () => {
    expect(answerOf(SAINT_DENIS_93)).toEqual({ city: 'Saint-Denis', postcode: '93200' });
    expect(answerOf(STRASBOURG)).toEqual({ city: 'Strasbourg', postcode: undefined });
    // An arrondissement: the city, and its arrondissement's postcode.
    expect(answerOf(MARSEILLE_13)).toEqual({ city: 'Marseille', postcode: '13013' });
  });

  it('shows the name (and the name that matched) and where, with a postcode or the department', () => {
    expect(optionParts(SAINT_DENIS_93)).toEqual({ name: 'Saint-Denis', where: '93200 · Seine-Saint-Denis · Île-de-France' });
    expect(optionParts(STRASBOURG).where).toBe('67 · Bas-Rhin · Grand Est');
    expect(optionParts(MARSEILLE_13).name).toBe('Marseille (Marseille 13e Arrondissement)');
  });
});

describe('a town typed and confirmed without picking a suggestion', () => {
  it('one commune of that name: taken', () => {
    expect(resolveTyped('metz', [commune({ code: '57463', name: 'Metz', postcodes: ['57000'], postcode: '57000' })])).toEqual({
      kind: 'take',
      answer: { city: 'Metz', postcode: '57000' },
    });
  });

  it('several communes of that name: asks which, never picks one', () => {
    const r = resolveTyped('Saint-Denis', [SAINT_DENIS_974, SAINT_DENIS_93, SAINT_DENIS_EN_VAL]);
    expect(r.kind).toBe('which');
    expect(r.kind === 'which' && r.candidates.map((c) => c.departmentCode)).toEqual(['974', '93']);
  });

  it('no exact name but close ones: did you mean', () => {
    const r = resolveTyped('Strasbourgh', [STRASBOURG]);
    expect(r).toEqual({ kind: 'didYouMean', candidates: [STRASBOURG] });
  });

  it('nothing known: the text as typed (the plan says the town is not known)', () => {
    expect(resolveTyped('  Bruxelles ', [])).toEqual({ kind: 'keep', answer: { city: 'Bruxelles', postcode: undefined } });
  });

  it('a postcode: its commune, a choice between its communes, or the postcode alone', () => {
    const marseille = { ...MARSEILLE_13, match: 'postcode' as const, matchedName: null };
    expect(resolveTyped('13013', [marseille])).toEqual({ kind: 'take', answer: { city: 'Marseille', postcode: '13013' } });
    const villages = [
      commune({ code: '54001', name: 'Village A', postcode: '54110', match: 'postcode' }),
      commune({ code: '54002', name: 'Village B', postcode: '54110', match: 'postcode' }),
    ];
    expect(resolveTyped('54110', villages).kind).toBe('which');
    expect(resolveTyped('54999', [])).toEqual({ kind: 'keep', answer: { city: undefined, postcode: '54999' } });
  });
});

describe('suggestions while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once the person pauses, not for every key, and not for less than two characters', async () => {
    const fetcher = vi.fn(async (q: string) => (q.startsWith('stras') ? [STRASBOURG] : []));
    const results: [string, readonly Commune[]][] = [];
    const s = createSuggester(fetcher, (q, items) => results.push([q, items]));
    s.input('s');
    expect(results).toEqual([]);
    s.input('st');
    s.input('str');
    s.input('stra');
    s.input('stras');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(fetcher).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls[0]?.[0]).toBe('stras');
    expect(results.at(-1)).toEqual(['stras', [STRASBOURG]]);
    // The same text again (a space added) asks nothing new.
    s.input('stras ');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(fetcher).toHaveBeenCalledTimes(1);
    // Back to one letter: the suggestions go.
    s.input('s');
    expect(results.at(-1)).toEqual(['', []]);
  });

  it('drops an answer that is no longer for the text in the field, and aborts its request', async () => {
    const pending: { q: string; signal: AbortSignal; resolve: (items: Commune[]) => void }[] = [];
    const fetcher = (q: string, signal: AbortSignal) =>
      new Promise<readonly Commune[]>((resolve) => pending.push({ q, signal, resolve }));
    const results: string[] = [];
    const s = createSuggester(fetcher, (q) => results.push(q));
    s.input('saint');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    s.input('saint-d');
    expect(pending[0]?.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pending[0]?.resolve([SAINT_DENIS_EN_VAL]);
    pending[1]?.resolve([SAINT_DENIS_974]);
    await vi.runAllTimersAsync();
    expect(results).toEqual(['saint-d']);
  });

  it('a failed request (offline) gives no suggestions, and cancel stops everything', async () => {
    const results: [string, readonly Commune[]][] = [];
    const s = createSuggester(async () => Promise.reject(new Error('offline')), (q, items) => results.push([q, items]));
    s.input('nancy');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(results).toEqual([['nancy', []]]);
    const fetcher = vi.fn(async () => [STRASBOURG]);
    const t = createSuggester(fetcher, () => {});
    t.input('stras');
    t.cancel();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('reads a query only when it holds a letter or a digit', () => {
    expect(queryOf('  ly  ')).toBe('ly');
    expect(queryOf('--')).toBeNull();
    expect(queryOf('x'.repeat(100))).toHaveLength(80);
  });
});

describe('the town in the answers', () => {
  const base: Answers = { needs: ['housing'], city: 'Saint-Denis', postcode: '93200' };

  it('travels in the plan link with its postcode, and a malformed postcode is dropped', () => {
    const fragment = encodeFragment('fr', base, { includeStatus: false });
    expect(new URLSearchParams(fragment).get('p')).toBe('93200');
    expect(decodeFragment(fragment).answers).toEqual(base);
    expect(decodeFragment('#n=housing&c=Metz&p=57O00').answers).toEqual({ needs: ['housing'], city: 'Metz' });
  });

  it('goes to the triage as city and postcode', () => {
    expect(toNeedsProfile(base, 'fr')).toMatchObject({ city: 'Saint-Denis', postcode: '93200' });
    expect(toNeedsProfile({ needs: ['housing'], postcode: '54110' }, 'fr')).toEqual({
      needs: ['housing'],
      postcode: '54110',
      languages: ['fr'],
    });
  });

  it('a new town replaces both fields: no postcode left over from the previous one', () => {
    expect(withTown(base, { city: 'Nancy', postcode: undefined })).toEqual({ needs: ['housing'], city: 'Nancy' });
    expect(withTown(base, { city: undefined, postcode: undefined })).toEqual({ needs: ['housing'] });
    expect(townLabel(base)).toBe('Saint-Denis (93200)');
    expect(townLabel({ needs: [], postcode: '54110' })).toBe('54110');
  });
});
