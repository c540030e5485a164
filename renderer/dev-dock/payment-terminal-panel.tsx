// Dev dock controls of the mock payment terminal: what the next card does, pulling the cable,
// and a reversal that fails (to see the incident slip the counter settles by hand).
import { useState } from 'react';
import {
  paymentDeclineReasonSchema,
  paymentScriptSchema,
  type DevDockResponse,
  type PaymentDeclineReasonView,
  type PaymentScript,
} from '../../main/contract/dev-dock-contract.js';
import type { DevDockApi } from '../api/dev-dock-api.js';

type TerminalState = DevDockResponse<'dock.state'>['paymentTerminal'];

const SCRIPT_LABELS: Record<PaymentScript, string> = {
  approve: 'Approve',
  decline: 'Decline',
  timeout: 'Time out (citizen walks away)',
  error: 'Terminal error (acquirer unreachable)',
};

export interface PaymentTerminalPanelProps {
  api: DevDockApi;
  state: TerminalState | undefined;
  note(line: string): void;
  onChanged(): void;
}

export function PaymentTerminalPanel({ api, state, note, onChanged }: PaymentTerminalPanelProps) {
  const [reason, setReason] = useState<PaymentDeclineReasonView>('refused');

  const act = async (label: string, work: () => Promise<{ delivered: boolean }>) => {
    try {
      const { delivered } = await work();
      note(`payment terminal: ${label}${delivered ? '' : ' (not delivered: real terminal?)'}`);
      onChanged();
    } catch (error) {
      note(`payment terminal: ${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const script = (outcome: PaymentScript) =>
    void act(`next payment ${outcome}${outcome === 'decline' ? ` (${reason})` : ''}`, () =>
      api.request('dock.setPaymentOutcome', outcome === 'decline' ? { outcome, reason } : { outcome }),
    );

  return (
    <section className="dock-panel" data-testid="dock-payment-panel">
      <h2>Payment terminal</h2>
      <p className="dock-drivers" data-testid="dock-payment-state">
        {state
          ? `driver: ${state.driver} · next: ${state.next}${state.declineReason ? ` (${state.declineReason})` : ''} · ${
              state.unplugged ? 'unplugged' : 'plugged in'
            }${state.nextReversalFails ? ' · next reversal fails' : ''}`
          : '…'}
      </p>
      <div className="dock-buttons">
        {paymentScriptSchema.options.map((outcome) => (
          <button key={outcome} type="button" data-testid={`dock-payment-${outcome}`} onClick={() => script(outcome)}>
            {SCRIPT_LABELS[outcome]}
          </button>
        ))}
      </div>
      <div className="dock-faults">
        <label htmlFor="dock-decline-reason">Decline reason</label>
        <select
          id="dock-decline-reason"
          data-testid="dock-payment-decline-reason"
          value={reason}
          onChange={(event) => setReason(paymentDeclineReasonSchema.parse(event.target.value))}
        >
          {paymentDeclineReasonSchema.options.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="dock-buttons">
        <button
          type="button"
          data-testid="dock-payment-unplug"
          onClick={() => {
            const unplugged = !(state?.unplugged ?? false);
            void act(unplugged ? 'unplugged' : 'plugged in', () => api.request('dock.setPaymentUnplugged', { unplugged }));
          }}
        >
          {state?.unplugged ? 'Plug the terminal back' : 'Unplug the terminal'}
        </button>
        <label>
          <input
            type="checkbox"
            data-testid="dock-payment-reversal-fails"
            checked={state?.nextReversalFails ?? false}
            onChange={(event) => {
              const fails = event.target.checked;
              void act(fails ? 'next reversal fails' : 'next reversal succeeds', () => api.request('dock.setReversalFails', { fails }));
            }}
          />
          Make the next reversal fail
        </label>
      </div>
    </section>
  );
}
