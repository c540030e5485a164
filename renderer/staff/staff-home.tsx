// The signed-in clerk's screen: who is signed in, the printer's state, and four tabs; a
// technician also gets the diagnostics tabs, and starts on the devices.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { AuditScreen } from './audit/audit-screen.js';
import { JournalScreen } from './journal/journal-screen.js';
import { PaymentIncidentsScreen } from './payments/payment-incidents-screen.js';
import { PendingScreen } from './pending/pending-screen.js';
import { ScrollCue, useScrollMore } from './scroll-cue.js';
import type { StaffClient } from './staff-client.js';
import { StaffHeader, type StaffHeaderProps } from './staff-header.js';
import { SummaryScreen } from './summary/summary-screen.js';
import { isTechTab, TECH_TABS, TechPanel, type TechTab } from '../tech/tech-panel.js';

export const STAFF_TABS = ['journal', 'pending', 'payments', 'summary', 'audit'] as const;
export type StaffTab = (typeof STAFF_TABS)[number];

export interface StaffHomeProps extends StaffHeaderProps {
  client: StaffClient;
  timeZone: string;
}

export function StaffHome({ client, timeZone, ...header }: StaffHomeProps) {
  const { t } = useTranslation();
  const technician = header.session.role === 'technician';
  const [tab, setTab] = useState<StaffTab | TechTab>(technician ? 'devices' : 'journal');
  const [pendingCount, setPendingCount] = useState<number | null>(null);
  const language: Language = header.language;
  const [content, setContent] = useState<HTMLElement | null>(null);
  const more = useScrollMore(content);

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
            id={`staff-tab-${id}`}
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
        {technician ? (
          <>
            <span className="staff-tab-break" aria-hidden="true" />
            <span className="staff-tab-group" id="tech-tab-group">
              {t('tech.tabs.group')}
            </span>
            {TECH_TABS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`tech-tab-${id}`}
                className="staff-tab tech-tab"
                aria-selected={tab === id}
                aria-describedby="tech-tab-group"
                data-testid={`tech-tab-${id}`}
                onClick={() => setTab(id)}
              >
                {t(`tech.tabs.${id}`)}
              </button>
            ))}
          </>
        ) : null}
      </nav>
      {/* The main landmark holds the panel: a role on <main> itself would hide the landmark. */}
      <main className="staff-content" ref={setContent}>
        <div role="tabpanel" aria-labelledby={isTechTab(tab) ? `tech-tab-${tab}` : `staff-tab-${tab}`}>
          {tab === 'journal' ? <JournalScreen client={client} language={language} timeZone={timeZone} onPrinted={refreshPending} /> : null}
          {tab === 'pending' ? <PendingScreen client={client} language={language} onCount={setPendingCount} /> : null}
          {tab === 'payments' ? <PaymentIncidentsScreen client={client} language={language} /> : null}
          {tab === 'summary' ? <SummaryScreen client={client} language={language} timeZone={timeZone} /> : null}
          {tab === 'audit' ? <AuditScreen client={client} /> : null}
          {technician && isTechTab(tab) ? <TechPanel key={tab} tab={tab} client={client} timeZone={timeZone} /> : null}
        </div>
      </main>
      <ScrollCue more={more} />
    </div>
  );
}
