// The self-test's judgements, kept pure so each threshold is tested alone: what a device
// state, a printer's status replies, the network, the disk or the screen results mean for a
// technician, in pass / warn / fail and plain words.
import { decodeStatusAnswers, describeCondition, blockingReason, type StatusRequest } from '../../hardware/printer/printer-status.js';
import type { DeviceStatus } from '../../hardware/devices/device.js';
import type { AudioResult, NetworkResult, ScreenInfo, SelfTestFinding, SelfTestVerdict, TouchResult } from '../contract/kiosk-contract.js';

/** `detail` is for the saved report and the logs (English); `finding` is what the screen words. */
export interface Judgement {
  verdict: SelfTestVerdict;
  detail: string;
  finding?: SelfTestFinding;
}

const found = (code: string, params?: SelfTestFinding['params']): SelfTestFinding => (params ? { code, params } : { code });

export const DISK_FAIL_BYTES = 200 * 1024 * 1024;
export const DISK_WARN_BYTES = 1024 * 1024 * 1024;
export const LATENCY_WARN_MS = 1000;
export const OUTBOX_WARN_AGE_SECONDS = 60 * 60;
export const OUTBOX_FAIL_AGE_SECONDS = 24 * 60 * 60;

export function overallVerdict(verdicts: readonly SelfTestVerdict[]): SelfTestVerdict {
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('warn') ? 'warn' : 'pass';
}

export function judgeDevice(status: Pick<DeviceStatus, 'state' | 'detail'>, lastError: { at: Date; message: string } | null): Judgement {
  const said = status.detail ? `: ${status.detail}` : '';
  // The activity log words a state change as "<state>: <detail>": the same fault said twice is noise.
  const repeated = lastError?.message === `${status.state}${said}`;
  const last = lastError && !repeated ? `; last error at ${lastError.at.toISOString()}: ${lastError.message}` : '';
  const finding = lastError && !repeated ? found('deviceStateLastError', { state: status.state, at: lastError.at.toISOString() }) : found('deviceState', { state: status.state });
  switch (status.state) {
    case 'ready':
    case 'busy':
      return { verdict: 'pass', detail: `${status.state}${said}${last}`, finding };
    case 'warning':
      return { verdict: 'warn', detail: `warning${said}${last}`, finding };
    case 'fault':
    case 'offline':
    case 'closed':
      return { verdict: 'fail', detail: `${status.state}${said}${last}`, finding };
  }
}

/** Replies of DLE EOT 1-4, as the driver keeps them; null where the printer said nothing. */
export function judgePrinterReplies(replies: ReadonlyArray<{ request: number; byte: number | null }>): Judgement {
  const answers = replies.flatMap((r) => (r.byte === null ? [] : [{ n: r.request as StatusRequest, byte: r.byte }]));
  if (answers.length === 0) return { verdict: 'fail', detail: 'the printer did not answer its status request (DLE EOT): off, unplugged or wrong address', finding: found('printerSilent') };
  const condition = decodeStatusAnswers(answers);
  const words = describeCondition(condition);
  const missing = replies.length - answers.length;
  const partial = missing > 0 ? ` (${missing} of ${replies.length} status questions unanswered)` : '';
  const blocking = blockingReason(condition);
  if (blocking) return { verdict: 'fail', detail: `the printer cannot print: ${words}${partial}`, finding: found('printerBlocked', { reason: blocking }) };
  if (condition.paperNearEnd) return { verdict: 'warn', detail: `the printer answers: ${words}${partial}`, finding: found('printerPaperNearEnd') };
  if (missing > 0) return { verdict: 'warn', detail: `the printer answers: ${words}${partial}`, finding: found('printerPartial', { missing, total: replies.length }) };
  return { verdict: 'pass', detail: `the printer answers: ${words}`, finding: found('printerReady') };
}

export function judgeSerialNodes(nodes: ReadonlyArray<{ deviceId: string; path: string; present: boolean }>): Judgement {
  if (nodes.length === 0) return { verdict: 'pass', detail: 'no serial device configured', finding: found('serialNone') };
  const missing = nodes.filter((n) => !n.present);
  const list = (ns: typeof nodes): string => ns.map((n) => `${n.deviceId} ${n.path}`).join(', ');
  if (missing.length > 0) {
    return { verdict: 'fail', detail: `device node missing: ${list(missing)} (unplugged, or a wrong path in the configuration)`, finding: found('serialMissing', { count: missing.length }) };
  }
  return { verdict: 'pass', detail: `all present: ${list(nodes)}`, finding: found('serialPresent', { count: nodes.length }) };
}

export function judgeOffice(office: NetworkResult['office']): Judgement {
  const where = `${office.url}${office.embedded ? ' (embedded server)' : ''}`;
  if (!office.reachable || office.latencyMs === null) return { verdict: 'fail', detail: `${where}: ${office.problem ?? 'no answer'}`, finding: found('officeUnreachable') };
  const verdict = office.latencyMs > LATENCY_WARN_MS ? 'warn' : 'pass';
  const finding = found(verdict === 'warn' ? 'officeSlow' : 'officeAnswered', { ms: office.latencyMs });
  return { verdict, detail: `${where} answered in ${office.latencyMs} ms${verdict === 'warn' ? ' (slow network)' : ''}`, finding };
}

export function judgeOutbox(outbox: NetworkResult['outbox']): Judgement {
  if (outbox.depth === 0 || outbox.oldestAgeSeconds === null) return { verdict: 'pass', detail: `${outbox.depth} waiting`, finding: found('outboxEmpty') };
  const age = outbox.oldestAgeSeconds;
  const detail = `${outbox.depth} waiting, the oldest for ${age} s`;
  if (age > OUTBOX_FAIL_AGE_SECONDS) return { verdict: 'fail', detail: `${detail}: nothing has reached the office for over a day`, finding: found('outboxStuckDay', { count: outbox.depth, seconds: age }) };
  if (age > OUTBOX_WARN_AGE_SECONDS) return { verdict: 'warn', detail: `${detail}: over an hour`, finding: found('outboxStuckHour', { count: outbox.depth, seconds: age }) };
  return { verdict: 'pass', detail, finding: found('outboxWaiting', { count: outbox.depth, seconds: age }) };
}

export function judgeQuickCheck(rows: ReadonlyArray<Record<string, unknown>>): Judgement {
  const lines = rows.map((r) => String(Object.values(r)[0] ?? ''));
  if (lines.length === 1 && lines[0] === 'ok') return { verdict: 'pass', detail: 'PRAGMA quick_check: ok', finding: found('databaseOk') };
  // The first problems only: a damaged file can list thousands.
  return { verdict: 'fail', detail: `PRAGMA quick_check found problems: ${lines.slice(0, 3).join('; ') || 'no answer'}`, finding: found('databaseDamaged') };
}

export function judgeFreeSpace(freeBytes: number, folder: string): Judgement {
  const mb = Math.floor(freeBytes / (1024 * 1024));
  const detail = `${mb} MB free on the drive of ${folder}`;
  if (freeBytes < DISK_FAIL_BYTES) return { verdict: 'fail', detail: `${detail}: the kiosk may soon fail to record receipts`, finding: found('diskCritical', { megabytes: mb }) };
  if (freeBytes < DISK_WARN_BYTES) return { verdict: 'warn', detail: `${detail}: getting low`, finding: found('diskLow', { megabytes: mb }) };
  return { verdict: 'pass', detail, finding: found('diskFree', { megabytes: mb }) };
}

export function judgeScreen(screen: ScreenInfo): Judgement {
  const detail = `${screen.width} x ${screen.height} px at scale ${screen.scale}, ${screen.touchPoints} touch points`;
  const params = { width: screen.width, height: screen.height, scale: screen.scale, touchPoints: screen.touchPoints };
  if (screen.touchPoints === 0) return { verdict: 'warn', detail: `${detail}: the page sees no touch screen`, finding: found('screenNoTouch', params) };
  return { verdict: 'pass', detail, finding: found('screenSeen', params) };
}

export function judgeTouch(touch: TouchResult | undefined): Judgement {
  if (!touch) return { verdict: 'warn', detail: 'the touch grid was not run', finding: found('touchNotRun') };
  const detail = `${touch.hits} of ${touch.targets} targets touched, ${touch.misses} touches between targets`;
  const params = { hits: touch.hits, targets: touch.targets, misses: touch.misses };
  if (touch.hits < touch.targets) return { verdict: 'warn', detail: `${detail}: touch the untouched targets, or look for a dead zone`, finding: found('touchUntouched', params) };
  // More misses than targets: the touches land beside where the finger is (calibration).
  if (touch.misses > touch.targets) return { verdict: 'warn', detail: `${detail}: many touches missed, check the calibration`, finding: found('touchMissed', params) };
  return { verdict: 'pass', detail, finding: found('touchAll', params) };
}

export function judgeAudio(audio: AudioResult | undefined): Judgement {
  if (audio === 'heard') return { verdict: 'pass', detail: 'the test tone was heard', finding: found('audioHeard') };
  if (audio === 'not-heard') return { verdict: 'fail', detail: 'the test tone was not heard: check the speakers, cable and volume', finding: found('audioNotHeard') };
  return { verdict: 'warn', detail: 'the audio test was not run', finding: found('audioNotRun') };
}
