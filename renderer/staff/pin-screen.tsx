// Badge accepted: the clerk types the PIN. The digits are never shown, logged or kept: the
// state is emptied as soon as OK sends them, whatever the answer.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi, PinVerdictView } from '../../main/contract/kiosk-contract.js';
import { erasePinDigit, PIN_MIN_LENGTH, pressPinDigit } from './pin-entry.js';
import { PinKeypad } from './pin-keypad.js';
import { PinMessageLine, type PinMessage } from './pin-message.js';
import { officeClock } from './staff-format.js';

/** A PIN screen left alone gives the kiosk back to citizens. */
export const PIN_SCREEN_IDLE_SECONDS = 60;

export interface PinScreenProps {
  api: KioskApi;
  attemptId: string;
  displayName: string;
  timeZone: string;
  onSignedIn: (verdict: Extract<PinVerdictView, { kind: 'ok' }>) => void;
  onClose: () => void;
  /** Opened by the hidden gesture: a technician PIN, checked by tech.verifyGesturePin. */
  gesture?: boolean;
}

export function PinScreen({ api, attemptId, displayName, timeZone, onSignedIn, onClose, gesture = false }: PinScreenProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<PinMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastPress, setLastPress] = useState(0);
  const finished = message?.kind === 'locked' || message?.kind === 'expired';

  const cancel = () => {
    // A gesture attempt lives in main's technician store and has no cancel channel: it expires.
    if (!gesture) api.request('staff.cancelSignIn', { attemptId }).catch(() => undefined);
    onClose();
  };

  useEffect(() => {
    const timer = setTimeout(cancel, PIN_SCREEN_IDLE_SECONDS * 1000);
    return () => clearTimeout(timer);
    // Restarted by each key press; cancel only closes over attemptId.
  }, [lastPress, attemptId]);

  const typed = (next: string) => {
    setLastPress((n) => n + 1);
    setPin(next);
  };

  const submit = () => {
    if (pin === '' || busy) return;
    const tried = pin;
    setPin('');
    setBusy(true);
    setLastPress((n) => n + 1);
    api
      .request(gesture ? 'tech.verifyGesturePin' : 'staff.verifyPin', { attemptId, pin: tried })
      .then((verdict) => {
        setBusy(false);
        if (verdict.kind === 'ok') onSignedIn(verdict);
        else if (verdict.kind === 'locked') setMessage({ kind: 'locked', untilTime: officeClock(verdict.until, timeZone) });
        else setMessage(verdict);
      })
      .catch(() => {
        setBusy(false);
        setMessage({ kind: 'error' });
      });
  };

  return (
    // The page's one main landmark while the PIN is asked (the staff home has its own).
    <main className="staff-screen pin-screen" data-testid="staff-pin-screen" aria-labelledby="pin-title">
      {gesture ? (
        <h1 id="pin-title" className="staff-title" data-testid="tech-pin-title">
          {t('tech.pin.title')}
        </h1>
      ) : (
        <h1 id="pin-title" className="staff-title">
          {t('staff.pin.greeting', { name: displayName })}
        </h1>
      )}
      <p className="staff-hint">{t('staff.pin.prompt')}</p>
      {/* A picture of the count: a <p> may not carry a name, an image may. */}
      <p className="pin-dots" data-testid="pin-dots" dir="ltr" role="img" aria-label={t('staff.pin.typed', { digits: pin.length })}>
        {Array.from({ length: Math.max(PIN_MIN_LENGTH, pin.length) }, (_, index) => (
          <span key={index} className={index < pin.length ? 'pin-dot pin-dot--filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </p>
      {message ? <PinMessageLine message={message} gesture={gesture} /> : null}
      <PinKeypad
        disabled={busy || finished}
        canSubmit={pin !== ''}
        onDigit={(digit) => typed(pressPinDigit(pin, digit))}
        onErase={() => typed(erasePinDigit(pin))}
        onSubmit={submit}
      />
      <button type="button" className="action-button staff-secondary" data-testid="pin-cancel" onClick={cancel}>
        {t('staff.pin.cancel')}
      </button>
    </main>
  );
}
