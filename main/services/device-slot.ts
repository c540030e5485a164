// A device the technician can swap while the kiosk runs. Services, diagnostics and the dev
// dock keep the slot's stable object for the whole run; it forwards every call to the driver
// of the moment. Listeners given to on() are remembered and moved to the new driver, and
// `instanceof` answers for the current driver, so the dev dock still tells mocks apart.
import type { Device, DeviceEvents } from '../../hardware/devices/device.js';

type Listener = (...args: unknown[]) => void;

export interface DeviceSlot<T extends Device<DeviceEvents>> {
  /** The stable object to hand out: typed as the driver, always the current one behind it. */
  readonly device: T;
  current(): T;
  /**
   * Moves the listeners to `next`, closes the old driver, then opens `next`. An open that
   * fails is not an error here: the driver reports it through its status like at start.
   */
  swap(next: T): Promise<{ opened: boolean; error?: string }>;
}

export function createDeviceSlot<T extends Device<DeviceEvents>>(initial: T): DeviceSlot<T> {
  let current = initial;
  const listeners: Array<{ event: string; listener: Listener }> = [];
  const forwarders = new Map<PropertyKey, Listener>();
  // Recorded then given to the current driver; removed the same way.
  const on = (event: string, listener: Listener): T => {
    listeners.push({ event, listener });
    (current as unknown as { on(e: string, l: Listener): unknown }).on(event, listener);
    return proxy;
  };
  const off = (event: string, listener: Listener): T => {
    const i = listeners.findIndex((l) => l.event === event && l.listener === listener);
    if (i >= 0) listeners.splice(i, 1);
    (current as unknown as { off(e: string, l: Listener): unknown }).off(event, listener);
    return proxy;
  };

  // The target only anchors the proxy; every read goes to `current`.
  const proxy = new Proxy({} as T, {
    get(_target, prop) {
      if (prop === 'on') return on;
      if (prop === 'off') return off;
      const value: unknown = Reflect.get(current, prop, current);
      if (typeof value !== 'function') return value;
      // A method taken now and called after a swap must reach the driver of that moment.
      let forward = forwarders.get(prop);
      if (!forward) {
        forward = (...args: unknown[]) => (Reflect.get(current, prop, current) as (...a: unknown[]) => unknown).apply(current, args);
        forwarders.set(prop, forward);
      }
      return forward;
    },
    has: (_target, prop) => Reflect.has(current, prop),
    getPrototypeOf: () => Object.getPrototypeOf(current) as object | null,
    set: (_target, prop, value) => Reflect.set(current, prop, value, current),
  });

  return {
    device: proxy,
    current: () => current,
    async swap(next) {
      const old = current;
      for (const { event, listener } of listeners) (old as unknown as { off(e: string, l: Listener): unknown }).off(event, listener);
      try {
        await old.close();
      } catch {
        // A driver that cannot close cleanly (a port already gone) must not keep the new one out.
      }
      current = next;
      for (const { event, listener } of listeners) (next as unknown as { on(e: string, l: Listener): unknown }).on(event, listener);
      try {
        await next.open();
        return { opened: true };
      } catch (err) {
        return { opened: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
