// The coordination area's own navigation: one link per section, the current one marked (aria-current), so
// a keyboard or screen-reader user moves between sections without going back to the overview.
import { useLocation } from 'preact-iso';
import { useStaffT, type StaffKey } from '../../../lib/i18n/staff';

export const ADMIN_SECTIONS: readonly { readonly path: string; readonly key: StaffKey }[] = [
  { path: '/admin', key: 'admin.nav.home' },
  { path: '/admin/organisations', key: 'admin.nav.organisations' },
  { path: '/admin/memberships', key: 'admin.nav.memberships' },
  { path: '/admin/themes', key: 'admin.nav.themes' },
  { path: '/admin/audit', key: 'admin.nav.audit' },
  { path: '/admin/journal', key: 'admin.nav.journal' },
  { path: '/admin/retention', key: 'admin.nav.retention' },
  { path: '/admin/cases', key: 'admin.nav.cases' },
];

/** The section a path belongs to: the overview only for /admin itself. */
export function currentSection(path: string): string {
  const clean = path.replace(/\/+$/, '') || '/admin';
  return ADMIN_SECTIONS.find((s) => s.path !== '/admin' && (clean === s.path || clean.startsWith(`${s.path}/`)))?.path ?? '/admin';
}

export function AdminNavList({ path }: { path: string }) {
  const { t } = useStaffT();
  const current = currentSection(path);
  return (
    <nav class="admin-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.path}>
            <a href={s.path} aria-current={s.path === current ? 'page' : undefined}>
              {t(s.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AdminNav() {
  const { path } = useLocation();
  return <AdminNavList path={path} />;
}
