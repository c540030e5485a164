// One device's settings: its driver as buttons, then each setting of that driver. A refused
// value is shown under its own field, with main's reason, so the technician sees where.
import { useTranslation } from 'react-i18next';
import type { ConfigProblemView } from '../../main/contract/kiosk-contract.js';
import { type ConfigFieldSpec, type DeviceSpec, switchDriver, valueFromTyped } from './config-schema-fields.js';
import { formatNumber } from '../i18n/locale-format.js';
import { TechnicalDetail } from './technical-detail.js';

export interface ConfigDeviceFormProps {
  spec: DeviceSpec;
  value: Record<string, unknown>;
  /** What the configuration in use has for this device (a driver chosen again gets it back). */
  saved: Record<string, unknown>;
  /** Problems whose field is this device or one of its settings. */
  problems: ConfigProblemView[];
  editing: string | null;
  onChange: (value: Record<string, unknown>) => void;
  onEdit: (field: string | null) => void;
}

export function ConfigDeviceForm({ spec, value, saved, problems, editing, onChange, onEdit }: ConfigDeviceFormProps) {
  const { t } = useTranslation();
  const prefix = `hardware.${spec.section}`;
  const driver = spec.drivers.find((d) => d.driver === value['driver']);
  const own = problems.filter((p) => p.field === prefix || p.field === `${prefix}.driver`);
  const changed = JSON.stringify(value) !== JSON.stringify(saved);
  return (
    <fieldset
      className="tech-card config-device"
      data-testid={`config-device-${spec.section}`}
      data-changed={changed}
      // The section's tab above names it; a legend would repeat it and cost a line.
      aria-label={t(`tech-config.sections.${spec.section}`, { defaultValue: spec.section })}
    >
      <div className="config-drivers" role="group" aria-label={t('tech-config.driver')}>
        {spec.drivers.map((d) => (
          <button
            type="button"
            key={d.driver}
            className="action-button config-driver"
            aria-pressed={d.driver === value['driver']}
            data-testid={`config-driver-${spec.section}-${d.driver}`}
            onClick={() => {
              onEdit(null);
              onChange(switchDriver(value, saved, d.driver));
            }}
          >
            {t(`tech-config.drivers.${d.driver}`, { defaultValue: d.driver })}
          </button>
        ))}
      </div>
      {spec.section === 'badgeReader' ? <p className="tech-muted config-note">{t('tech-config.badgeNextStart')}</p> : null}
      {own.map((p) => (
        <Problem key={p.field + p.reason} problem={p} />
      ))}
      {driver?.fields.map((field) => (
        <ConfigField
          key={field.name}
          section={spec.section}
          field={field}
          value={value[field.name]}
          problems={problems.filter((p) => p.field === `${prefix}.${field.name}`)}
          editing={editing === field.name}
          onEdit={(on) => onEdit(on ? field.name : null)}
          onChange={(v) => onChange({ ...value, [field.name]: v })}
        />
      ))}
    </fieldset>
  );
}

interface ConfigFieldProps {
  section: string;
  field: ConfigFieldSpec;
  value: unknown;
  problems: ConfigProblemView[];
  editing: boolean;
  onEdit: (on: boolean) => void;
  onChange: (value: unknown) => void;
}

function ConfigField({ section, field, value, problems, editing, onEdit, onChange }: ConfigFieldProps) {
  const { t } = useTranslation();
  const id = `config-${section}-${field.name}`;
  const shown = value === undefined ? '' : String(value);
  const input = field.input;
  return (
    <div className={`config-field${problems.length ? ' config-field--refused' : ''}`} data-testid={id} data-field={`hardware.${section}.${field.name}`}>
      <div className="config-field-row">
      <label className="config-label" htmlFor={`${id}-input`}>
        {/* The key as the file spells it is in the full configuration view, for editing the file by hand. */}
        <span className="config-label-words">{t(`tech-config.fields.${field.name}`, { defaultValue: field.name })}</span>
      </label>
      {input.kind === 'choice' ? (
        <div className="config-choices" role="group">
          {input.options.map((o) => (
            <button type="button" key={String(o)} className="action-button config-choice" aria-pressed={value === o} dir="ltr" onClick={() => onChange(o)}>
              {String(o)}
            </button>
          ))}
        </div>
      ) : (
        <div className="config-value-row" data-editing={editing}>
          <input
            id={`${id}-input`}
            data-testid={`${id}-input`}
            className="config-input"
            dir="ltr"
            // The on-screen keys below type it; a physical keyboard, if any, still works.
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            value={shown}
            placeholder={field.defaultValue === undefined ? '' : String(field.defaultValue)}
            onFocus={() => onEdit(true)}
            onChange={(e) => onChange(valueFromTyped(input, e.target.value))}
          />
          <button type="button" className="action-button staff-secondary config-edit" data-testid={`${id}-edit`} onClick={() => onEdit(!editing)}>
            {editing ? t('tech-config.done') : t('tech-config.edit')}
          </button>
        </div>
      )}
      </div>
      {problems.map((p) => (
        <Problem key={p.reason} problem={p} />
      ))}
    </div>
  );
}

/** main's code in the screen's language (numbers in its format); its English field and reason as the technical detail. */
function Problem({ problem }: { problem: ConfigProblemView }) {
  const { t, i18n } = useTranslation();
  const values = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, i18n.language) : value]),
  );
  return (
    <div className="staff-message staff-message--error config-problem" role="alert" data-testid="config-problem" data-field={problem.field} data-code={problem.code}>
      <p>
        {t('tech-config.fieldProblemLine', { problem: t(`tech-config.problems.${problem.code ?? 'invalid'}`, values) })}
      </p>
      <TechnicalDetail text={`${problem.field} ${problem.reason}`} />
    </div>
  );
}
