// "Scan the code, or type it": the first step of the tax and tracking flows. The scanner is
// listened to by the flow itself; this only shows what to do.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceGuidance } from '../../guidance/device-guidance.js';
import { ScrollCue } from '../../../display/scroll-cue.js';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';
import './flow-steps.css';

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
  /** Key of what to do with the scanner: shown, and said again when the scanner picture is tapped. */
  instructionKey: string;
  typeLabel: string;
  typeTestId: string;
  onType: () => void;
  /** A problem with the last code, shown above the choices. */
  message?: ReactNode;
}

export function FlowScanPrompt({ testId, title, instructionKey, typeLabel, typeTestId, onType, message }: FlowScanPromptProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  return (
    <section className="screen flow-scan-prompt" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h1 id={`${testId}-title`} className="screen-title">
        {title}
      </h1>
      {message}
      <div className="flow-scan-choices">
        {/* On a short screen in the largest text the instruction scrolls with its cue; the Type tile stays. */}
        <div className="flow-scan-frame">
          <div className="flow-prompt-panel flow-prompt-panel--dashed" aria-live="polite" ref={panel} tabIndex={0}>
            <DeviceGuidance device="scanner" instruction={{ key: instructionKey }} />
            <p className="flow-scan-instruction">{t(instructionKey)}</p>
          </div>
          <ScrollCue target={panel} />
        </div>
        <button type="button" className="tile flow-scan-type" data-testid={typeTestId} onClick={onType}>
          <TypePictogram className="tile-pictogram" />
          <span className="tile-title">{typeLabel}</span>
        </button>
      </div>
    </section>
  );
}
