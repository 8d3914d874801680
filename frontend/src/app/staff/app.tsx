// The staff shell (docs/decisions/0011-staff-shell.md): the data layer, who is signed in, the words, and
// a router whose areas each sit behind a guard and share one layout. Screens load per route.
import { QueryClientProvider, type QueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { areasFor, type Area } from '../../lib/auth/areas';
import { AuthProvider, useAuth } from '../../lib/auth/context';
import { StaffI18nContext, type StaffI18n } from '../../lib/i18n/staff';
import type { StaffConfig } from '../../lib/staff-config';
import { StaffLoading } from '../../components/staff/status';
import { RequireArea, NotForRole } from './guard';
import { IdleLock } from './idle-lock';
import { StaffLayout } from './layout';
import { NotFoundPage, SignedOutPage } from './pages';
import { SessionLost, SignedInAgainPage } from './session-lost';

const DeskDashboard = lazy(() => import('../../features/desk/routes/dashboard'));
const DeskSearch = lazy(() => import('../../features/desk/routes/search'));
const DeskCase = lazy(() => import('../../features/desk/routes/case'));
const DeskVisit = lazy(() => import('../../features/desk/routes/visit'));
const PartnerHome = lazy(() => import('../../features/partner/routes/home'));
const PartnerReferral = lazy(() => import('../../features/partner/routes/referral'));
const PartnerService = lazy(() => import('../../features/partner/routes/service'));
const PartnerNewService = lazy(() => import('../../features/partner/routes/new-service'));
const AdminHome = lazy(() => import('../../features/admin/routes/home'));
const AdminOrganisations = lazy(() => import('../../features/admin/routes/organisations'));
const AdminOrganisation = lazy(() => import('../../features/admin/routes/organisation'));
const AdminNewOrganisation = lazy(() => import('../../features/admin/routes/organisation').then((m) => m.NewOrganisationPage));
const AdminMemberships = lazy(() => import('../../features/admin/routes/memberships'));
const AdminThemes = lazy(() => import('../../features/admin/routes/themes'));
const AdminAudit = lazy(() => import('../../features/admin/routes/audit'));
const AdminJournal = lazy(() => import('../../features/admin/routes/journal'));
const AdminRetention = lazy(() => import('../../features/admin/routes/retention'));
const AdminRights = lazy(() => import('../../features/admin/routes/rights'));

/** Only these paths are routed in the page; /login, /logout and the kiosk are full page loads. */
const SCOPE = /^\/(desk|partner|admin|staff|signed-out)(\/|$)/;

function Area({ area, children }: { area: Area; children: preact.ComponentChildren }) {
  return (
    <StaffLayout>
      <RequireArea area={area}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </RequireArea>
    </StaffLayout>
  );
}

const DeskArea = () => (
  <Area area="desk">
    <Router>
      <Route path="/" component={DeskDashboard} />
      <Route path="/search" component={DeskSearch} />
      <Route path="/cases/:id" component={DeskCase} />
      <Route path="/visit" component={DeskVisit} />
      <Route default component={NotFoundPage} />
    </Router>
  </Area>
);
const PartnerArea = () => (
  <Area area="partner">
    <Router>
      <Route path="/" component={PartnerHome} />
      <Route path="/referrals/:id" component={PartnerReferral} />
      <Route path="/services/new" component={PartnerNewService} />
      <Route path="/services/:id" component={PartnerService} />
      <Route default component={NotFoundPage} />
    </Router>
  </Area>
);
const AdminArea = () => (
  <Area area="admin">
    <Router>
      <Route path="/" component={AdminHome} />
      <Route path="/organisations" component={AdminOrganisations} />
      <Route path="/organisations/new" component={AdminNewOrganisation} />
      <Route path="/organisations/:slug" component={AdminOrganisation} />
      <Route path="/memberships" component={AdminMemberships} />
      <Route path="/themes" component={AdminThemes} />
      <Route path="/audit" component={AdminAudit} />
      <Route path="/journal" component={AdminJournal} />
      <Route path="/retention" component={AdminRetention} />
      <Route path="/cases" component={AdminRights} />
      <Route default component={NotFoundPage} />
    </Router>
  </Area>
);

/** /staff: the first area this person can open (after signing in, the sign-in brings people here). */
function StaffHome() {
  const auth = useAuth();
  const { route } = useLocation();
  const first = auth.status === 'signed-in' ? areasFor(auth.me.roles)[0] : undefined;
  useEffect(() => {
    if (first) route(`/${first}`, true);
  }, [first, route]);
  if (auth.status === 'signed-in' && !first) {
    return (
      <StaffLayout>
        <NotForRole area="desk" />
      </StaffLayout>
    );
  }
  return (
    <StaffLayout>
      <RequireArea area={first ?? 'desk'}>
        <StaffLoading />
      </RequireArea>
    </StaffLayout>
  );
}

/** A new screen: its heading takes focus, so a screen reader announces it (not on the first load). */
function onRouteChange(): void {
  window.scrollTo(0, 0);
  window.setTimeout(() => document.querySelector<HTMLElement>('#main h1')?.focus(), 0);
}

function SignedInOnly({ config }: { config: StaffConfig }) {
  const auth = useAuth();
  return auth.status === 'signed-in' ? (
    <>
      <IdleLock idleSeconds={config.idleSeconds} />
      <SessionLost me={auth.me} />
    </>
  ) : null;
}

export function StaffApp({ queries, i18n, config }: { queries: QueryClient; i18n: StaffI18n; config: StaffConfig }) {
  return (
    <QueryClientProvider client={queries}>
      <StaffI18nContext.Provider value={i18n}>
        <LocationProvider scope={SCOPE}>
          <AuthProvider>
            <ErrorBoundary onError={() => undefined}>
              <Router onRouteChange={onRouteChange}>
                <Route path="/signed-out" component={SignedOutPage} />
                <Route path="/staff" component={StaffHome} />
                <Route path="/staff/signed-in" component={SignedInAgainPage} />
                {/* "/desk/*" needs one more segment in preact-iso, so each area's root has its own route. */}
                <Route path="/desk" component={DeskArea} />
                <Route path="/desk/*" component={DeskArea} />
                <Route path="/partner" component={PartnerArea} />
                <Route path="/partner/*" component={PartnerArea} />
                <Route path="/admin" component={AdminArea} />
                <Route path="/admin/*" component={AdminArea} />
                <Route default component={() => <StaffLayout><NotFoundPage /></StaffLayout>} />
              </Router>
            </ErrorBoundary>
            <SignedInOnly config={config} />
          </AuthProvider>
        </LocationProvider>
      </StaffI18nContext.Provider>
    </QueryClientProvider>
  );
}
