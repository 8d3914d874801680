import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { navigate, startOver, type HistoryLike } from './router';

/** Records what the router does to the browser's history. */
function fakeHistory() {
  const calls: { method: string; url: string | undefined }[] = [];
  const history: HistoryLike & { pushState: (d: unknown, u: string, url?: string) => void } = {
    replaceState: (_d, _u, url) => calls.push({ method: 'replaceState', url: url?.toString() }),
    pushState: (_d, _u, url) => calls.push({ method: 'pushState', url }),
  };
  return { history, calls };
}

describe('router: a session occupies one history entry', () => {
  it('replaces the entry on every screen change, answers included, and never pushes one', () => {
    const { history, calls } = fakeHistory();
    navigate('/kiosk/needs', {}, history);
    navigate('/kiosk/questions/age', {}, history);
    navigate('/kiosk/plan', { hash: 'l=fr&n=housing&a=18-25' }, history);
    navigate('/kiosk/services/young-housing', { hash: 'l=fr&n=housing', replace: false }, history);
    expect(calls).toEqual([
      { method: 'replaceState', url: '/kiosk/needs' },
      { method: 'replaceState', url: '/kiosk/questions/age' },
      { method: 'replaceState', url: '/kiosk/plan#l=fr&n=housing&a=18-25' },
      { method: 'replaceState', url: '/kiosk/services/young-housing#l=fr&n=housing' },
    ]);
  });

  it('starts over on the bare start screen: no fragment, no state', () => {
    const { history, calls } = fakeHistory();
    navigate('/kiosk/plan', { hash: 'l=fr&n=housing' }, history);
    startOver(history);
    expect(calls.at(-1)).toEqual({ method: 'replaceState', url: '/' });
  });

  it('is the only way the app changes the history: no module pushes entries or goes back through it', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          walk(path);
        } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) {
          const source = readFileSync(path, 'utf8');
          // A fragment link (href="#…") pushes an entry too, unless its click handler takes over.
          const fragmentLink = /href="#[^"]*"(?![^>]*onClick)/.test(source);
          if (fragmentLink || /pushState|history\.(back|go)\b|location\.(assign|hash\s*=)/.test(source)) offenders.push(path);
        }
      }
    };
    walk(join(import.meta.dirname, '..'));
    expect(offenders).toEqual([]);
  });
});
