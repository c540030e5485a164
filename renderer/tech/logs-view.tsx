// What the log viewer draws from its state: level and device chips, the entries newest first,
// "more", and the export with its outcome. Pure, so it renders on the server in tests.
import { useTranslation } from 'react-i18next';
import type { LogEntryView, ResponseOf } from '../../main/contract/kiosk-contract.js';
import { staffErrorKey } from '../staff/staff-client.js';
import { ChipGroup } from '../staff/journal/chip-group.js';
import { formatOfficeDay } from '../i18n/locale-format.js';
import { officeTimeOfDay } from './tech-format.js';
import { TechnicalDetail } from './technical-detail.js';

export const LOG_LEVEL_CHOICES = ['info', 'warn', 'error'] as const;
export type LogLevelChoice = (typeof LOG_LEVEL_CHOICES)[number];
export const ALL_DEVICES = 'all';

export type LogExportOutcome = ResponseOf<'tech.logs.export'>;

// Isolated so that a Latin path keeps its order inside an Arabic sentence.
const isolate = (text: string) => `\u2068${text}\u2069`;

export interface LogsViewProps {
  entries: LogEntryView[] | null;
  devices: string[];
  minLevel: LogLevelChoice;
  device: string;
  hasMore: boolean;
  busy: boolean;
  error: unknown;
  exported: LogExportOutcome | null;
  timeZone: string;
  onLevel: (level: LogLevelChoice) => void;
  onDevice: (device: string) => void;
  onMore: () => void;
  onRefresh: () => void;
  onExport: () => void;
}

export function LogsView(p: LogsViewProps) {
  const { t } = useTranslation();
  const deviceOptions = [ALL_DEVICES, ...p.devices.filter((d) => d !== ALL_DEVICES)];
  return (
    <section className="staff-panel tech-panel tech-logs" data-testid="tech-logs" aria-label={t('tech-logs.title')}>
      <div className="staff-toolbar">
        <p className="staff-hint">{t('tech-logs.hint')}</p>
        <button type="button" className="action-button staff-secondary" data-testid="tech-logs-refresh" disabled={p.busy} onClick={p.onRefresh}>
          {t('tech.refresh')}
        </button>
      </div>
      <ChipGroup label={t('tech-logs.level')} options={LOG_LEVEL_CHOICES} value={p.minLevel} testIdPrefix="tech-logs-level" labelOf={(l) => t(`tech-logs.from.${l}`)} onChange={p.onLevel} />
      <ChipGroup
        label={t('tech-logs.device')}
        options={deviceOptions}
        value={p.device}
        testIdPrefix="tech-logs-device"
        labelOf={(d) => (d === ALL_DEVICES ? t('tech-logs.allDevices') : d)}
        onChange={p.onDevice}
      />
      <div className="tech-logs-export">
        {/* No typed path on a kiosk: the export goes to the configured folder (staff.exportDir, e.g. the USB drive's mount point), and the result says where. */}
        <span className="tech-logs-export-label">{t('tech-logs.exportTo')}</span>
        <button type="button" className="action-button staff-primary" data-testid="tech-logs-export" disabled={p.busy} onClick={p.onExport}>
          {t('tech-logs.export')}
        </button>
      </div>
      {p.exported ? (
        <p className={`staff-message ${p.exported.kind === 'written' ? 'staff-message--ok' : 'staff-message--error'}`} data-testid="tech-logs-export-result" data-kind={p.exported.kind} role="status">
          {p.exported.kind === 'written'
            ? t('tech-logs.saved', { fileName: isolate(p.exported.fileName), directory: isolate(p.exported.directory), lines: p.exported.lines })
            : (
              <>
                {t('tech-logs.exportFailed')}
                <TechnicalDetail text={p.exported.message} inline />
              </>
            )}
        </p>
      ) : null}
      {p.error ? (
        <p className="staff-message staff-message--error" data-testid="tech-error" role="alert">
          {t(staffErrorKey(p.error))}
        </p>
      ) : null}
      {p.entries === null && !p.error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      {p.entries !== null && p.entries.length === 0 ? (
        <p className="staff-empty" data-testid="tech-logs-empty">
          {t('tech-logs.empty')}
        </p>
      ) : null}
      {p.entries !== null && p.entries.length > 0 ? (
        <ol className="tech-log-list">
          {p.entries.map((entry, i) => (
            <LogEntryRow key={`${entry.time}-${i}`} entry={entry} timeZone={p.timeZone} />
          ))}
        </ol>
      ) : null}
      {p.hasMore ? (
        <button type="button" className="action-button staff-secondary" data-testid="tech-logs-more" disabled={p.busy} onClick={p.onMore}>
          {t('tech-logs.more')}
        </button>
      ) : null}
    </section>
  );
}

function LogEntryRow({ entry, timeZone }: { entry: LogEntryView; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const day = formatOfficeDay(entry.time, timeZone, i18n.language);
  const source = [entry.part, entry.device].filter((s): s is string => s !== null).join(' · ');
  return (
    <li className={`tech-log-entry tech-log-entry--${entry.level}`} data-testid="tech-log-entry" data-level={entry.level} data-device={entry.device ?? ''}>
      <span className="tech-log-time">
        <bdi>{day}</bdi> <bdi dir="ltr">{officeTimeOfDay(entry.time, timeZone)}</bdi>
      </span>
      <span className="tech-log-level">{t(`tech-logs.levels.${entry.level}`)}</span>
      <span className="tech-log-source">
        {/* Part and device names are code words; the kiosk's own name is in the screen's language. */}
        {source ? (
          <bdi lang="en" dir="ltr">
            {source}
          </bdi>
        ) : (
          t('tech-logs.kiosk')
        )}
      </span>
      {/* The log itself, as written to the file and exported: English, the technical record. */}
      <span className="tech-log-msg">
        <bdi lang="en" dir="ltr">
          {entry.msg}
        </bdi>
      </span>
      {entry.details ? (
        <span className="tech-log-details">
          <bdi lang="en" dir="ltr">
            {entry.details}
          </bdi>
        </span>
      ) : null}
    </li>
  );
}
