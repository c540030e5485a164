// The technician's tabs on the staff home, and the screen behind each.
import type { StaffClient } from '../staff/staff-client.js';
import { ConfigScreen } from './config-screen.js';
import { ConsoleScreen } from './console-screen.js';
import { DevicesScreen } from './devices-screen.js';
import { LogsScreen } from './logs-screen.js';
import { NetworkScreen } from './network-screen.js';
import { PortsScreen } from './ports-screen.js';
import { PrinterScreen } from './printer-screen.js';
import { SoftwareScreen } from './software-screen.js';
import { ScreenTestScreen } from './screen-test-screen.js';
import { SelfTestScreen } from './self-test-screen.js';
import './tech.css';

export const TECH_TABS = ['devices', 'printer', 'ports', 'console', 'network', 'logs', 'software', 'screen', 'selftest', 'config'] as const;
export type TechTab = (typeof TECH_TABS)[number];

export function isTechTab(tab: string): tab is TechTab {
  return (TECH_TABS as readonly string[]).includes(tab);
}

export function TechPanel({ tab, client, timeZone }: { tab: TechTab; client: StaffClient; timeZone: string }) {
  switch (tab) {
    case 'devices':
      return <DevicesScreen client={client} timeZone={timeZone} />;
    case 'ports':
      return <PortsScreen client={client} />;
    case 'console':
      return <ConsoleScreen client={client} timeZone={timeZone} />;
    case 'network':
      return <NetworkScreen client={client} timeZone={timeZone} />;
    case 'software':
      return <SoftwareScreen client={client} timeZone={timeZone} />;
    case 'printer':
      return <PrinterScreen client={client} timeZone={timeZone} />;
    case 'screen':
      return <ScreenTestScreen client={client} />;
    case 'selftest':
      return <SelfTestScreen client={client} timeZone={timeZone} />;
    case 'config':
      return <ConfigScreen client={client} />;
    case 'logs':
      return <LogsScreen client={client} timeZone={timeZone} />;
  }
}
