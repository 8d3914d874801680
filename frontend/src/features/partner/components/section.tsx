// One section of the service page and its save: the form starts from the service as the page holds it, a save
// sends the whole input with that version in If-Match, and a stale write (412) is explained and offered to be
// reapplied: the latest service is loaded, the fields the person changed are put back on top, and the page says
// what someone else had changed. Sections never write each other's fields, so saving one after another saved is
// safe; a section whose copy is older than the page's merges its edits the same way before it sends them.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStaffT } from '../../../lib/i18n/staff';
import type { MaintainedService } from '../model/service';
import { reapplyDraft, saveSection, type SectionSpec } from '../model/save';

/**
 * A form-level validator's answer in TanStack Form's shape: each message on the field it names (the same paths the
 * server uses), or nothing when the values can be sent.
 */
export function fieldErrors(errors: Readonly<Record<string, string>>): { fields: Record<string, string> } | undefined {
  return Object.keys(errors).length > 0 ? { fields: { ...errors } } : undefined;
}

/** The service as the page holds it, and how to load the latest. */
export interface Page {
  readonly record: MaintainedService;
  readonly reload: () => Promise<MaintainedService>;
}

export type { SectionSpec };

/** What a section needs of its TanStack form: start again from values, set one field, and whether it was edited. */
export interface FormPort<V> {
  readonly reset: (values: V) => void;
  readonly set: (field: keyof V & string, value: unknown) => void;
  readonly untouched: () => boolean;
}

export function portOf<V>(form: {
  reset: (values: V) => void;
  setFieldValue: (field: never, value: never) => void;
  state: { isDefaultValue: boolean };
}): FormPort<NonNullable<V>> {
  const set = form.setFieldValue as unknown as (field: string, value: unknown) => void;
  return {
    reset: (values) => form.reset(values),
    set: (field, value) => set(field, value),
    untouched: () => form.state.isDefaultValue,
  };
}

export type Phase<V> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'stale'; readonly draft: V; readonly reloadFailed?: boolean }
  | { readonly kind: 'reloading'; readonly draft: V }
  | { readonly kind: 'reapplied'; readonly theirs: readonly string[]; readonly conflicts: readonly string[] }
  | { readonly kind: 'failed'; readonly general: readonly string[]; readonly offline: boolean };

export interface Section<V> {
  readonly phase: Phase<V>;
  /** Server messages by form field. */
  readonly fields: Readonly<Record<string, string>>;
  readonly submit: (values: V) => Promise<void>;
  readonly reapplyMine: () => Promise<void>;
}

/** Starts the form from `latest`, with the person's values put back as edits (so the form knows they are theirs). */
function startFrom<V extends object>(port: FormPort<V>, latest: V, values: V): void {
  port.reset(latest);
  for (const key of Object.keys(values) as (keyof V & string)[]) {
    if (JSON.stringify(values[key]) !== JSON.stringify(latest[key])) port.set(key, values[key]);
  }
}

export function useSection<V extends object>(spec: SectionSpec<V>, page: Page, port: () => FormPort<NoInfer<V>>): Section<V> {
  const [base, setBase] = useState(page.record);
  const [phase, setPhase] = useState<Phase<V>>({ kind: 'idle' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const specRef = useRef(spec);
  specRef.current = spec;

  // Another section saved (or reloaded): an untouched form starts from the page's copy; an edited one keeps its
  // edits and merges them when it is saved.
  useEffect(() => {
    if (page.record.version === base.version || phase.kind === 'stale' || phase.kind === 'reloading') return;
    if (port().untouched()) {
      setBase(page.record);
      port().reset(specRef.current.values(page.record));
    }
  }, [page.record.version]);

  async function submit(values: V): Promise<void> {
    setFields({});
    setPhase({ kind: 'idle' });
    const result = await saveSection(spec, base, page.record, values, page.reload);
    switch (result.kind) {
      case 'saved':
        if (result.fresh) {
          setBase(result.fresh);
          port().reset(spec.values(result.fresh));
        }
        setPhase({ kind: 'saved' });
        return;
      case 'stale':
        setPhase({ kind: 'stale', draft: result.draft });
        return;
      case 'merged':
        setBase(result.base);
        startFrom(port(), spec.values(result.base), result.merged.values);
        setPhase({ kind: 'reapplied', theirs: result.merged.theirs.map(spec.label), conflicts: result.merged.conflicts.map(spec.label) });
        return;
      case 'failed':
        setFields({ ...result.fields });
        setPhase({ kind: 'failed', general: result.general, offline: result.offline });
    }
  }

  async function reapplyMine(): Promise<void> {
    if (phase.kind !== 'stale') return;
    const draft = phase.draft;
    setPhase({ kind: 'reloading', draft });
    try {
      const { latest, merged } = await reapplyDraft(spec, base, draft, page.reload);
      setBase(latest);
      startFrom(port(), spec.values(latest), merged.values);
      setPhase({ kind: 'reapplied', theirs: merged.theirs.map(spec.label), conflicts: merged.conflicts.map(spec.label) });
    } catch {
      setPhase({ kind: 'stale', draft, reloadFailed: true });
    }
  }

  return { phase, fields, submit, reapplyMine };
}

/** What a section says above its fields: a stale write and its way out, what was reapplied, or what failed. */
export function SectionNotices<V>({ section, id }: { section: Section<V>; id: string }) {
  const { t } = useStaffT();
  const { phase } = section;
  const box = useRef<HTMLDivElement>(null);
  // The explanation takes focus, so a keyboard or screen reader user lands on it and on its button.
  useEffect(() => {
    if (phase.kind === 'stale' || phase.kind === 'reapplied' || (phase.kind === 'failed' && phase.general.length > 0)) box.current?.focus();
  }, [phase.kind]);
  if (phase.kind === 'stale' || phase.kind === 'reloading') {
    return (
      <div ref={box} tabIndex={-1} class="notice notice--warning svc-notice" role="alert" aria-labelledby={`${id}-stale`}>
        <p id={`${id}-stale`}>
          <strong>{t('svc.stale.title')}</strong>
        </p>
        <p>{t('svc.stale.body')}</p>
        {phase.kind === 'stale' && phase.reloadFailed ? <p>{t('svc.stale.reloadFailed')}</p> : null}
        <p class="actions">
          <button type="button" class="button button--primary" disabled={phase.kind === 'reloading'} onClick={() => void section.reapplyMine()}>
            {t('svc.stale.reapply')}
          </button>
        </p>
      </div>
    );
  }
  if (phase.kind === 'reapplied') {
    return (
      <div ref={box} tabIndex={-1} class="notice notice--info svc-notice" role="status">
        <p>
          <strong>{t('svc.stale.reapplied')}</strong>
        </p>
        <p>{phase.theirs.length > 0 ? t('svc.stale.theirs', { fields: phase.theirs.join(' · ') }) : t('svc.stale.theirsNone')}</p>
        {phase.conflicts.length > 0 ? <p>{t('svc.stale.conflicts', { fields: phase.conflicts.join(' · ') })}</p> : null}
        <p>{t('svc.stale.check')}</p>
      </div>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <div ref={box} tabIndex={-1} class="notice notice--error svc-notice" role="alert">
        {phase.general.length > 0 ? (
          phase.general.map((m) => <p key={m}>{m}</p>)
        ) : (
          <p>{phase.offline ? t('svc.failed.offline') : t('svc.failed.fields')}</p>
        )}
      </div>
    );
  }
  return null;
}

/** A section: its heading, an introduction, the form with its notices, fields and save button, and the status line. */
export function SectionForm<V>({
  id,
  title,
  intro,
  section,
  onSubmit,
  submitting,
  saveLabel,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  section: Section<V>;
  onSubmit: () => void;
  submitting: boolean;
  saveLabel?: string;
  children: ComponentChildren;
}) {
  const { t } = useStaffT();
  return (
    <section class="svc-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro}
      <form
        class="staff-form svc-form"
        noValidate
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <SectionNotices section={section} id={id} />
        {children}
        <p class="actions">
          <button type="submit" class="button button--primary" disabled={submitting || section.phase.kind === 'reloading'}>
            {saveLabel ?? t('svc.save')}
          </button>
        </p>
        <p role="status" class="svc-status">
          {section.phase.kind === 'saved' ? t('svc.saved') : ''}
        </p>
      </form>
    </section>
  );
}
