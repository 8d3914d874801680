// What a service is about and where it can be used: its themes (which needs of the kiosk find it), the main one,
// and its territory with its reach. Plans look a service up by these, so a wrong theme or town hides it from the
// people it is for. The territory rule is the server's (Territory.check): "local" names a place, and a place
// means "local"; a service's coordinates and note on its territory go back as they were read.
import type { StaffT } from '../../../lib/i18n/staff';
import type { MaintainedService, ServiceInput } from './service';

type Scope = NonNullable<ServiceInput['territory']['scope']>;

export const SCOPES: readonly Scope[] = ['local', 'national-remote', 'national-network', 'unknown'];
export const THEMES_MAX = 16;
const PLACE_MAX = { city: 200, department: 120, region: 200 } as const;

export interface WhereValues {
  themes: string[];
  primaryTheme: string;
  city: string;
  department: string;
  region: string;
  scope: '' | Scope;
}

export function whereValues(record: MaintainedService): WhereValues {
  const f = record.fields;
  return {
    themes: [...f.themes],
    primaryTheme: f.primaryTheme,
    city: f.territory.city ?? '',
    department: f.territory.department ?? '',
    region: f.territory.region ?? '',
    scope: f.territory.scope ?? '',
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function withWhere(input: ServiceInput, v: WhereValues): ServiceInput {
  return {
    ...input,
    themes: v.themes,
    primaryTheme: v.primaryTheme,
    territory: {
      ...input.territory,
      city: blankToNull(v.city),
      department: blankToNull(v.department),
      region: blankToNull(v.region),
      scope: v.scope === '' ? null : v.scope,
    },
  };
}

export function whereErrors(v: WhereValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.themes.length === 0) errors['themes'] = t('svc.where.themesRequired');
  else if (v.themes.length > THEMES_MAX) errors['themes'] = t('svc.where.themesMax', { max: THEMES_MAX });
  if (!v.themes.includes(v.primaryTheme)) errors['primaryTheme'] = t('svc.where.primaryAmongThemes');
  for (const key of ['city', 'department', 'region'] as const) {
    if (v[key].trim().length > PLACE_MAX[key]) errors[key] = t('svc.v.tooLong', { max: PLACE_MAX[key] });
  }
  const hasPlace = [v.city, v.department, v.region].some((s) => s.trim() !== '');
  if (v.scope === 'local' && !hasPlace) errors['scope'] = t('svc.where.localNeedsPlace');
  else if (v.scope !== 'local' && v.scope !== '' && hasPlace) errors['scope'] = t('svc.where.placeMeansLocal');
  return errors;
}

/** Which input a server error names ("themes[2]", "primaryTheme", "territory.scope"…), or undefined. */
export function whereFieldOf(serverField: string): keyof WhereValues | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  if (field.startsWith('themes')) return 'themes';
  if (field === 'primaryTheme') return 'primaryTheme';
  const territory = /^territory\.(city|department|region|scope)$/.exec(field);
  return territory ? (territory[1] as keyof WhereValues) : undefined;
}
