import { useEffect, useRef, useState } from 'react';
import type { PrintedReceiptView } from '../../main/contract/dev-dock-contract.js';
import type { DevDockApi } from '../api/dev-dock-api.js';

const POLL_MS = 1000;
const KEEP = 50;

/** What the virtual printer received, newest first, fetched incrementally by sequence number. */
export function ReceiptGallery({ api, connected }: { api: DevDockApi; connected: boolean }) {
  const [receipts, setReceipts] = useState<PrintedReceiptView[]>([]);
  const lastSeq = useRef(0);

  useEffect(() => {
    if (!connected) return undefined;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const fresh = await api.request('dock.receipts', { afterSeq: lastSeq.current });
        if (!stopped && fresh.length > 0) {
          lastSeq.current = Math.max(lastSeq.current, ...fresh.map((receipt) => receipt.seq));
          const newestFirst = [...fresh].sort((a, b) => b.seq - a.seq);
          setReceipts((current) => [...newestFirst, ...current].slice(0, KEEP));
        }
      } catch {
        // The connection indicator already shows the outage; polling resumes on reconnect.
      }
      if (!stopped) timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [api, connected]);

  return (
    <section className="dock-panel dock-receipts">
      <h2>Printed receipts ({receipts.length})</h2>
      {receipts.length === 0 ? <p>Nothing printed yet.</p> : null}
      <ol className="dock-receipt-list">
        {receipts.map((receipt) => (
          <li key={receipt.seq}>
            <img
              data-testid="dock-receipt"
              src={`data:image/png;base64,${receipt.pngBase64}`}
              alt={`Receipt ${receipt.seq}`}
              width={receipt.widthDots}
              height={receipt.heightDots}
            />
            <span className="dock-receipt-meta">
              #{receipt.seq} · {receipt.at} · {receipt.widthDots}×{receipt.heightDots} dots · {receipt.bytes} bytes
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
