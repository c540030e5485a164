// The audit log, newest first, page by page, and its export as CSV for the office's records.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, AuditExportResult } from '../../../main/contract/kiosk-contract.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import { AuditRow } from './audit-row.js';
import { TechnicalDetail } from '../../tech/technical-detail.js';

const isolate = (text: string) => `\u2068${text}\u2069`;

export function AuditScreen({ client }: { client: StaffClient }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<AuditEntryView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [exported, setExported] = useState<AuditExportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (cursor?: string) => {
      setBusy(true);
      client
        .request('staff.audit.list', cursor === undefined ? {} : { cursor })
        .then((page) => {
          setItems((previous) => (cursor && previous ? [...previous, ...page.items] : page.items));
          setNextCursor(page.nextCursor);
        })
        .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
        .finally(() => setBusy(false));
    },
    [client, t],
  );
  useEffect(() => load(), [load]);

  const exportCsv = () => {
    setBusy(true);
    setExported(null);
    client
      .request('staff.audit.export', {})
      .then(setExported)
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
      .finally(() => setBusy(false));
  };

  return (
    <section className="staff-panel audit-screen" data-testid="audit-screen">
      <div className="staff-toolbar">
        <p className="staff-hint">{t('staff.audit.intro')}</p>
        <button type="button" className="action-button staff-primary" data-testid="audit-export" disabled={busy} onClick={exportCsv}>
          {t('staff.audit.export')}
        </button>
      </div>
      {exported ? (
        <p className={`staff-message ${exported.kind === 'written' ? 'staff-message--ok' : 'staff-message--error'}`} data-testid="audit-export-result" data-kind={exported.kind} role="status">
          {exported.kind === 'written' ? (
            // Isolated so that a Latin path keeps its order inside an Arabic sentence.
            t('staff.audit.saved', { fileName: isolate(exported.fileName), directory: isolate(exported.directory), rows: exported.rows })
          ) : (
            <>
              {t('staff.audit.exportFailed')}
              <TechnicalDetail text={exported.message} inline />
            </>
          )}
        </p>
      ) : null}
      {problem ? (
        <p className="staff-message staff-message--error" data-testid="audit-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <p className="staff-empty" data-testid="audit-empty">
          {t('staff.audit.empty')}
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="audit-list" data-testid="audit-list">
          {items.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
      {nextCursor !== undefined ? (
        <button type="button" className="action-button staff-secondary" data-testid="audit-more" disabled={busy} onClick={() => load(nextCursor)}>
          {t('staff.audit.more')}
        </button>
      ) : null}
    </section>
  );
}
