import { useTranslation } from 'react-i18next';

/** What the last PIN try gave; 'error' when main could not be asked. */
export type PinMessage = { kind: 'wrong'; attemptsLeft: number } | { kind: 'locked'; untilTime: string } | { kind: 'invalid' } | { kind: 'expired' } | { kind: 'error' };

/** `gesture`: the keypad was opened by the hidden gesture, so "badge again" would not fit. */
export function PinMessageLine({ message, gesture = false }: { message: PinMessage; gesture?: boolean }) {
  const { t } = useTranslation();
  let text: string;
  switch (message.kind) {
    case 'wrong':
      text = t('staff.pin.wrong', { count: message.attemptsLeft });
      break;
    case 'locked':
      text = t('staff.pin.locked', { time: message.untilTime });
      break;
    case 'invalid':
      text = t('staff.pin.invalid');
      break;
    case 'expired':
      text = t(gesture ? 'tech.pin.expired' : 'staff.pin.expired');
      break;
    case 'error':
      text = t('staff.errors.unavailable');
      break;
  }
  return (
    <p className="staff-message staff-message--error" data-testid="pin-message" data-kind={message.kind} role="alert">
      {text}
    </p>
  );
}
