// What the serial console draws: the device picker, pause and clear, and the live list (time,
// text and hex of the bytes, the driver's verdicts between them). Values arrive masked from main.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsoleDeviceId, type ConsoleEntry, KioskRequestError } from '../../main/contract/kiosk-contract.js';
import { ScrollCue, useScrollMore } from '../staff/scroll-cue.js';
import { staffErrorKey } from '../staff/staff-client.js';
import { ConsoleEntryRow } from './console-entry-row.js';

export interface ConsoleDeviceChoice {
  id: ConsoleDeviceId;
  driver: string;
  address: string;
}

export interface ConsoleViewProps {
  devices: readonly ConsoleDeviceChoice[] | null;
  selected: ConsoleDeviceId | null;
  /** The selected device's console is open (main said so). */
  open: boolean;
  entries: readonly ConsoleEntry[];
  paused: boolean;
  /** Entries that came in while paused, shown on resume. */
  held: number;
  error: unknown;
  timeZone: string;
  onPick: (id: ConsoleDeviceId) => void;
  onPause: () => void;
  onClear: () => void;
}

export function ConsoleView(p: ConsoleViewProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const [listBox, setListBox] = useState<HTMLOListElement | null>(null);
  const more = useScrollMore(listBox);
  // Follows the newest entry, like a terminal, unless the technician paused to read.
  useEffect(() => {
    const el = list.current;
    if (el && !p.paused) el.scrollTop = el.scrollHeight;
  }, [p.entries, p.paused]);
  const current = p.devices?.find((d) => d.id === p.selected);

  return (
    <section className="staff-panel tech-panel tech-console" data-testid="tech-console" aria-label={t('tech-console.title')}>
      <p className="staff-hint">{t('tech-console.hint')}</p>
      {p.devices === null && !p.error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      {p.devices?.length === 0 ? <p className="staff-empty">{t('tech-console.noDevice')}</p> : null}
      <div className="chip-group" role="radiogroup" aria-label={t('tech-console.device')}>
        <span className="chip-group-label">{t('tech-console.device')}</span>
        {(p.devices ?? []).map((d) => (
          <button
            key={d.id}
            type="button"
            role="radio"
            aria-checked={d.id === p.selected}
            className="chip"
            data-testid={`tech-console-device-${d.id}`}
            onClick={() => p.onPick(d.id)}
          >
            {t(`tech.kinds.${d.id}`)}
          </button>
        ))}
      </div>
      {p.error ? (
        <p className="staff-message staff-message--error" data-testid="tech-error" role="alert">
          {t(staffErrorKey(p.error))}
          {/* Main's plain reason (a citizen is being served, the device is not configured). */}
          {p.error instanceof KioskRequestError && p.error.code === 'unavailable' ? (
            <>
              {' '}
              <bdi dir="ltr" lang="en">
                {p.error.message}
              </bdi>
            </>
          ) : null}
        </p>
      ) : null}
      {current ? (
        <div className="tech-console-bar">
          <p className="tech-muted" data-testid="tech-console-state" data-open={p.open}>
            <bdi>{t(`tech-config.drivers.${current.driver}`, { defaultValue: current.driver })}</bdi>
            {' · '}
            <bdi dir="ltr">{current.address}</bdi>{' '}
            · {t(p.open ? (p.paused ? 'tech-console.paused' : 'tech-console.live') : 'tech-console.opening')}
            {p.paused && p.held > 0 ? ` · ${t('tech-console.held', { count: p.held })}` : null}
          </p>
          <button type="button" className="action-button staff-secondary" data-testid="tech-console-pause" aria-pressed={p.paused} onClick={p.onPause}>
            {t(p.paused ? 'tech-console.resume' : 'tech-console.pause')}
          </button>
          <button type="button" className="action-button staff-secondary" data-testid="tech-console-clear" onClick={p.onClear}>
            {t('tech-console.clear')}
          </button>
        </div>
      ) : (
        <p className="staff-empty">{t('tech-console.pick')}</p>
      )}
      {current ? (
        <>
          <div className="tech-console-head" aria-hidden="true">
            <span>{t('tech-console.time')}</span>
            <span>{t('tech-console.text')}</span>
            <span>{t('tech-console.hex')}</span>
          </div>
          <div className="scroll-frame">
          <ol className="tech-console-list" ref={(el) => {
            list.current = el;
            setListBox(el);
          }} data-testid="tech-console-list" aria-live="off" tabIndex={0} aria-label={t('tech-console.title')}>
            {p.entries.length === 0 ? <li className="staff-empty">{t('tech-console.waiting')}</li> : null}
            {p.entries.map((e) => (
              <ConsoleEntryRow key={e.seq} entry={e} timeZone={p.timeZone} />
            ))}
          </ol>
            <ScrollCue more={more} />
          </div>
        </>
      ) : null}
    </section>
  );
}
