// One line of the console: when, then either the bytes (text and hex, left to right whatever
// the language) or what the driver made of them, in words.
import { useTranslation } from 'react-i18next';
import type { ConsoleEntry } from '../../main/contract/kiosk-contract.js';
import { officeTimeOfDay } from './tech-format.js';

type CardEntry = Extract<ConsoleEntry, { kind: 'card' }>;

// The ASCII names of control bytes: main sends them as Unicode control pictures (␍, ␂...), whose
// glyphs are too small to read at arm's length, so each is drawn as its name in a box.
const CONTROL_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');

function controlName(ch: string): string | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x2421) return 'DEL';
  return code >= 0x2400 && code < 0x2420 ? CONTROL_NAMES[code - 0x2400] : undefined;
}

function BytesText({ text }: { text: string }) {
  const parts: Array<{ text: string; control: boolean }> = [];
  for (const ch of text) {
    const name = controlName(ch);
    const last = parts.at(-1);
    if (name) parts.push({ text: name, control: true });
    else if (last && !last.control) last.text += ch;
    else parts.push({ text: ch, control: false });
  }
  return (
    <>
      {parts.map((p, i) =>
        p.control ? (
          <span key={i} className="tech-console-ctl" data-control={p.text}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

export function ConsoleEntryRow({ entry, timeZone }: { entry: ConsoleEntry; timeZone: string }) {
  return (
    <li className={`tech-console-entry tech-console-entry--${entry.kind}`} data-testid="tech-console-entry" data-kind={entry.kind}>
      <bdi dir="ltr" className="tech-console-time">
        {officeTimeOfDay(entry.at, timeZone)}
      </bdi>
      <EntryBody entry={entry} />
    </li>
  );
}

function EntryBody({ entry: e }: { entry: ConsoleEntry }) {
  const { t } = useTranslation();
  switch (e.kind) {
    case 'bytes':
      return (
        <>
          <code dir="ltr" className="tech-console-text" data-testid="tech-console-text">
            <BytesText text={e.text} />
          </code>
          <code dir="ltr" className="tech-console-hex" data-testid="tech-console-hex">
            {e.hex}
          </code>
        </>
      );
    case 'card':
      return <CardView card={e} />;
    case 'unreadable':
      return (
        <p className="tech-console-parsed tech-console-bad" data-testid="tech-console-unreadable" data-reason={e.reason}>
          {t('tech-console.unreadable', { reason: t(`tech-console.reasons.${e.reason}`, { defaultValue: e.reason }) })}
        </p>
      );
    case 'badge':
      return (
        <p className="tech-console-parsed" data-testid="tech-console-badge">
          {t('tech-console.badge')}{' '}
          <bdi dir="ltr" className="tech-console-value">
            {e.badgeId}
          </bdi>
        </p>
      );
    case 'scan':
      return (
        <p className="tech-console-parsed" data-testid="tech-console-scan">
          {t('tech-console.scan', { length: e.length })}{' '}
          <bdi dir="ltr" className="tech-console-value">
            {e.code}
          </bdi>
          {e.symbology ? <bdi dir="ltr"> · {e.symbology}</bdi> : null}
        </p>
      );
    case 'dropped':
      return (
        <p className="tech-console-parsed tech-console-bad" data-testid="tech-console-dropped">
          {t('tech-console.dropped', { count: e.count })}
        </p>
      );
  }
}

function CardView({ card }: { card: CardEntry }) {
  const { t } = useTranslation();
  return (
    <div className="tech-console-parsed tech-console-card" data-testid="tech-console-card" data-format={card.format} data-ok={card.ok}>
      <p className={card.ok ? 'tech-console-good' : 'tech-console-bad'}>
        {t(card.ok ? 'tech-console.cardOk' : 'tech-console.cardBad')} <bdi dir="ltr">{card.format}</bdi> · {t(`tech-console.formats.${card.format}`)}
      </p>
      <ul className="tech-console-checks">
        {card.checks.map((c) => (
          <li
            key={c.field}
            data-testid="tech-console-check"
            data-field={c.field}
            data-ok={c.ok}
            className={c.ok ? 'tech-console-good' : 'tech-console-bad'}
          >
            <span aria-hidden="true">{c.ok ? '✓' : '✗'}</span>{' '}
            {t('tech-console.check', {
              field: t(`tech-console.fields.${c.field}`, { defaultValue: c.field }),
              verdict: t(c.ok ? 'tech-console.pass' : 'tech-console.fail'),
            })}
          </li>
        ))}
      </ul>
      <dl className="tech-console-fields">
        {card.fields.map((f) => (
          <div key={f.name} className="tech-console-field">
            <dt>{t(`tech-console.fields.${f.name}`, { defaultValue: f.name })}</dt>
            <dd>
              {f.value === null ? (
                t('tech-console.absent')
              ) : (
                <bdi dir="ltr" className="tech-console-value">
                  {f.value || '—'}
                </bdi>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {card.problems.length > 0 ? (
        <ul className="tech-console-problems" lang="en">
          {card.problems.map((p) => (
            <li key={p}>
              <bdi dir="ltr">{p}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
