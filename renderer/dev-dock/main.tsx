// Dev dock page entry (browser shell only). The zod switch must run before any schema is built.
import '../api/csp-safe-zod.js';
import './dev-dock.css';
import { createRoot } from 'react-dom/client';
import { createDevDockApi } from '../api/dev-dock-api.js';
import { DevDockApp } from './dev-dock-app.js';

const container = document.getElementById('root');
if (!container) throw new Error('dev-dock.html has no #root element');
createRoot(container).render(<DevDockApp api={createDevDockApi()} />);
