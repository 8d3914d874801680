import { useApp } from '../lib/app-context';
import { Icon } from './icon';

/** Says clearly when the device is offline and what is shown is a saved copy. */
export function OfflineBanner() {
  const { t, online } = useApp();
  return (
    <div role="status" class={online ? 'visually-hidden' : 'offline-banner'}>
      {online ? '' : (
        <>
          <Icon name="offline" />
          <span>{t('offline.banner')}</span>
        </>
      )}
    </div>
  );
}
