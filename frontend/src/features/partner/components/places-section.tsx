// The hours and permanences at each place the service is held, and the way to hold it at another: the partner
// picks a place (the one-stop shop's desk, say), its hours section opens empty, and saving its first hours
// there holds the service at that place (PUT .../locations/{location}/schedule). Until then nothing is sent.
import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useStaffT } from '../../../lib/i18n/staff';
import { SelectField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { placesQuery } from '../api/places';
import type { PartnerFormat } from '../model/format';
import { newPlace, placesLeft, shownPlaces } from '../model/places';
import type { PlaceSchedule } from '../model/schedule';
import { ScheduleSection } from './schedule-section';
import type { Page } from './section';

export function PlacesSection({ page, format }: { page: Page; format: PartnerFormat }) {
  const { t } = useStaffT();
  const [chosen, setChosen] = useState<PlaceSchedule[]>([]);
  const shown = shownPlaces(page.record.locations, chosen);
  return (
    <>
      {shown.length === 0 ? (
        <section class="svc-section" aria-labelledby="svc-hours-title">
          <h2 id="svc-hours-title">{t('svc.hours.toc')}</h2>
          <p>{t('svc.hours.noPlace')}</p>
        </section>
      ) : (
        shown.map((place) => (
          <ScheduleSection
            key={place.slug}
            page={page}
            place={place}
            format={format}
            unsaved={!page.record.locations.some((held) => held.slug === place.slug)}
          />
        ))
      )}
      <AddPlace
        shown={shown}
        onChosen={(place) => {
          setChosen((list) => [...list, place]);
          // The new place's hours take the focus, so the partner goes on there.
          window.setTimeout(() => document.getElementById(`svc-hours-${place.slug}-title`)?.focus(), 0);
        }}
      />
    </>
  );
}

function AddPlace({ shown, onChosen }: { shown: readonly PlaceSchedule[]; onChosen: (place: PlaceSchedule) => void }) {
  const { t } = useStaffT();
  const places = useQuery(placesQuery);
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  if (places.isPending) return <StaffLoading />;
  if (places.isError) return <StaffError retry={() => void places.refetch()} />;
  const left = placesLeft(places.data, shown);
  return (
    <section class="svc-section" aria-labelledby="svc-add-place-title">
      <h2 id="svc-add-place-title">{t('svc.places.title')}</h2>
      {left.length === 0 ? (
        <p>{t('svc.places.none')}</p>
      ) : (
        <form
          class="staff-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const place = left.find((p) => p.slug === picked);
            if (!place) {
              setError(t('svc.places.pick'));
              return;
            }
            setError(undefined);
            setPicked('');
            onChosen(newPlace(place));
          }}
        >
          <SelectField
            id="svc-add-place"
            name="place"
            label={t('svc.places.label')}
            hint={t('svc.places.hint')}
            value={picked}
            error={error}
            options={[
              { value: '', label: t('svc.places.choose') },
              ...left.map((p) => ({ value: p.slug, label: [p.name, p.city].filter(Boolean).join(' — ') })),
            ]}
            onValue={(value) => {
              setPicked(value);
              setError(undefined);
            }}
          />
          <p class="actions">
            <button type="submit" class="button">
              {t('svc.places.add')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
