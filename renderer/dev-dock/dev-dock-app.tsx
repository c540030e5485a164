import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  printerFaultSchema,
  specimenIdSchema,
  type DevDockResponse,
  type PrinterFault,
  type SpecimenId,
} from '../../main/contract/dev-dock-contract.js';
import type { DevDockApi } from '../api/dev-dock-api.js';
import type { ConnectionState } from '../api/ws-request-client.js';
import { PaymentTerminalPanel } from './payment-terminal-panel.js';
import { ReceiptGallery } from './receipt-gallery.js';

type DockState = DevDockResponse<'dock.state'>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The demo accounts of resources/config/default-config.json, plus one nobody knows.
const DEMO_BADGES = [
  { id: '0F00A1B2C3', label: 'Clerk 0F00A1B2C3' },
  { id: '1234567890', label: 'Technician 1234567890' },
  { id: 'ABCDEF0123', label: 'Unknown ABCDEF0123' },
] as const;

export function DevDockApp({ api }: { api: DevDockApi }) {
  const [connection, setConnection] = useState<ConnectionState>(api.client.connectionState);
  const [state, setState] = useState<DockState | null>(null);
  const [log, setLog] = useState<string[]>([]);
  const [code, setCode] = useState('');

  const note = useCallback((line: string) => {
    const stamp = new Date().toLocaleTimeString('en-GB');
    setLog((lines) => [`${stamp}  ${line}`, ...lines].slice(0, 30));
  }, []);

  const loadState = useCallback(async () => {
    try {
      setState(await api.request('dock.state', {}));
    } catch (error) {
      note(`dock.state failed: ${describe(error)}`);
    }
  }, [api, note]);

  useEffect(() => {
    const unsubscribe = api.client.onConnectionState(setConnection);
    // The socket may have opened between the first render and this subscription: without
    // this the dock would say "connecting" forever and never load its state.
    setConnection(api.client.connectionState);
    return unsubscribe;
  }, [api]);
  useEffect(() => {
    if (connection === 'open') void loadState();
  }, [connection, loadState]);

  const insert = async (specimen: SpecimenId) => {
    try {
      const { delivered } = await api.request('dock.insertCard', { specimen });
      note(`card ${specimen}: ${delivered ? 'delivered' : 'not delivered (no reader listening?)'}`);
    } catch (error) {
      note(`insert ${specimen} failed: ${describe(error)}`);
    }
  };

  const presentBadge = async (badgeId: string, corruptChecksum: boolean) => {
    try {
      const { delivered } = await api.request('dock.presentBadge', { badgeId, corruptChecksum });
      note(`badge ${badgeId}${corruptChecksum ? ' (bad checksum)' : ''}: ${delivered ? 'delivered' : 'not delivered (no mock badge reader)'}`);
    } catch (error) {
      note(`badge failed: ${describe(error)}`);
    }
  };

  const scan = async (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!value) return;
    try {
      const { delivered } = await api.request('dock.scan', { code: value });
      note(`scan "${value}": ${delivered ? 'delivered' : 'not delivered'}`);
    } catch (error) {
      note(`scan failed: ${describe(error)}`);
    }
  };

  const setFault = async (fault: PrinterFault) => {
    try {
      await api.request('dock.setPrinterFault', { fault });
      setState((current) => (current ? { ...current, printerFault: fault } : current));
      // Before the first dock.state answer there is nothing to patch: read it back instead,
      // or the radio would keep showing the old fault.
      if (state === null) void loadState();
      note(`printer fault: ${fault}`);
    } catch (error) {
      note(`set fault failed: ${describe(error)}`);
    }
  };

  const labelOf = (id: SpecimenId) => state?.specimens.find((specimen) => specimen.id === id)?.label ?? id;

  return (
    <div className="dock">
      <header className="dock-header">
        <h1>Borne dev dock</h1>
        <span className={`dock-connection dock-connection--${connection}`}>{connection}</span>
        {state ? (
          <span className="dock-drivers">
            reader: {state.idReaderDriver} · scanner: {state.scannerDriver} · printer: {state.printerDriver} · payment:{' '}
            {state.paymentTerminal.driver}
          </span>
        ) : null}
      </header>
      <main className="dock-main">
        <section className="dock-panel">
          <h2>Identity card reader</h2>
          <div className="dock-buttons">
            {specimenIdSchema.options.map((id) => (
              <button key={id} type="button" data-testid={`dock-insert-${id}`} onClick={() => void insert(id)}>
                Insert {labelOf(id)}
              </button>
            ))}
          </div>
        </section>
        <section className="dock-panel">
          <h2>Barcode scanner</h2>
          <form className="dock-scan" onSubmit={(event) => void scan(event)}>
            <label htmlFor="dock-scan-input">Code</label>
            <input
              id="dock-scan-input"
              data-testid="dock-scan-input"
              value={code}
              maxLength={256}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="submit" data-testid="dock-scan-button">
              Scan
            </button>
          </form>
        </section>
        <section className="dock-panel">
          <h2>Staff badge reader</h2>
          <div className="dock-buttons">
            {DEMO_BADGES.map((badge) => (
              <button key={badge.id} type="button" data-testid={`dock-badge-${badge.id}`} onClick={() => void presentBadge(badge.id, false)}>
                {badge.label}
              </button>
            ))}
            <button type="button" data-testid="dock-badge-bad-checksum" onClick={() => void presentBadge(DEMO_BADGES[0].id, true)}>
              Bad checksum
            </button>
          </div>
        </section>
        <section className="dock-panel">
          <h2>Printer fault</h2>
          <div className="dock-faults" role="radiogroup" aria-label="Printer fault">
            {printerFaultSchema.options.map((fault) => (
              <label key={fault}>
                <input
                  type="radio"
                  name="printer-fault"
                  value={fault}
                  data-testid={`dock-fault-${fault}`}
                  checked={(state?.printerFault ?? 'none') === fault}
                  onChange={() => void setFault(fault)}
                />
                {fault}
              </label>
            ))}
          </div>
        </section>
        <PaymentTerminalPanel api={api} state={state?.paymentTerminal} note={note} onChanged={() => void loadState()} />
        <section className="dock-panel dock-log">
          <h2>Log</h2>
          <ol>
            {log.map((line, index) => (
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ol>
        </section>
        <ReceiptGallery api={api} connected={connection === 'open'} />
      </main>
    </div>
  );
}
