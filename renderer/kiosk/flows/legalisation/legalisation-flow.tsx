// Placeholder until the flow is built.
import type { FlowProps } from '../flow-props.js';

export function LegalisationFlow(_props: FlowProps) {
  return <section className="screen" data-testid="legalisation-flow" />;
}
