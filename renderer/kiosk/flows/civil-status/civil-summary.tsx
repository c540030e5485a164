// The request before it is sent: what, how many, in which language, for whom (masked), and
// the fee. A refusal or an unreachable office is said here, with everything still chosen.
import { useTranslation } from 'react-i18next';
import type { CivilStatusDocumentId, IdentityView, Language } from '../../../../main/contract/kiosk-contract.js';
import { FlowMessage } from '../shared/flow-layout.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { formatMoney } from '../shared/format-money.js';
import { DOCUMENT_PICTOGRAMS } from './civil-status-pictograms.js';
import type { DocumentLanguage, SubmitIssue } from './civil-status-state.js';

export interface CivilSummaryProps {
  document: CivilStatusDocumentId;
  copies: number;
  documentLanguage: DocumentLanguage;
  identity: IdentityView;
  feePerCopyCentimes: number;
  language: Language;
  issue: SubmitIssue | null;
  onConfirm: () => void;
  onRetryAfterIssue: () => void;
}

export function CivilSummary(props: CivilSummaryProps) {
  const { document, copies, documentLanguage, identity, feePerCopyCentimes, language, issue } = props;
  const { t } = useTranslation();
  const Pictogram = DOCUMENT_PICTOGRAMS[document];
  // Consent or identity lost in main: the way on is that step again, not the same request.
  const goesBack = issue === 'consent-required' || issue === 'identity-required';
  return (
    <section className="screen civil-screen" data-testid="civil-summary" aria-labelledby="civil-summary-title">
      <h1 id="civil-summary-title" className="flow-title">
        {t('civil-status.summary.title')}
      </h1>
      <FlowScrollBody className="civil-summary-body" labelledBy="civil-summary-title">
        <div className="flow-card civil-summary-card">
          <Pictogram className="civil-summary-pictogram" />
          <dl className="civil-summary-lines">
            <div className="civil-summary-line">
              <dt>{t('civil-status.summary.document')}</dt>
              <dd>{t(`civil-status.documents.${document}`)}</dd>
            </div>
            <div className="civil-summary-line">
              <dt>{t('civil-status.summary.copies')}</dt>
              <dd data-testid="civil-summary-copies">{copies}</dd>
            </div>
            <div className="civil-summary-line">
              <dt>{t('civil-status.summary.documentLanguage')}</dt>
              <dd>{t(`civil-status.documentLanguages.${documentLanguage}`)}</dd>
            </div>
            <div className="civil-summary-line">
              <dt>{t('civil-status.summary.person')}</dt>
              <dd dir="ltr">
                <bdi>{identity.maskedNumber}</bdi>
              </dd>
            </div>
            <div className="civil-summary-line civil-summary-fee">
              <dt>{t('civil-status.summary.fee')}</dt>
              <dd data-testid="civil-fee">{formatMoney(feePerCopyCentimes * copies, language)}</dd>
            </div>
          </dl>
        </div>
        <p className="flow-hint">{t('civil-status.summary.feeHint')}</p>
      </FlowScrollBody>
      {/* Outside the scrolling facts: a refusal is always in view, next to the way on. */}
      {issue ? (
        <div className="civil-summary-issue" data-testid="civil-submit-issue" data-issue={issue}>
          <FlowMessage tone="error" title={t(`civil-status.submitIssues.${issue}.title`)}>
            {t(`civil-status.submitIssues.${issue}.advice`)}
          </FlowMessage>
        </div>
      ) : null}
      <div className="flow-actions flow-actions--end">
        {issue && goesBack ? (
          <button type="button" className="action-button action-button--large" data-testid="civil-issue-continue" onClick={props.onRetryAfterIssue}>
            {t('civil-status.summary.continue')}
          </button>
        ) : (
          <button type="button" className="action-button action-button--large action-button--go" data-testid="civil-confirm" onClick={props.onConfirm}>
            {issue ? t('civil-status.summary.retry') : t('civil-status.summary.confirm')}
          </button>
        )}
      </div>
    </section>
  );
}
