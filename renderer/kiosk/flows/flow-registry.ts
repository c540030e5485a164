// Which component runs each procedure.
import type { ComponentType } from 'react';
import { CivilStatusFlow } from './civil-status/civil-status-flow.js';
import type { FlowProps, ProcedureId } from './flow-props.js';
import { LegalisationFlow } from './legalisation/legalisation-flow.js';
import { ReportFlow } from './report/report-flow.js';
import { TaxFlow } from './tax/tax-flow.js';
import { TrackingFlow } from './tracking/tracking-flow.js';

export const FLOWS: Record<ProcedureId, ComponentType<FlowProps>> = {
  'civil-status': CivilStatusFlow,
  legalisation: LegalisationFlow,
  report: ReportFlow,
  tax: TaxFlow,
  tracking: TrackingFlow,
};
