import { useApp } from '../lib/app-context';

export function Loading({ label }: { label?: string }) {
  const { t } = useApp();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}
