// Placeholder until the flow is built.
import type { FlowProps } from '../flow-props.js';

export function TaxFlow(_props: FlowProps) {
  return <section className="screen" data-testid="tax-flow" />;
}
