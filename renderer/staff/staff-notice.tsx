// Short messages over the attract screen: what a badge meant, or why a staff session ended.
import { useTranslation } from 'react-i18next';
import { officeClock } from './staff-format.js';
import type { StaffNotice } from './staff-mode-state.js';

export function StaffNoticeBanner({ notice, timeZone }: { notice: StaffNotice; timeZone: string }) {
  const { t } = useTranslation();
  if (notice.kind === 'session-ended') {
    return (
      <p className="staff-notice" data-testid="staff-session-ended" data-reason={notice.reason} role="status">
        {t(`staff.sessionEnded.${notice.reason}`)}
      </p>
    );
  }
  const text =
    notice.kind === 'locked'
      ? t(notice.gesture ? 'tech.gesture.locked' : 'staff.badge.locked', { time: officeClock(notice.until, timeZone) })
      : t(`staff.badge.${notice.kind}`);
  return (
    <p className="staff-notice staff-notice--problem" data-testid="staff-badge-message" data-kind={notice.kind} role="alert">
      {text}
    </p>
  );
}
