// "Insert your ID card in the reader": the card read arrives as an identity.read event, which
// the flow listens to. Typing the card number is offered beside it for a card the reader
// cannot read, or a citizen without the card at hand.
import { useTranslation } from 'react-i18next';
import { IdentityIssueMessage, type IdentityIssue } from './identity-issue-message.js';
import { KeyboardPictogram } from './identity-pictograms.js';
import { DeviceGuidance } from '../../guidance/device-guidance.js';
import { FlowScrollBody } from './flow-scroll-body.js';
import './flow-steps.css';
import './identity-screens.css';

export interface IdentityInsertCardProps {
  issue: IdentityIssue | null;
  onType: () => void;
}

export function IdentityInsertCard({ issue, onType }: IdentityInsertCardProps) {
  const { t } = useTranslation();
  return (
    <section className="screen identity-screen" data-testid="civil-identity" aria-labelledby="identity-title">
      <h1 id="identity-title" className="flow-title">
        {t('civil-status.identity.title')}
      </h1>
      <div className="identity-ways">
        {/* What went wrong and the reader's explanation scroll on a short screen; the "type it" tile stays. */}
        <FlowScrollBody className="identity-insert-scroll" labelledBy="identity-title">
          {issue ? <IdentityIssueMessage issue={issue} /> : null}
          <div className="flow-prompt-panel flow-prompt-panel--ticket" data-testid="civil-identity-insert-card" role="status">
            <DeviceGuidance device="idReader" instruction={{ key: 'civil-status.identity.insertTitle' }} />
            <div className="identity-insert-text">
              <p className="identity-insert-title">{t('civil-status.identity.insertTitle')}</p>
              <p>{t('civil-status.identity.insertHint')}</p>
            </div>
          </div>
        </FlowScrollBody>
        <p className="identity-or">{t('civil-status.identity.or')}</p>
        <button type="button" className="tile identity-type-tile" data-testid="civil-identity-type" onClick={onType}>
          <KeyboardPictogram className="tile-pictogram" />
          <span className="tile-title">{t('civil-status.identity.typeTitle')}</span>
          <span className="tile-hint">{t('civil-status.identity.typeHint')}</span>
        </button>
      </div>
    </section>
  );
}
