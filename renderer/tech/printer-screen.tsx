// The receipt printer up close: the raw answers to its four status questions with every bit
// named, the paper used since the last new roll, a test page and "new roll loaded".
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterDiagnostics } from '../../main/contract/kiosk-contract.js';
import { staffErrorKey, type StaffClient } from '../staff/staff-client.js';
import { formatNumber, formatOfficeDateTime } from '../i18n/locale-format.js';
import { officeTimeOfDay } from './tech-format.js';
import { TechToolbar } from './tech-toolbar.js';
import { useTechView } from './use-tech-view.js';
import './printer.css';

export type TestPageOutcome =
  | { kind: 'idle' }
  | { kind: 'printing' }
  | { kind: 'done'; ok: true }
  | { kind: 'done'; ok: false; reason: string }
  | { kind: 'refused'; errorKey: string };

export function PrinterScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const load = useCallback(() => client.request('tech.printer.status', {}), [client]);
  const view = useTechView(load, null);
  const [override, setOverride] = useState<PrinterDiagnostics | null>(null);
  const [testPage, setTestPage] = useState<TestPageOutcome>({ kind: 'idle' });
  const [rollError, setRollError] = useState<unknown>(null);

  const printTestPage = useCallback(() => {
    setTestPage({ kind: 'printing' });
    client.request('tech.printer.testPage', {}).then(
      (r) => {
        setTestPage(r.ok ? { kind: 'done', ok: true } : { kind: 'done', ok: false, reason: r.reason });
        setOverride(null);
        view.refresh();
      },
      (err: unknown) => setTestPage({ kind: 'refused', errorKey: staffErrorKey(err) }),
    );
  }, [client, view]);

  const newRoll = useCallback(() => {
    setRollError(null);
    client.request('tech.printer.newRoll', {}).then(setOverride, setRollError);
  }, [client]);

  const refresh = useCallback(() => {
    setOverride(null);
    view.refresh();
  }, [view]);

  return (
    <PrinterView
      result={override ?? view.data}
      error={view.error ?? rollError}
      timeZone={timeZone}
      testPage={testPage}
      onRefresh={refresh}
      onTestPage={printTestPage}
      onNewRoll={newRoll}
    />
  );
}

export interface PrinterViewProps {
  result: PrinterDiagnostics | null;
  error: unknown;
  timeZone: string;
  testPage: TestPageOutcome;
  onRefresh: () => void;
  onTestPage: () => void;
  onNewRoll: () => void;
}

const hex = (byte: number | null): string => (byte === null ? '—' : `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`);

/** Bit names ending in "-2" are the second sensor position of the same sensor: same words. */
const bitWordsKey = (name: string): string => `tech-printer.bits.${name.replace(/-2$/, '')}`;

export function PrinterView({ result, error, timeZone, testPage, onRefresh, onTestPage, onNewRoll }: PrinterViewProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="staff-panel tech-panel" data-testid="tech-printer" aria-label={t('tech-printer.title')}>
      <TechToolbar
        hint={t('tech-printer.hint')}
        onRefresh={onRefresh}
        error={error}
        refreshLabel={t('tech-printer.refresh')}
        refreshTestId="tech-printer-refresh"
      />
      {/* Above the status table, which is long: the test page is the first thing a technician does here. */}
      <div className="tech-printer-actions">
        <button
          type="button"
          className="action-button"
          data-testid="tech-printer-test"
          disabled={testPage.kind === 'printing'}
          onClick={onTestPage}
        >
          {t('tech-printer.testPage')}
        </button>
        <TestPageResult outcome={testPage} />
      </div>
      {result === null && !error ? <p className="staff-empty">{t('tech-printer.loading')}</p> : null}
      {result ? (
        <div className="tech-columns">
          <div className="tech-card tech-printer-status">
            <h2 className="tech-section-title">{t('tech-printer.statusTitle')}</h2>
            <p className="tech-muted">
              <bdi>{t(`tech-config.drivers.${result.driver}`, { defaultValue: result.driver })}</bdi>
              {' · '}
              {result.address === 'simulated' ? t('tech.devices.simulated') : <bdi dir="ltr">{result.address}</bdi>}
              {result.queriedAt ? (
                <>
                  {' · '}
                  <bdi dir="ltr">{officeTimeOfDay(result.queriedAt, timeZone)}</bdi>
                </>
              ) : null}
            </p>
            {result.replies.length === 0 ? <p data-testid="tech-printer-no-status">{t('tech-printer.noStatus')}</p> : null}
            <ul className="tech-printer-replies">
              {result.replies.map((r) => (
                <li key={r.request} data-testid="tech-printer-reply" data-request={r.request} data-byte={r.byte ?? ''}>
                  <span>{t('tech-printer.request', { n: r.request })}</span>{' '}
                  <bdi dir="ltr" className="tech-printer-hex">
                    {r.byte === null ? t('tech-printer.noAnswer') : hex(r.byte)}
                  </bdi>
                </li>
              ))}
            </ul>
            {result.bits.length > 0 ? (
              <table className="tech-printer-bits">
                <thead>
                  <tr>
                    <th scope="col">{t('tech-printer.bitColumn')}</th>
                    <th scope="col">{t('tech-printer.meaningColumn')}</th>
                    <th scope="col">{t('tech-printer.stateColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.bits.map((b) => (
                    <tr
                      key={`${b.request}-${b.bit}`}
                      data-testid="tech-printer-bit"
                      data-name={b.name}
                      data-set={String(b.set)}
                      className={b.set ? 'tech-printer-bit--set' : undefined}
                    >
                      <td>
                        <bdi dir="ltr">
                          {b.request}.{b.bit}
                        </bdi>
                      </td>
                      <td>{t(bitWordsKey(b.name))}</td>
                      <td>{t(b.set ? 'tech-printer.set' : 'tech-printer.clear')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
          <div className="tech-card">
            <h2 className="tech-section-title">{t('tech-printer.paperTitle')}</h2>
            <p className="tech-big-figure" data-testid="tech-paper-receipts" data-value={result.paper.receipts}>
              <span dir="ltr">{result.paper.receipts}</span> <span className="tech-counter-label">{t('tech-printer.receipts')}</span>
            </p>
            <p className="tech-big-figure" data-testid="tech-paper-length" data-value={result.paper.lengthMm}>
              <span dir="ltr">{formatNumber(result.paper.lengthMm / 1000, i18n.language, 2, 2)}</span> <span className="tech-counter-label">{t('tech-printer.metres')}</span>
            </p>
            <p className="tech-muted">
              {t('tech-printer.since')} <bdi>{formatOfficeDateTime(result.paper.since, timeZone, i18n.language)}</bdi>
            </p>
            <button type="button" className="action-button staff-secondary" data-testid="tech-printer-new-roll" onClick={onNewRoll}>
              {t('tech-printer.newRoll')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function TestPageResult({ outcome }: { outcome: TestPageOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'printing') return <p className="staff-message">{t('tech-printer.printing')}</p>;
  if (outcome.kind === 'refused') {
    return (
      <p className="staff-message staff-message--error" data-testid="tech-printer-test-result" data-ok="false" role="alert">
        {t(outcome.errorKey)}
      </p>
    );
  }
  return (
    <p
      className={outcome.ok ? 'staff-message staff-message--ok' : 'staff-message staff-message--error'}
      data-testid="tech-printer-test-result"
      data-ok={String(outcome.ok)}
      role="status"
    >
      {outcome.ok ? t('tech-printer.printed') : t(`tech-printer.failures.${outcome.reason}`)}
    </p>
  );
}
