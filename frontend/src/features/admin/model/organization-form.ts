// An organisation as the coordinator adds or corrects it: the form's values, their checks (the same bounds and
// patterns as OrganizationInput, so most mistakes are said before anything is sent), the body of POST and PUT, and
// which input a server error names. The description is edited in French and English; a description in any other
// language, and the territory's note and coordinates, go back exactly as they were read: the public view picks one
// language, so the form starts from the maintained read, or a save would erase them.
import * as v from 'valibot';
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';
import { ORGANIZATION_KINDS } from './organizations';

export type OrganizationInput = components['schemas']['OrganizationInput'];
export type MaintainedOrganization = components['schemas']['MaintainedOrganization'];
export type OrganizationKind = components['schemas']['OrganizationKind'];
export type TerritoryScope = components['schemas']['TerritoryScope'];

export const TERRITORY_SCOPES: readonly TerritoryScope[] = ['local', 'national-remote', 'national-network', 'unknown'];
/** The languages the form edits the description in; the others are kept as they are. */
export const DESCRIPTION_LANGUAGES = ['fr', 'en'] as const;

export interface OrganizationValues {
  readonly slug: string;
  readonly name: string;
  readonly kind: '' | OrganizationKind;
  readonly kindNote: string;
  readonly descriptionFr: string;
  readonly descriptionEn: string;
  readonly website: string;
  readonly email: string;
  readonly phone: string;
  readonly city: string;
  readonly department: string;
  readonly region: string;
  readonly country: string;
  readonly scope: '' | TerritoryScope;
  readonly scopeNote: string;
}

export const BOUNDS = {
  slug: 120,
  name: 300,
  kindNote: 500,
  description: 4000,
  website: 500,
  email: 254,
  city: 200,
  department: 120,
  region: 200,
  country: 60,
  scopeNote: 500,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL = /^https?:\/\/\S+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;

/** A new organisation: French territory, no kind chosen yet (the person must say which). */
export const EMPTY_ORGANIZATION: OrganizationValues = {
  slug: '',
  name: '',
  kind: '',
  kindNote: '',
  descriptionFr: '',
  descriptionEn: '',
  website: '',
  email: '',
  phone: '',
  city: '',
  department: '',
  region: '',
  country: 'FR',
  scope: 'local',
  scopeNote: '',
};

export function organizationValues(record: MaintainedOrganization): OrganizationValues {
  const f = record.fields;
  const t = f.territory;
  return {
    slug: record.slug,
    name: f.name,
    kind: f.kind,
    kindNote: f.kindNote ?? '',
    descriptionFr: f.description?.['fr'] ?? '',
    descriptionEn: f.description?.['en'] ?? '',
    website: f.website ?? '',
    email: f.email ?? '',
    phone: f.phone ?? '',
    city: t.city ?? '',
    department: t.department ?? '',
    region: t.region ?? '',
    country: t.country ?? '',
    scope: t.scope ?? '',
    scopeNote: t.scopeNote ?? '',
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * The body of POST /organizations (no record) or PUT /organizations/{slug} (on top of the record as read): the
 * texts trimmed, blanks sent as null, and what the form does not show kept from the record.
 */
export function organizationInput(values: OrganizationValues, record?: MaintainedOrganization): OrganizationInput {
  const description: Record<string, string> = {};
  for (const [lang, text] of Object.entries(record?.fields.description ?? {})) {
    if (!(DESCRIPTION_LANGUAGES as readonly string[]).includes(lang)) description[lang] = text;
  }
  const fr = values.descriptionFr.trim();
  const en = values.descriptionEn.trim();
  if (fr) description['fr'] = fr;
  if (en) description['en'] = en;
  const kept = record?.fields.territory;
  return {
    slug: record?.slug ?? values.slug.trim(),
    name: values.name.trim(),
    kind: values.kind as OrganizationKind,
    kindNote: blankToNull(values.kindNote),
    description,
    website: blankToNull(values.website),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone.replace(/[\s.-]/g, '')),
    territory: {
      city: blankToNull(values.city),
      department: blankToNull(values.department),
      region: blankToNull(values.region),
      country: blankToNull(values.country),
      latitude: kept?.latitude ?? null,
      longitude: kept?.longitude ?? null,
      note: kept?.note ?? null,
      scope: values.scope === '' ? null : values.scope,
      scopeNote: blankToNull(values.scopeNote),
    },
  };
}

const bounded = (max: number, t: StaffT) => v.pipe(v.string(), v.maxLength(max, t('admin.org.long', { max })));
const optional = (max: number, pattern: RegExp, message: string, t: StaffT) =>
  v.pipe(
    bounded(max, t),
    v.check((s) => s.trim() === '' || pattern.test(s.trim()), message),
  );

/** The form's checks; `creating` adds the slug, which is chosen once and never changes. */
export function organizationSchema(t: StaffT, creating: boolean) {
  return v.object({
      slug: creating
        ? v.pipe(
            bounded(BOUNDS.slug, t),
            v.check((s) => s.trim() !== '', t('admin.org.required')),
            v.check((s) => s.trim() === '' || SLUG.test(s.trim()), t('admin.org.slugInvalid')),
          )
        : v.string(),
      name: v.pipe(
        bounded(BOUNDS.name, t),
        v.check((s) => s.trim() !== '', t('admin.org.required')),
      ),
      kind: v.pipe(
        v.picklist(['', ...ORGANIZATION_KINDS], t('admin.org.kindRequired')),
        v.check((k) => k !== '', t('admin.org.kindRequired')),
      ),
      kindNote: bounded(BOUNDS.kindNote, t),
      descriptionFr: bounded(BOUNDS.description, t),
      descriptionEn: bounded(BOUNDS.description, t),
      website: optional(BOUNDS.website, URL, t('admin.org.websiteInvalid'), t),
      email: optional(BOUNDS.email, EMAIL, t('admin.org.emailInvalid'), t),
      phone: v.pipe(
        v.string(),
        v.check((s) => s.trim() === '' || E164.test(s.replace(/[\s.-]/g, '')), t('admin.org.phoneInvalid')),
      ),
      city: bounded(BOUNDS.city, t),
      department: bounded(BOUNDS.department, t),
      region: bounded(BOUNDS.region, t),
      country: bounded(BOUNDS.country, t),
      scope: v.picklist(['', ...TERRITORY_SCOPES]),
      scopeNote: bounded(BOUNDS.scopeNote, t),
  });
}

/**
 * Every message of the form, by input: the schema's, then the server's territory rule (Territory.check: "local"
 * names a place, and a place means "local"), which ties the reach to the town, two inputs.
 */
export function organizationErrors(values: OrganizationValues, t: StaffT, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = v.safeParse(organizationSchema(t, creating), values);
  for (const issue of result.issues ?? []) {
    const key = v.getDotPath(issue);
    if (key && errors[key] === undefined) errors[key] = issue.message;
  }
  const scope = scopeError(values, t);
  if (scope && errors['scope'] === undefined) errors['scope'] = scope;
  return errors;
}

function scopeError(o: Pick<OrganizationValues, 'city' | 'department' | 'region' | 'scope'>, t: StaffT): string | undefined {
  const hasPlace = [o.city, o.department, o.region].some((s) => s.trim() !== '');
  if (o.scope === 'local' && !hasPlace) return t('admin.org.scopeNeedsPlace');
  if (o.scope !== 'local' && o.scope !== '' && hasPlace) return t('admin.org.scopeMustBeLocal');
  return undefined;
}

/** Which input a server error names ("territory.city", "description[en]", "$.phone"…), or undefined. */
export function organizationFieldOf(serverField: string): keyof OrganizationValues | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  const description = /^description[^[.]*[[.]([A-Za-z-]+)/.exec(field);
  if (description) return description[1] === 'fr' ? 'descriptionFr' : description[1] === 'en' ? 'descriptionEn' : undefined;
  const territory = /^territory\.(city|department|region|country|scope|scopeNote)$/.exec(field);
  if (territory) return territory[1] as keyof OrganizationValues;
  const own = ['slug', 'name', 'kind', 'kindNote', 'website', 'email', 'phone'] as const;
  return (own as readonly string[]).includes(field) ? (field as keyof OrganizationValues) : undefined;
}
