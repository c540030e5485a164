// The technician's log viewer: what the kiosk wrote, newest first, narrowed to a level and a
// device, a page at a time, and its export to a file (a USB drive's folder, or the kiosk's
// exports folder when none is typed).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogEntryView } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { ALL_DEVICES, type LogExportOutcome, type LogLevelChoice, LogsView } from './logs-view.js';
import './logs.css';

export function LogsScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const [minLevel, setMinLevel] = useState<LogLevelChoice>('info');
  const [device, setDevice] = useState<string>(ALL_DEVICES);
  const [entries, setEntries] = useState<LogEntryView[] | null>(null);
  const [devices, setDevices] = useState<string[]>([]);
  const [nextCursor, setNextCursor] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<LogExportOutcome | null>(null);
  // A page that answers after the filters changed belongs to the old filters: dropped.
  const generation = useRef(0);

  const load = useCallback(
    (cursor?: string) => {
      const mine = cursor === undefined ? ++generation.current : generation.current;
      setBusy(true);
      client
        .request('tech.logs.list', { minLevel, ...(device !== ALL_DEVICES ? { device } : {}), ...(cursor !== undefined ? { cursor } : {}) })
        .then((page) => {
          if (mine !== generation.current) return;
          setEntries((previous) => (cursor !== undefined && previous ? [...previous, ...page.entries] : page.entries));
          setNextCursor(page.nextCursor);
          setDevices(page.devices);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (mine === generation.current) setError(failure);
        })
        .finally(() => {
          if (mine === generation.current) setBusy(false);
        });
    },
    [client, minLevel, device],
  );
  useEffect(() => load(), [load]);

  const exportLogs = () => {
    setBusy(true);
    setExported(null);
    client
      .request('tech.logs.export', {})
      .then(setExported)
      .catch((failure: unknown) => setError(failure))
      .finally(() => setBusy(false));
  };

  return (
    <LogsView
      entries={entries}
      devices={devices}
      minLevel={minLevel}
      device={device}
      hasMore={nextCursor !== undefined}
      busy={busy}
      error={error}
      exported={exported}
      timeZone={timeZone}
      onLevel={setMinLevel}
      onDevice={setDevice}
      onMore={() => load(nextCursor)}
      onRefresh={() => load()}
      onExport={exportLogs}
    />
  );
}
