// Every tech.* channel of the contract. The gesture channels open a technician session; the
// data channels name the session by token like staff requests do (an ended token is refused
// with 'staff-session-ended', its idle time is restarted otherwise) and are refused with
// 'forbidden' unless the session is a technician's.
import type { Device } from '../../hardware/devices/device.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import {
  type DeviceDiagnostics,
  KioskRequestError,
  type NetworkResult,
  type SerialPortsResult,
  type SoftwareResult,
} from '../contract/kiosk-contract.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { OfficeConnection } from '../office/office-connection.js';
import { PinAttemptStore } from '../staff/pin-attempt-store.js';
import type { StaffConfig } from '../staff/staff-config-schema.js';
import type { StaffModeService } from '../staff/staff-mode-service.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import { TechnicianGesture } from '../staff/technician-gesture.js';
import { addressOf } from './device-address.js';
import type { DeviceActivity } from './device-activity.js';
import { checkNetwork } from './network-check.js';
import { inspectSerialPorts } from './serial-ports.js';

export const TECHNICIANS_ONLY = 'the diagnostics are for technicians: sign in with a technician badge or the technician PIN';

/** The session a tech.* request names, refused ('forbidden') unless it is a technician's. */
export function technicianSession(sessions: { use(token: string): StaffSession }, token: string): StaffSession {
  const session = sessions.use(token);
  if (session.account.role !== 'technician') throw new KioskRequestError('forbidden', TECHNICIANS_ONLY);
  return session;
}

export interface TechHandlerDeps {
  sessions: { use(token: string): StaffSession };
  gesture: Pick<TechnicianGesture, 'signIn' | 'verifyPin'>;
  devices: () => Device[];
  /** The configuration of the moment: a technician may have changed it since start. */
  hardware: () => HardwareConfig;
  activity: Pick<DeviceActivity, 'snapshot'>;
  serialPorts: () => Promise<SerialPortsResult>;
  network: () => Promise<NetworkResult>;
  software: () => SoftwareResult;
}

export function registerTechHandlers(router: ContractRouter, deps: TechHandlerDeps): void {
  const technician = (token: string): StaffSession => technicianSession(deps.sessions, token);

  router.handle('tech.gestureSignIn', () => deps.gesture.signIn());
  router.handle('tech.verifyGesturePin', ({ attemptId, pin }) => deps.gesture.verifyPin(attemptId, pin));
  router.handle('tech.devices', ({ staffToken }) => {
    technician(staffToken);
    return deps.devices().map((d) => deviceDiagnostics(d, deps));
  });
  router.handle('tech.serialPorts', ({ staffToken }) => {
    technician(staffToken);
    return deps.serialPorts();
  });
  router.handle('tech.network', ({ staffToken }) => {
    technician(staffToken);
    return deps.network();
  });
  router.handle('tech.software', ({ staffToken }) => {
    technician(staffToken);
    return deps.software();
  });
}

export interface TechDiagnosticsWiring {
  staffConfig: StaffConfig;
  hardware: () => HardwareConfig;
  dataDir: string;
  staff: StaffModeService;
  devices: () => Device[];
  activity: Pick<DeviceActivity, 'snapshot'>;
  office: Pick<OfficeConnection, 'url' | 'embedded' | 'outbox'>;
  citizenPresent: () => boolean;
  software: () => SoftwareResult;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  now: () => Date;
}

/** The technician's channels on a kiosk with a staff mode (a technician session is a staff session). */
export async function openTechDiagnostics(router: ContractRouter, w: TechDiagnosticsWiring): Promise<{ close(): Promise<void> }> {
  // A second connection to staff.sqlite (WAL, busy timeout): the gesture's lock survives restarts like a badge's.
  const store = await PinAttemptStore.open(w.dataDir);
  const gesture = new TechnicianGesture({
    config: w.staffConfig,
    store,
    staff: w.staff,
    citizenPresent: w.citizenPresent,
    idleSeconds: w.staffConfig.sessionIdleSeconds,
    logger: w.logger,
    now: () => w.now().getTime(),
  });
  registerTechHandlers(router, {
    sessions: w.staff.sessions,
    gesture,
    devices: w.devices,
    hardware: w.hardware,
    activity: w.activity,
    serialPorts: () => inspectSerialPorts(w.hardware()),
    network: () => checkNetwork({ url: w.office.url, embedded: w.office.embedded, outbox: w.office.outbox, now: w.now }),
    software: w.software,
  });
  return {
    close: async () => {
      gesture.close();
      await store.close();
    },
  };
}

function deviceDiagnostics(device: Device, deps: Pick<TechHandlerDeps, 'hardware' | 'activity'>): DeviceDiagnostics {
  const status = device.status();
  const a = deps.activity.snapshot(device.id);
  return {
    id: device.id,
    kind: device.kind,
    driver: device.driver,
    address: currentPathOf(device) ?? addressOf(deps.hardware(), device.kind),
    state: status.state,
    ...(status.detail ? { detail: status.detail } : {}),
    ...(status.reason ? { reason: status.reason } : {}),
    lastEventAt: a.lastEventAt?.toISOString() ?? null,
    counters: { reads: a.reads, prints: a.prints, errors: a.errors },
    lastError: a.lastError ? { at: a.lastError.at.toISOString(), message: a.lastError.message } : null,
  };
}

/** A serial driver knows where it found its device again (same USB id at another path). */
function currentPathOf(device: Device): string | undefined {
  const path = (device as { currentPath?: unknown }).currentPath;
  return typeof path === 'string' && path.length > 0 ? path : undefined;
}
