// "Scan the code, or type it": the first step of the tax and tracking flows. The scanner is
// listened to by the flow itself; this only shows what to do.
import type { ReactNode } from 'react';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';
import './flow-steps.css';

/** A hand-held scanner reading a barcode. */
export function ScannerPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 10v14M12 10v14M18 10v14M22 10v14M28 10v14M34 10v14M38 10v14" />
      <path d="M30 34l22-8 6 14-16 6-4 14h-8l3-16Z" />
      <path d="M4 30l24 4" />
    </PictogramFrame>
  );
}

/** A keyboard key with a letter: "type it instead". */
export function TypePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="14" width="56" height="36" rx="5" />
      <path d="M12 24h4M22 24h4M32 24h4M42 24h4M52 24h0M12 32h4M22 32h4M32 32h4M42 32h8M18 41h28" />
    </PictogramFrame>
  );
}

export interface FlowScanPromptProps {
  testId: string;
  title: string;
  instruction: string;
  typeLabel: string;
  typeTestId: string;
  onType: () => void;
  /** A problem with the last code, shown above the choices. */
  message?: ReactNode;
}

export function FlowScanPrompt({ testId, title, instruction, typeLabel, typeTestId, onType, message }: FlowScanPromptProps) {
  return (
    <section className="screen flow-scan-prompt" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h1 id={`${testId}-title`} className="screen-title">
        {title}
      </h1>
      {message}
      <div className="flow-scan-choices">
        <div className="flow-prompt-panel flow-prompt-panel--dashed" aria-live="polite">
          <ScannerPictogram className="flow-scan-pictogram" />
          <p className="flow-scan-instruction">{instruction}</p>
        </div>
        <button type="button" className="tile flow-scan-type" data-testid={typeTestId} onClick={onType}>
          <TypePictogram className="tile-pictogram" />
          <span className="tile-title">{typeLabel}</span>
        </button>
      </div>
    </section>
  );
}
