// Why a serial port would not open, in words a technician acts on. serialport's bindings give
// no error code, only the C library's message ("No such file or directory, cannot open
// /dev/ttyUSB0"), so the cause is read from the message.
export type SerialOpenCause = 'missing' | 'permission' | 'busy' | 'other';

/**
 * Why a serial device is offline, for code (a screen that words it in the reader's language);
 * the status detail says the same in English words for the technician.
 */
export type SerialOfflineReason = 'unplugged' | 'port-missing' | 'permission-denied' | 'port-busy' | 'wrong-device' | 'ambiguous-device' | 'open-failed';

export const REASON_OF_CAUSE: Record<SerialOpenCause, SerialOfflineReason> = {
  missing: 'port-missing',
  permission: 'permission-denied',
  busy: 'port-busy',
  other: 'open-failed',
};

export function serialOpenCause(err: unknown): SerialOpenCause {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ENOENT' || code === 'ENODEV' || /no such file or directory|no such device/i.test(message)) return 'missing';
  if (code === 'EACCES' || code === 'EPERM' || /permission denied|operation not permitted/i.test(message)) return 'permission';
  if (code === 'EBUSY' || /cannot lock port|resource busy|resource temporarily unavailable/i.test(message)) return 'busy';
  return 'other';
}

/** One line for the device's status detail; the path is hardware, never personal data. */
export function describeOpenProblem(err: unknown, path: string): string {
  switch (serialOpenCause(err)) {
    case 'missing':
      return `port does not exist: nothing at ${path} (is the device plugged in, and is the path right?)`;
    case 'permission':
      return `permission denied: the kiosk may not open ${path} (add its user to the dialout group)`;
    case 'busy':
      return `busy: another program holds ${path}`;
    case 'other': {
      const message = err instanceof Error ? err.message : String(err);
      return `cannot open ${path}: ${message.split('\n')[0]?.slice(0, 160) ?? 'no reason given'}`;
    }
  }
}
