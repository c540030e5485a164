// The technician's live raw console of a serial device (issue 5, item 4): picks a device,
// opens its console in main, and shows what main sends until another device is picked or the
// screen is left (then the console is closed; main also closes it with the session).
import { useCallback, useEffect, useRef, useState } from 'react';
import { CONSOLE_DEVICE_IDS, type ConsoleDeviceId, type ConsoleEntry, type KioskApi } from '../../main/contract/kiosk-contract.js';
import { getKioskApi } from '../api/kiosk-api.js';
import type { StaffClient } from '../staff/staff-client.js';
import { appendEntries } from './console-entries.js';
import { type ConsoleDeviceChoice, ConsoleView } from './console-view.js';
import './console.css';

const isConsoleDevice = (id: string): id is ConsoleDeviceId => (CONSOLE_DEVICE_IDS as readonly string[]).includes(id);

export function ConsoleScreen({ client, timeZone, api }: { client: StaffClient; timeZone: string; api?: KioskApi }) {
  const events = api ?? getKioskApi();
  const [devices, setDevices] = useState<ConsoleDeviceChoice[] | null>(null);
  const [selected, setSelected] = useState<ConsoleDeviceId | null>(null);
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<ConsoleEntry[]>([]);
  const [paused, setPaused] = useState(false);
  const [held, setHeld] = useState<ConsoleEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const pausedRef = useRef(false);

  useEffect(() => {
    client.request('tech.devices', {}).then(
      (all) => setDevices(all.flatMap((d) => (isConsoleDevice(d.id) ? [{ id: d.id, driver: d.driver, address: d.address }] : []))),
      setError,
    );
  }, [client]);

  useEffect(() => {
    if (selected === null) return;
    let live = true;
    setOpen(false);
    setEntries([]);
    setHeld([]);
    setError(null);
    // Listening first, so nothing sent between the open and the subscription is lost (seq dedups).
    const off = events.on('tech.console', (event) => {
      if (!live || event.deviceId !== selected) return;
      if (pausedRef.current) setHeld((h) => appendEntries(h, event.entries));
      else setEntries((list) => appendEntries(list, event.entries));
    });
    client.request('tech.console.open', { deviceId: selected }).then(
      (opened) => {
        if (!live) return;
        setOpen(true);
        setEntries((list) => appendEntries(opened.entries, list));
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
      off();
      client.request('tech.console.close', { deviceId: selected }).catch(() => undefined);
    };
  }, [client, events, selected]);

  const togglePause = useCallback(() => {
    const next = !pausedRef.current;
    pausedRef.current = next;
    setPaused(next);
    if (!next) {
      setHeld((h) => {
        setEntries((list) => appendEntries(list, h));
        return [];
      });
    }
  }, []);

  const clear = useCallback(() => {
    setEntries([]);
    setHeld([]);
  }, []);

  return (
    <ConsoleView
      devices={devices}
      selected={selected}
      open={open}
      entries={entries}
      paused={paused}
      held={held.length}
      error={error}
      timeZone={timeZone}
      onPick={setSelected}
      onPause={togglePause}
      onClear={clear}
    />
  );
}
