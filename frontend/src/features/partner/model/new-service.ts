// A new service of the partner's own organisation: the few fields it needs to exist (its name in French and
// English, its short name, its main theme, how people get in, where), checked as the server checks them; the
// rest (who it is for, hours, what to bring…) is filled in on its own page, section by section, right after.
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';
import type { AccessMode, ServiceInput } from './service';

type ServiceStatus = components['schemas']['ServiceStatus'];

export interface NewServiceValues {
  nameFr: string;
  nameEn: string;
  slug: string;
  /** Whether the person typed the short name (then a new French name no longer changes it). */
  slugTyped: boolean;
  primaryTheme: string;
  accessMode: '' | AccessMode;
  status: ServiceStatus;
  city: string;
  remote: boolean;
}

export const EMPTY_SERVICE: NewServiceValues = {
  nameFr: '',
  nameEn: '',
  slug: '',
  slugTyped: false,
  primaryTheme: '',
  accessMode: '',
  status: 'active',
  city: '',
  remote: false,
};

export const NAME_MAX = 300;
export const SLUG_MAX = 120;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short name from a French name: no accents, lower case, words joined by single hyphens. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

/** Every message, by input; empty when the service can be sent. */
export function newServiceErrors(v: NewServiceValues, themes: ReadonlySet<string>, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ['nameFr', 'nameEn'] as const) {
    if (v[key].trim() === '') errors[key] = t('svc.v.required');
    else if (v[key].trim().length > NAME_MAX) errors[key] = t('svc.v.tooLong', { max: NAME_MAX });
  }
  const slug = v.slug.trim();
  if (slug === '') errors['slug'] = t('svc.v.required');
  else if (slug.length > SLUG_MAX || !SLUG.test(slug)) errors['slug'] = t('svc.new.slugInvalid');
  if (!themes.has(v.primaryTheme)) errors['primaryTheme'] = t('svc.new.themeRequired');
  if (v.accessMode === '') errors['accessMode'] = t('svc.new.accessRequired');
  if (!v.remote && v.city.trim() === '') errors['city'] = t('svc.new.cityRequired');
  return errors;
}

/**
 * The body of POST /organizations/{org}/services. Who it is for is left unstated (the kiosk then says "ask them")
 * until the partner says it on the service's page; the theme is both its main and its only theme.
 */
export function newServiceInput(v: NewServiceValues): ServiceInput {
  return {
    slug: v.slug.trim(),
    name: { fr: v.nameFr.trim(), en: v.nameEn.trim() },
    status: v.status,
    themes: [v.primaryTheme],
    primaryTheme: v.primaryTheme,
    audience: ['newcomer'],
    eligibility: {},
    access: { mode: v.accessMode as AccessMode },
    territory: v.remote
      ? { country: 'FR', scope: 'national-remote' }
      : { city: v.city.trim(), country: 'FR', scope: 'local' },
  } as ServiceInput;
}

/** Which input a server error names ("name.fr", "slug", "territory.city"…), or undefined. */
export function newServiceFieldOf(serverField: string): string | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  if (/^name[^a-z]*fr/.test(field)) return 'nameFr';
  if (/^name[^a-z]*en/.test(field)) return 'nameEn';
  if (field === 'slug') return 'slug';
  if (field === 'primaryTheme' || field.startsWith('themes')) return 'primaryTheme';
  if (field.startsWith('access')) return 'accessMode';
  if (field.startsWith('territory')) return 'city';
  return undefined;
}
