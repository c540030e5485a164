// The Self-test tab: one big button runs every check (with the Screen tab's touch and audio
// results), then the list of checks with a mark and a word for each verdict (never colour
// alone), the overall verdict, whether the report was printed and the file it was saved as.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema, type SelfTestRunResult } from '../../main/contract/kiosk-contract.js';
import { staffErrorKey, type StaffClient } from '../staff/staff-client.js';
import { screenTestStoreOf, touchForSelfTest } from './screen-test-results.js';
import { currentScreenInfo } from './screen-test-screen.js';
import { SelfTestChecks, VerdictMark } from './self-test-checks.js';
import { TechnicalDetail } from './technical-detail.js';
import './self-test.css';

export type SelfTestRun = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: SelfTestRunResult } | { kind: 'refused'; errorKey: string };

export function SelfTestScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const { i18n } = useTranslation();
  const [run, setRun] = useState<SelfTestRun>({ kind: 'idle' });

  const start = useCallback(() => {
    const results = screenTestStoreOf(client).get();
    const touch = touchForSelfTest(results.touch);
    const language = languageSchema.catch('fr').parse(i18n.language);
    setRun({ kind: 'running' });
    client
      .request('tech.selfTest.run', { language, screen: currentScreenInfo(), audio: results.audio, ...(touch ? { touch } : {}) })
      .then(
        (result) => setRun({ kind: 'done', result }),
        (err: unknown) => setRun({ kind: 'refused', errorKey: staffErrorKey(err) }),
      );
  }, [client, i18n]);

  return <SelfTestView run={run} onRun={start} timeZone={timeZone} />;
}

export function SelfTestView({ run, onRun, timeZone }: { run: SelfTestRun; onRun: () => void; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section className="staff-panel tech-panel" data-testid="tech-selftest" aria-label={t('tech-self-test.title')}>
      <div className="staff-toolbar">
        <p className="staff-hint">{t('tech-self-test.hint')}</p>
      </div>
      <button type="button" className="action-button self-test-run" data-testid="self-test-run" disabled={run.kind === 'running'} onClick={onRun}>
        {t('tech-self-test.run')}
      </button>
      {run.kind === 'running' ? (
        <div className="self-test-progress" data-testid="self-test-running" role="status">
          <span className="self-test-spinner" aria-hidden="true" />
          <p>{t('tech-self-test.running')}</p>
        </div>
      ) : null}
      {run.kind === 'refused' ? (
        <p className="staff-message staff-message--error" data-testid="self-test-refused" role="alert">
          {t('tech-self-test.refused', { reason: t(run.errorKey) })}
        </p>
      ) : null}
      {run.kind === 'done' ? <SelfTestOutcome result={run.result} timeZone={timeZone} /> : null}
    </section>
  );
}

function SelfTestOutcome({ result, timeZone }: { result: SelfTestRunResult; timeZone: string }) {
  const { t } = useTranslation();
  const { report, saved, printed } = result;
  return (
    <div className="self-test-outcome">
      <div className={`tech-card self-test-overall self-test-overall--${report.overall}`} data-testid="self-test-overall" data-verdict={report.overall} role="status">
        <VerdictMark verdict={report.overall} />
        <span className="self-test-overall-label">{t('tech-self-test.overall')}</span>
        <strong className="self-test-overall-word">{t(`tech-self-test.verdicts.${report.overall}`)}</strong>
      </div>
      <div className="self-test-delivery">
        {printed.kind === 'printed' ? (
          <p className="staff-message staff-message--ok" data-testid="self-test-printed" data-kind="printed">
            {t('tech-self-test.printed')}
          </p>
        ) : (
          <p className="staff-message staff-message--error" data-testid="self-test-printed" data-kind="not-printed" data-reason={printed.reason}>
            {t('tech-self-test.notPrinted', { reason: t(`tech-self-test.notPrintedReasons.${printed.reason}`) })}
          </p>
        )}
        {saved.kind === 'saved' ? (
          <p className="staff-message staff-message--ok" data-testid="self-test-saved" data-kind="saved" data-file={saved.fileName}>
            {t('tech-self-test.saved', { file: '' })}
            <bdi dir="ltr" className="self-test-file">
              {saved.fileName}
            </bdi>{' '}
            <span className="tech-muted">
              {t('tech-self-test.savedIn', { directory: '' })}
              <bdi dir="ltr">{saved.directory}</bdi>
            </span>
          </p>
        ) : (
          <p className="staff-message staff-message--error" data-testid="self-test-saved" data-kind="failed">
            {t('tech-self-test.notSaved')}
            <TechnicalDetail text={saved.message} inline />
          </p>
        )}
      </div>
      <SelfTestChecks checks={report.checks} timeZone={timeZone} />
    </div>
  );
}
