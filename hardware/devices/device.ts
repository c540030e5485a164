// The shape every device driver has, real or mock, so that services and diagnostics never
// care which one is plugged in.
import { EventEmitter } from 'node:events';

export type DeviceKind = 'id-reader' | 'barcode-scanner' | 'printer' | 'payment-terminal' | 'badge-reader';
export type DeviceState = 'ready' | 'busy' | 'warning' | 'fault' | 'offline' | 'closed';

export interface DeviceStatus {
  id: string;
  kind: DeviceKind;
  driver: string;
  state: DeviceState;
  /** Plain words for a technician; never personal data. */
  detail?: string;
  /**
   * Machine-readable cause of a fault, for screens that must tell a citizen what it means
   * (a printer's 'paper-out', 'cover-open'...): detail is worded for people, not for code.
   */
  reason?: string;
}

export interface DeviceEvents {
  status: [DeviceStatus];
}

export interface Device<E extends DeviceEvents = DeviceEvents> {
  readonly id: string;
  readonly kind: DeviceKind;
  readonly driver: string;
  open(): Promise<void>;
  close(): Promise<void>;
  status(): DeviceStatus;
  on<K extends keyof E & string>(event: K, listener: (...args: E[K] & unknown[]) => void): this;
  off<K extends keyof E & string>(event: K, listener: (...args: E[K] & unknown[]) => void): this;
}

/** Tracks state and emits `status` only on change; drivers extend it. */
export abstract class BaseDevice<E extends DeviceEvents = DeviceEvents> extends EventEmitter implements Device<E> {
  private current: DeviceStatus;

  protected constructor(
    readonly id: string,
    readonly kind: DeviceKind,
    readonly driver: string,
  ) {
    super();
    this.current = { id, kind, driver, state: 'closed' };
  }

  abstract open(): Promise<void>;
  abstract close(): Promise<void>;

  status(): DeviceStatus {
    return { ...this.current };
  }

  protected setState(state: DeviceState, detail?: string, reason?: string): void {
    if (this.current.state === state && this.current.detail === detail && this.current.reason === reason) return;
    this.current = {
      id: this.id,
      kind: this.kind,
      driver: this.driver,
      state,
      ...(detail ? { detail } : {}),
      ...(reason ? { reason } : {}),
    };
    this.emit('status', this.status());
  }

  // EventEmitter's own signatures are untyped; these overloads give drivers typed events.
  override on<K extends keyof E & string>(event: K, listener: (...args: E[K] & unknown[]) => void): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  override off<K extends keyof E & string>(event: K, listener: (...args: E[K] & unknown[]) => void): this {
    return super.off(event, listener as (...args: unknown[]) => void);
  }
}
