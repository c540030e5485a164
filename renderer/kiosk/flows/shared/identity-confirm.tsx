// The identity as read or typed, masked (last digits of the number only), for the citizen to
// say it is theirs before anything is asked in their name.
import { useTranslation } from 'react-i18next';
import type { IdentityView, Language } from '../../../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from './flow-format.js';
import { PersonCardPictogram } from './identity-pictograms.js';
import './flow-steps.css';
import './identity-screens.css';

export interface IdentityConfirmProps {
  identity: IdentityView;
  language: Language;
  onConfirm: () => void;
  onReject: () => void;
}

export function IdentityConfirm({ identity, language, onConfirm, onReject }: IdentityConfirmProps) {
  const { t } = useTranslation();
  const name = [identity.givenNames, identity.surname].filter(Boolean).join(' ');
  return (
    <section className="screen identity-screen" data-testid="identity-confirm" aria-labelledby="identity-confirm-title">
      <h1 id="identity-confirm-title" className="flow-title">
        {t('civil-status.identity.confirmTitle')}
      </h1>
      <div className="flow-card identity-card-view">
        <PersonCardPictogram className="identity-card-pictogram" />
        <dl className="identity-facts">
          <div className="identity-fact">
            <dt>{t(`civil-status.identity.kind.${identity.documentKind}`)}</dt>
            <dd dir="ltr" data-testid="identity-masked-number">
              <bdi>{identity.maskedNumber}</bdi>
            </dd>
          </div>
          {name ? (
            <div className="identity-fact">
              <dt>{t('civil-status.identity.name')}</dt>
              {/* Names come from the card's machine-readable zone: Latin capitals. */}
              <dd dir="ltr" lang="fr" data-testid="identity-name">
                <bdi>{name}</bdi>
              </dd>
            </div>
          ) : null}
          <div className="identity-fact">
            <dt>{t('civil-status.identity.birthDate')}</dt>
            <dd data-testid="identity-birth-date">{formatCalendarDate(identity.birthDate, language)}</dd>
          </div>
        </dl>
      </div>
      <div className="flow-actions identity-confirm-actions">
        <button type="button" className="action-button action-button--large action-button--go" data-testid="identity-this-is-me" onClick={onConfirm}>
          {t('civil-status.identity.thisIsMe')}
        </button>
        <button type="button" className="secondary-button secondary-button--large" data-testid="identity-not-me" onClick={onReject}>
          {t('civil-status.identity.notMe')}
        </button>
      </div>
    </section>
  );
}
