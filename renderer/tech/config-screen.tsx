// The configuration a technician can read and change while the kiosk runs: the file in use
// (secrets masked by main), a form per device drawn from the configuration's own schema, and
// Apply, which main checks like at start and answers field by field or device by device.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigApplyResult, ConfigView as ConfigViewData } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { ConfigDeviceForm } from './config-device-form.js';
import { ConfigPathKeys } from './config-path-keys.js';
import { type ConfigFieldSpec, deviceSpecs, valueFromTyped } from './config-schema-fields.js';
import { TechToolbar } from './tech-toolbar.js';
import { useTechView } from './use-tech-view.js';
import { TechnicalDetail } from './technical-detail.js';
import './config.css';

type Hardware = Record<string, Record<string, unknown>>;
export type ApplyState = { kind: 'idle' } | { kind: 'applying' } | { kind: 'done'; result: ConfigApplyResult } | { kind: 'failed'; error: unknown };

const hardwareOf = (view: ConfigViewData | null): Hardware => (view?.config['hardware'] ?? {}) as Hardware;

export function ConfigScreen({ client }: { client: StaffClient }) {
  const load = useCallback(() => client.request('tech.config.get', {}), [client]);
  const view = useTechView(load, null);
  const [draft, setDraft] = useState<Hardware | null>(null);
  const [apply, setApply] = useState<ApplyState>({ kind: 'idle' });
  useEffect(() => {
    if (view.data) setDraft(hardwareOf(view.data));
  }, [view.data]);

  const onApply = useCallback(() => {
    if (!draft) return;
    setApply({ kind: 'applying' });
    client.request('tech.config.apply', { hardware: draft }).then(
      (result) => {
        setApply({ kind: 'done', result });
        if (result.kind === 'applied') view.refresh();
      },
      (error: unknown) => setApply({ kind: 'failed', error }),
    );
  }, [client, draft, view]);

  return (
    <ConfigView
      view={view.data}
      error={view.error ?? (apply.kind === 'failed' ? apply.error : null)}
      draft={draft}
      apply={apply}
      onDraft={setDraft}
      onApply={onApply}
      onReset={() => {
        setDraft(hardwareOf(view.data));
        setApply({ kind: 'idle' });
      }}
      onRefresh={view.refresh}
    />
  );
}

export interface ConfigViewProps {
  view: ConfigViewData | null;
  error: unknown;
  draft: Hardware | null;
  apply: ApplyState;
  onDraft: (draft: Hardware) => void;
  onApply: () => void;
  onReset: () => void;
  onRefresh: () => void;
}

export function ConfigView({ view, error, draft, apply, onDraft, onApply, onReset, onRefresh }: ConfigViewProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [showFile, setShowFile] = useState(false);
  const specs = useMemo(() => (view ? deviceSpecs(view.hardwareSchema) : []), [view]);
  const [chosen, setChosen] = useState<string | null>(null);
  const saved = hardwareOf(view);
  const problems = apply.kind === 'done' && apply.result.kind === 'refused' ? apply.result.problems : [];
  const problemsOf = (section: string) => problems.filter((p) => p.field === `hardware.${section}` || p.field.startsWith(`hardware.${section}.`));
  // One device at a time, so the form, its keys and Apply fit one screen without scrolling.
  const refusedSection = specs.find((s) => problemsOf(s.section).length > 0)?.section;
  const selected = (chosen && !refusedSection ? chosen : (refusedSection ?? chosen)) ?? specs[0]?.section;
  const spec = specs.find((s) => s.section === selected);
  return (
    <section className="staff-panel tech-panel config-screen" data-testid="tech-config" aria-label={t('tech-config.title')}>
      <TechToolbar hint={t('tech-config.hint')} onRefresh={onRefresh} error={error} refreshTestId="tech-config-refresh" />
      {!view || !draft || !spec ? (
        !error ? <p className="staff-empty">{t('tech.loading')}</p> : null
      ) : (
        <>
          <div className="config-sections" role="tablist" aria-label={t('tech-config.editTitle')}>
            {specs.map((s) => (
              <button
                type="button"
                role="tab"
                key={s.section}
                className="action-button staff-secondary config-section"
                aria-selected={s.section === selected}
                data-testid={`config-section-${s.section}`}
                data-changed={JSON.stringify(draft[s.section] ?? {}) !== JSON.stringify(saved[s.section] ?? {})}
                data-refused={problemsOf(s.section).length > 0}
                onClick={() => {
                  setEditing(null);
                  setChosen(s.section);
                }}
              >
                {t(`tech-config.sections.${s.section}`, { defaultValue: s.section })}
              </button>
            ))}
          </div>
          <div className="config-columns">
            <div className="config-form-column">
              <ConfigDeviceForm
                spec={spec}
                value={draft[spec.section] ?? {}}
                saved={saved[spec.section] ?? {}}
                problems={problemsOf(spec.section)}
                editing={editing}
                onEdit={setEditing}
                onChange={(value) => onDraft({ ...draft, [spec.section]: value })}
              />
            </div>
            <div className="config-side-column">
              {/* While typing, the keys take this column; Done brings Apply back. */}
              <div className="config-actions" hidden={editing !== null}>
                <button type="button" className="action-button staff-secondary" data-testid="config-reset" onClick={() => {
                  setEditing(null);
                  onReset();
                }}>
                  {t('tech-config.reset')}
                </button>
                <button
                  type="button"
                  className="action-button"
                  data-testid="config-apply"
                  disabled={apply.kind === 'applying'}
                  onClick={() => {
                    setEditing(null);
                    onApply();
                  }}
                >
                  {apply.kind === 'applying' ? t('tech-config.applying') : t('tech-config.apply')}
                </button>
              </div>
              {editing ? (
                <EditKeys
                  field={spec.drivers.find((d) => d.driver === draft[spec.section]?.['driver'])?.fields.find((f) => f.name === editing)}
                  value={draft[spec.section]?.[editing]}
                  onChange={(v) => onDraft({ ...draft, [spec.section]: { ...draft[spec.section], [editing]: v } })}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <>
                  <ApplyOutcome apply={apply} />
                  <InUse view={view} showFile={showFile} onToggle={() => setShowFile(!showFile)} />
                </>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function EditKeys({ field, value, onChange, onDone }: { field: ConfigFieldSpec | undefined; value: unknown; onChange: (v: unknown) => void; onDone: () => void }) {
  const { t } = useTranslation();
  if (!field || field.input.kind === 'choice') return null;
  const input = field.input;
  return (
    <div className="tech-card config-keys-card">
      <p className="config-keys-field">
        {t('tech-config.edit')}: <code dir="ltr">{field.name}</code>
      </p>
      <ConfigPathKeys value={value === undefined ? '' : String(value)} numeric={input.kind === 'number'} onChange={(typed) => onChange(valueFromTyped(input, typed))} onDone={onDone} />
    </div>
  );
}

function InUse({ view, showFile, onToggle }: { view: ConfigViewData; showFile: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="tech-card config-in-use" data-testid="config-in-use">
      <h2 className="tech-section-title">{t('tech-config.inUseTitle')}</h2>
      <p>
        {t('tech-config.file')}:{' '}
        {view.file ? (
          <bdi dir="ltr" data-testid="config-file">
            {view.file}
          </bdi>
        ) : (
          t('tech-config.embedded')
        )}
      </p>
      {view.saveTo !== view.file ? (
        <p>
          {t('tech-config.saveTo')}: <bdi dir="ltr">{view.saveTo}</bdi>
        </p>
      ) : null}
      <p className={view.persists ? 'tech-muted' : 'staff-message staff-message--error'} data-testid="config-persists" data-persists={view.persists}>
        {view.persists ? t('tech-config.persistsYes') : t('tech-config.persistsNo')}
      </p>
      <button type="button" className="action-button staff-secondary" data-testid="config-show-file" onClick={onToggle}>
        {showFile ? t('tech-config.hideFile') : t('tech-config.showFile')}
      </button>
      {showFile ? (
        <>
          <p className="tech-muted">{t('tech-config.secretsMasked')}</p>
          <pre className="config-json" dir="ltr" data-testid="config-json">
            {JSON.stringify(view.config, null, 2)}
          </pre>
        </>
      ) : null}
    </div>
  );
}

function ApplyOutcome({ apply }: { apply: ApplyState }) {
  const { t } = useTranslation();
  if (apply.kind !== 'done') return null;
  const result = apply.result;
  if (result.kind === 'refused') {
    const noPrinter = result.problems.some((p) => p.field === 'hardware.printer' || p.field === 'hardware');
    return (
      <div className="staff-message staff-message--error" role="alert" data-testid="config-result" data-kind="refused">
        <p>{t('tech-config.refused')}</p>
        {noPrinter ? <p>{t('tech-config.noPrinter')}</p> : null}
      </div>
    );
  }
  const touched = result.devices.filter((d) => d.outcome !== 'unchanged');
  return (
    <div className="staff-message config-applied" role="status" data-testid="config-result" data-kind="applied">
      <p>{result.saved ? t('tech-config.applied') : t('tech-config.notSaved')}</p>
      {result.nextStart.length ? (
        <p>
          {/* Sections by the names the tabs give them ("hardware.badgeReader" is the file's spelling). */}
          {t('tech-config.nextStart', {
            sections: result.nextStart.map((section) => t(`tech-config.sections.${section.replace(/^hardware\./, '')}`, { defaultValue: section })).join(', '),
          })}
        </p>
      ) : null}
      <ul className="config-outcomes">
        {touched.map((d) => (
          <li key={d.id} data-testid="config-outcome" data-device={d.id} data-outcome={d.outcome} data-state={d.state}>
            <strong>{t(`tech.kinds.${d.kind}`)}</strong>: {t(`tech-config.outcomes.${d.outcome}`)} — {t(`tech.states.${d.state}`)}
            {d.detail ? <TechnicalDetail text={d.detail} inline /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
