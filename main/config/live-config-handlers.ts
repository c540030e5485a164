// tech.config.* channels: a technician's session only, like every tech.* channel. Each
// applied edit is in the staff audit trail (who, which devices); a refused one too, with the
// fields only: values can be paths, never personal data, but the trail stays short.
import type { ContractRouter } from '../services/contract-router.js';
import { technicianSession } from '../diagnostics/register-tech-handlers.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import type { LiveConfig } from './live-config.js';

export interface ConfigHandlerDeps {
  sessions: { use(token: string): StaffSession };
  live: Pick<LiveConfig, 'view' | 'apply'>;
  audit: (session: StaffSession, target: string, outcome: string) => Promise<void>;
}

export function registerConfigHandlers(router: ContractRouter, deps: ConfigHandlerDeps): void {
  router.handle('tech.config.get', ({ staffToken }) => {
    technicianSession(deps.sessions, staffToken);
    return deps.live.view();
  });
  router.handle('tech.config.apply', async ({ staffToken, hardware }) => {
    const session = technicianSession(deps.sessions, staffToken);
    const result = await deps.live.apply(hardware);
    if (result.kind === 'refused') {
      await deps.audit(session, 'hardware', `refused:${result.problems.map((p) => p.field).join(',')}`.slice(0, 200));
    } else {
      const reopened = result.devices.filter((d) => d.outcome === 'reopened').map((d) => d.id);
      await deps.audit(session, 'hardware', `applied reopened=${reopened.join(',') || 'none'} saved=${result.saved}`);
    }
    return result;
  });
}
