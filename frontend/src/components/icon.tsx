// Icons from Lucide (ISC), imported one by one so the bundle holds only those used.
import {
  ArrowLeft,
  BriefcaseBusiness,
  Check,
  CircleAlert,
  CircleHelp,
  Clock,
  GraduationCap,
  HeartPulse,
  House,
  Info,
  Languages,
  LifeBuoy,
  MapPin,
  Pause,
  Phone,
  Printer,
  QrCode,
  Scale,
  Users,
  Volume2,
  WifiOff,
  X,
} from 'lucide';

export type IconNode = readonly (readonly [string, Readonly<Record<string, string | number | undefined>>])[];

export const ICONS = {
  home: House,
  languages: Languages,
  scale: Scale,
  briefcase: BriefcaseBusiness,
  'heart-pulse': HeartPulse,
  'graduation-cap': GraduationCap,
  users: Users,
  'life-buoy': LifeBuoy,
  back: ArrowLeft,
  check: Check,
  alert: CircleAlert,
  help: CircleHelp,
  clock: Clock,
  info: Info,
  pin: MapPin,
  phone: Phone,
  printer: Printer,
  qr: QrCode,
  speaker: Volume2,
  pause: Pause,
  offline: WifiOff,
  close: X,
} satisfies Record<string, IconNode>;

export type IconName = keyof typeof ICONS;

/** Icons that point along the reading direction: styles.css mirrors them in a right-to-left page. */
export const DIRECTIONAL: ReadonlySet<IconName> = new Set<IconName>(['back']);

export function isIconName(name: unknown): name is IconName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ICONS, name);
}

/** A decorative icon: the text beside it carries the meaning, so it is hidden from screen readers. */
export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return <SvgIcon node={ICONS[name]} size={size} directional={DIRECTIONAL.has(name)} />;
}

/**
 * A Lucide icon given by its node: for icons only a later screen shows, imported by that screen's module so
 * they stay out of the first screen's chunk (the ICONS map above is in it).
 */
export function SvgIcon({ node, size = 24, directional = false }: { node: IconNode; size?: number; directional?: boolean }) {
  return (
    <svg
      class={directional ? 'icon icon--directional' : 'icon'}
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {node.map(([tag, attrs], i) => {
        const Tag = tag as 'path';
        return <Tag key={i} {...(attrs as Record<string, string>)} />;
      })}
    </svg>
  );
}
