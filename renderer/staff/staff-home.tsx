// The signed-in clerk's screen: who is signed in, the printer's state, and four tabs.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { AuditScreen } from './audit/audit-screen.js';
import { JournalScreen } from './journal/journal-screen.js';
import { PendingScreen } from './pending/pending-screen.js';
import type { StaffClient } from './staff-client.js';
import { StaffHeader, type StaffHeaderProps } from './staff-header.js';
import { SummaryScreen } from './summary/summary-screen.js';

export const STAFF_TABS = ['journal', 'pending', 'summary', 'audit'] as const;
export type StaffTab = (typeof STAFF_TABS)[number];

export interface StaffHomeProps extends StaffHeaderProps {
  client: StaffClient;
  timeZone: string;
}

export function StaffHome({ client, timeZone, ...header }: StaffHomeProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<StaffTab>('journal');
  const [pendingCount, setPendingCount] = useState<number | null>(null);
  const language: Language = header.language;

  const refreshPending = useCallback(() => {
    client
      .request('staff.pending.list', {})
      .then((list) => setPendingCount(list.total))
      // The count is a hint on the tab; the pending tab itself says when it cannot load.
      .catch(() => undefined);
  }, [client]);
  useEffect(refreshPending, [refreshPending]);

  return (
    <div className="staff-home" data-testid="staff-home">
      <StaffHeader {...header} />
      <nav className="staff-tabs" role="tablist" aria-label={t('staff.tabs.label')}>
        {STAFF_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="staff-tab"
            aria-selected={tab === id}
            data-testid={`staff-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`staff.tabs.${id}`)}
            {id === 'pending' && pendingCount !== null ? (
              <span className="staff-tab-count" data-testid="pending-count" dir="ltr">
                {pendingCount}
              </span>
            ) : null}
          </button>
        ))}
      </nav>
      <main className="staff-content" role="tabpanel">
        {tab === 'journal' ? <JournalScreen client={client} language={language} timeZone={timeZone} onPrinted={refreshPending} /> : null}
        {tab === 'pending' ? <PendingScreen client={client} language={language} onCount={setPendingCount} /> : null}
        {tab === 'summary' ? <SummaryScreen client={client} language={language} timeZone={timeZone} /> : null}
        {tab === 'audit' ? <AuditScreen client={client} /> : null}
      </main>
    </div>
  );
}
