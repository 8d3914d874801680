import { useEffect, useState } from 'preact/hooks';
import { ApiError, lookupServices, postTriage, type Service, type TriagePlan } from '../../../lib/api/client';
import type { Lang } from '../../../lib/i18n/languages';
import { toNeedsProfile, type Answers } from '../../../lib/triage/answers';
import type { Load } from './themes';

export interface PlanData {
  readonly plan: TriagePlan;
  /** The services of the plan by slug, for addresses and hours. */
  readonly services: ReadonlyMap<string, Service>;
}

/** Every service a plan names: its offers, what does not fit, and the pathway steps. */
export function planSlugs(plan: TriagePlan): string[] {
  const slugs = new Set<string>();
  plan.needs.forEach((n) => [...n.offers, ...n.notEligible].forEach((o) => slugs.add(o.slug)));
  plan.pathways.forEach((p) => p.steps.forEach((s) => slugs.add(s.service)));
  return [...slugs].slice(0, 100);
}

const bySlug = (items: readonly Service[]) => new Map(items.map((s) => [s.slug, s]));

/**
 * A page that opens straight on a plan link (the QR code on a phone, a reload) asks again for a plan
 * that was already asked: its first triage is a replay, so the city does not count its unmet needs twice.
 */
let openedOnAPlan = typeof window !== 'undefined' && isPlanLink(window.location.pathname, window.location.hash);

export function isPlanLink(path: string, hash: string): boolean {
  return /^\/kiosk\/(plan|print)\/?$/.test(path) && hash.replace(/^#/, '').length > 0;
}

/** Whether this triage replays the plan the page was opened on (true once, then false). */
export function takeReplay(): boolean {
  const replay = openedOnAPlan;
  openedOnAPlan = false;
  return replay;
}

// The last plan, in memory only, so the plan, print and service screens share one triage.
let last: { key: string; value: Promise<{ data: PlanData; offline: boolean }> } | undefined;

/** Drops the plan kept in memory ("finish" and the inactivity reset). */
export function forgetPlan(): void {
  last = undefined;
}

export function loadPlan(answers: Answers, lang: Lang): Promise<{ data: PlanData; offline: boolean }> {
  const key = JSON.stringify([answers, lang]);
  if (last?.key === key) {
    return last.value;
  }
  const value = (async () => {
    const triage = await postTriage(toNeedsProfile(answers, lang), lang, { replay: takeReplay() });
    const services = await lookupServices(planSlugs(triage.data), lang).catch(() => ({
      data: [] as Service[],
      offline: true,
    }));
    return { data: { plan: triage.data, services: bySlug(services.data) }, offline: triage.offline || services.offline };
  })();
  last = { key, value };
  value.catch(() => {
    if (last?.key === key) last = undefined;
  });
  return value;
}

export function usePlan(answers: Answers, lang: Lang) {
  const [result, setResult] = useState<Load<PlanData>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([answers, lang]);
  useEffect(() => {
    if (answers.needs.length === 0) {
      return undefined;
    }
    let live = true;
    setResult({ state: 'loading' });
    loadPlan(answers, lang).then(
      (r) => live && setResult({ state: 'ready', data: r.data, offline: r.offline }),
      // No answer at all (not an HTTP error): the device is offline, whatever navigator.onLine says (it
      // stays true in a page reloaded offline from the service worker).
      (error: unknown) => live && setResult({ state: 'error', unreachable: !(error instanceof ApiError) }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return { ...result, retry: () => setAttempt((a) => a + 1) };
}

/** The same services in another language (the print view's French column). */
export function useServicesIn(slugs: readonly string[], lang: Lang, enabled: boolean): ReadonlyMap<string, Service> | undefined {
  const [services, setServices] = useState<ReadonlyMap<string, Service> | undefined>(undefined);
  const key = slugs.join(',');
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    let live = true;
    lookupServices(slugs, lang).then(
      (r) => live && setServices(bySlug(r.data)),
      () => live && setServices(new Map()),
    );
    return () => {
      live = false;
    };
  }, [key, lang, enabled]);
  return services;
}
