import { Loading } from '../components/loading';
import { LanguageRoute } from '../features/kiosk/routes/language';
import { NeedsRoute } from '../features/kiosk/routes/needs';
import { lazy } from '../lib/lazy';
import { match } from '../lib/router';

// Only the first two screens are in the main chunk; the rest loads when opened (kiosk JS budget: 30 kB).
const QuestionRoute = lazy(() => import('../features/kiosk/routes/question'), () => <Loading />);
const PlanRoute = lazy(() => import('../features/kiosk/routes/plan'), () => <Loading />);
const ServiceRoute = lazy(() => import('../features/kiosk/routes/service'), () => <Loading />);
const PrintRoute = lazy(() => import('../features/kiosk/routes/print'), () => <Loading />);
const LegalRoute = lazy(() => import('../features/legal/routes/legal-page'), () => <Loading />);

const LEGAL_PAGES = ['accessibility', 'privacy', 'legal', 'complaint'] as const;

/** Starts loading a later screen's module (while the app loads that screen's messages). */
export function preloadRoute(path: string): void {
  const clean = path.replace(/\/+$/, '');
  if (clean === '/kiosk/plan') PlanRoute.preload();
  else if (clean === '/kiosk/plan/print') PrintRoute.preload();
  else if (clean.startsWith('/kiosk/questions/')) QuestionRoute.preload();
  else if (clean.startsWith('/kiosk/services/')) ServiceRoute.preload();
}

export function Routes({ path }: { path: string }) {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === '/' || clean === '/kiosk') return <LanguageRoute />;
  if (clean === '/kiosk/needs') return <NeedsRoute />;
  if (clean === '/kiosk/plan') return <PlanRoute />;
  if (clean === '/kiosk/plan/print') return <PrintRoute />;
  const question = match('/kiosk/questions/:step', clean);
  if (question) return <QuestionRoute step={question['step'] ?? ''} />;
  const service = match('/kiosk/services/:slug', clean);
  if (service) return <ServiceRoute slug={service['slug'] ?? ''} />;
  const legal = match('/kiosk/:page', clean);
  const page = legal?.['page'];
  if (page && (LEGAL_PAGES as readonly string[]).includes(page)) {
    return <LegalRoute page={page as (typeof LEGAL_PAGES)[number]} />;
  }
  return <LanguageRoute />;
}
