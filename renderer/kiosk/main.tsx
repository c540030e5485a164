// Kiosk page entry. The zod switch must run before any contract schema is built.
import '../api/csp-safe-zod.js';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-tifinagh/tifinagh-400.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/result-screen.css';
import './styles/fit-tax.css';
import './styles/fit-start.css';
import './styles/fit-civil.css';
import './styles/fit-report.css';
import './styles/fit-home.css';
import '../keyboard/keyboard.css';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getKioskApi } from '../api/kiosk-api.js';
import { applyDocumentLanguage, createKioskI18n } from '../i18n/kiosk-i18n.js';
import { KioskApp } from './kiosk-app.js';
import { SpeechProvider } from '../speech/speech-provider.js';
import { lockDownPage } from './page-lockdown.js';

// Arabic until kiosk.info names the office's default: most citizens read it.
const INITIAL_LANGUAGE = 'ar';

lockDownPage(window);
const i18n = createKioskI18n(INITIAL_LANGUAGE);
applyDocumentLanguage(document, INITIAL_LANGUAGE);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <I18nextProvider i18n={i18n}>
    <SpeechProvider>
      <KioskApp api={getKioskApi()} initialLanguage={INITIAL_LANGUAGE} />
    </SpeechProvider>
  </I18nextProvider>,
);
