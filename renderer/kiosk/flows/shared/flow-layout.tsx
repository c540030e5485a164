// Building blocks shared by the procedure screens: a message box, a busy line, a choice list
// that pages instead of scrolling, and the "discard what you typed?" question.
import { useState, type ReactNode } from 'react';
import { Spinner } from '../../components/spinner.js';
import { CheckIcon, WarningIcon } from '../../pictograms/ui-icons.js';
import './flow-steps.css';

export interface FlowMessageProps {
  tone: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
  testId?: string;
  /** A problem shown in the warning colour (a cancelled payment, a wrong code): still spoken. */
  alert?: boolean;
}

/** A plain sentence about what happened and what to do next; errors are announced. */
export function FlowMessage({ tone, title, children, testId, alert = false }: FlowMessageProps) {
  const Icon = tone === 'success' ? CheckIcon : WarningIcon;
  return (
    <div className={`flow-message flow-message--${tone}`} role={tone === 'error' || alert ? 'alert' : 'status'} data-testid={testId}>
      {tone === 'info' ? null : <Icon className="flow-message-icon" />}
      <div className="flow-message-text">
        {title ? <p className="flow-message-title">{title}</p> : null}
        {typeof children === 'string' ? <p>{children}</p> : children}
      </div>
    </div>
  );
}

export function FlowBusy({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="loading-line flow-busy" role="status" data-testid={testId}>
      <Spinner />
      <span>{text}</span>
    </p>
  );
}

export interface ChoiceItem {
  id: string;
  label: string;
  testId: string;
}

export interface PagedChoicesProps {
  items: readonly ChoiceItem[];
  selectedId: string | null;
  onChoose: (id: string) => void;
  /** Translated "more" / "previous" words and the "page 2 of 3" line. */
  texts: { next: string; previous: string; page: (page: number, pages: number) => string };
  pageSize?: number;
}

/**
 * A list of names as large buttons. Long lists are split into pages: a kiosk screen never
 * scrolls, so every choice on screen can be reached with one tap.
 */
export function PagedChoices({ items, selectedId, onChoose, texts, pageSize = 12 }: PagedChoicesProps) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  const [page, setPage] = useState(selectedIndex >= 0 ? Math.floor(selectedIndex / pageSize) : 0);
  const shown = items.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <div className="paged-choices">
      <ul className="choice-grid">
        {shown.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="choice-button"
              data-testid={item.testId}
              aria-pressed={item.id === selectedId}
              onClick={() => onChoose(item.id)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <div className="choice-pager">
          <button type="button" className="secondary-button" data-testid="choices-previous" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {texts.previous}
          </button>
          <span className="choice-page" aria-live="polite">
            {texts.page(page + 1, pages)}
          </span>
          <button
            type="button"
            className="secondary-button"
            data-testid="choices-next"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {texts.next}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export interface DiscardDialogProps {
  texts: { title: string; message: string; stay: string; leave: string };
  onStay: () => void;
  onLeave: () => void;
}

/** Asked before Back leaves a procedure with typed text in it: nothing is lost without warning. */
export function DiscardDialog({ texts, onStay, onLeave }: DiscardDialogProps) {
  return (
    <div className="modal-backdrop" data-testid="discard-dialog">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="discard-title">
        <WarningIcon className="modal-icon" />
        <h2 id="discard-title" className="modal-title flow-dialog-title">
          {texts.title}
        </h2>
        <p>{texts.message}</p>
        <div className="flow-actions">
          <button type="button" className="action-button" data-testid="discard-stay" onClick={onStay}>
            {texts.stay}
          </button>
          <button type="button" className="secondary-button secondary-button--large" data-testid="discard-leave" onClick={onLeave}>
            {texts.leave}
          </button>
        </div>
      </div>
    </div>
  );
}
