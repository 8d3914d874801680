// The partner area's first screen: the organisation the account acts for, the inbox of the referrals
// sent to it (components/inbox.tsx), then its services (issue 18).
import { useQuery } from '@tanstack/preact-query';
import { useAuth } from '../../../lib/auth/context';
import { useStaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { ownServicesQuery } from '../api/services';
import { Inbox } from '../components/inbox';

export default function PartnerHome() {
  const { t, lang } = useStaffT();
  useTitle(t('partner.title'));
  const auth = useAuth();
  const organization = auth.status === 'signed-in' ? auth.me.organization : undefined;
  const services = useQuery({ ...ownServicesQuery(organization?.slug ?? '', lang), enabled: organization != null });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <>
      <h1 tabIndex={-1}>{organization ? organization.name : t('partner.title')}</h1>
      {organization != null ? <Inbox /> : null}
      {organization == null ? (
        <p class="notice notice--info">{t('partner.noOrg')}</p>
      ) : services.isPending ? (
        <StaffLoading />
      ) : services.isError ? (
        <StaffError retry={() => void services.refetch()} />
      ) : (
        <section aria-labelledby="partner-services">
          <h2 id="partner-services">{t('partner.services', { count: services.data.length })}</h2>
          <p>
            <a class="button" href="/partner/services/new">
              {t('partner.addService')}
            </a>
          </p>
          <ul class="staff-list">
            {services.data.map((s) => (
              <li key={s.id} class="staff-list__item">
                <a class="staff-list__name" href={`/partner/services/${s.id}`}>
                  {s.name}
                </a>
                {s.status !== 'active' ? <span class="badge">{t(`svc.serviceStatus.${s.status}`)}</span> : null}
                <span class="staff-list__meta">{t('partner.updated', { date: date.format(new Date(s.updatedAt)) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
