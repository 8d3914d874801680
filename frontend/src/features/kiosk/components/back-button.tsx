import { Icon } from '../../../components/icon';
import { Link } from '../../../components/link';
import { useApp } from '../../../lib/app-context';

export function BackButton({ href, hash }: { href: string; hash?: string }) {
  const { t } = useApp();
  return (
    <Link href={href} {...(hash ? { hash } : {})} class="button button--quiet back-link">
      <Icon name="back" />
      <span>{t('nav.back')}</span>
    </Link>
  );
}
