// Integration tests drive real pseudo-terminals through the simulator the developers use.
export {
  SerialDeviceSimulator,
  frameMrz,
  type MrzFraming,
  type WriteMrzOptions,
} from '../../hardware/simulators/serial-device-simulator.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `predicate` until it holds; serial events arrive asynchronously from a real tty. */
export async function waitUntil(what: string, predicate: () => boolean, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
