// Law 09-08: before the first personal datum is taken the citizen is told what is collected,
// why, by whom, for how long and what their rights are, and taps to agree. Main refuses every
// identity or submission channel until privacy.consent has been recorded for the session.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskRequestError, type KioskApi } from '../../../../main/contract/kiosk-contract.js';
import { Spinner } from '../../components/spinner.js';
import type { PictogramProps } from '../../pictograms/pictogram-frame.js';
import { WarningIcon } from '../../pictograms/ui-icons.js';
import {
  EraserPictogram,
  EyePencilPictogram,
  IdCardPictogram,
  NotePictogram,
  ScalesPictogram,
  ShieldPictogram,
  TownHallPictogram,
} from './privacy-notice-pictograms.js';
import { ScrollCue } from '../../../display/scroll-cue.js';
import './privacy-notice.css';

export type PrivacyPurpose = 'civil-status' | 'report';

export interface PrivacyNoticeProps {
  api: KioskApi;
  sessionId: string;
  purpose: PrivacyPurpose;
  /** The data controller's name as the office calls itself (KioskInfo.officeName). */
  officeName?: string;
  onAccepted: () => void;
  onDeclined: () => void;
}

type Status = 'idle' | 'sending' | 'failed';

interface Point {
  key: string;
  text: string;
  Pictogram: (props: PictogramProps) => ReactElement;
}

export function PrivacyNotice({ api, sessionId, purpose, officeName, onAccepted, onDeclined }: PrivacyNoticeProps): ReactElement {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const accept = () => {
    if (status === 'sending') return;
    setStatus('sending');
    api.request('privacy.consent', { sessionId }).then(
      () => {
        if (mounted.current) onAccepted();
      },
      (error: unknown) => {
        // A stale session means the citizen has gone and the app is already resetting.
        if (!mounted.current || (error instanceof KioskRequestError && error.code === 'stale-session')) return;
        setStatus('failed');
      },
    );
  };

  const pointsBox = useRef<HTMLUListElement>(null);
  const points: Point[] = [
    { key: 'collect', text: t(`privacy.collect.${purpose}`), Pictogram: purpose === 'civil-status' ? IdCardPictogram : NotePictogram },
    {
      key: 'controller',
      text: officeName ? t('privacy.controller', { office: officeName }) : t('privacy.controllerDefault'),
      Pictogram: TownHallPictogram,
    },
    { key: 'retention', text: t(`privacy.retention.${purpose}`), Pictogram: EraserPictogram },
    { key: 'rights', text: t('privacy.rights'), Pictogram: EyePencilPictogram },
    { key: 'authority', text: t('privacy.authority'), Pictogram: ScalesPictogram },
  ];

  return (
    <section className="screen privacy-notice" data-testid="privacy-notice" aria-labelledby="privacy-title">
      <header className="privacy-head">
        <ShieldPictogram className="privacy-shield" />
        <div>
          <h1 id="privacy-title" className="screen-title">
            {t('privacy.title')}
          </h1>
          <p className="privacy-intro">{t('privacy.intro')}</p>
        </div>
      </header>
      {/* On a short screen in the largest text the points scroll, with their cue; the buttons stay. */}
      <div className="privacy-points-frame">
        {/* Focusable: a keyboard can scroll it too. */}
        <ul className="privacy-points" ref={pointsBox} tabIndex={0} aria-labelledby="privacy-title">
          {points.map(({ key, text, Pictogram }) => (
            <li key={key} className="privacy-point" data-testid={`privacy-point-${key}`}>
              <Pictogram className="privacy-point-icon" />
              <p>{text}</p>
            </li>
          ))}
        </ul>
        <ScrollCue target={pointsBox} />
      </div>
      {status === 'failed' ? (
        <p className="privacy-problem" role="alert" data-testid="privacy-error">
          <WarningIcon className="privacy-problem-icon" />
          <span>{t('privacy.failed')}</span>
        </p>
      ) : null}
      <div className="privacy-actions">
        <button
          type="button"
          className="action-button action-button--large privacy-accept"
          data-testid="privacy-accept"
          disabled={status === 'sending'}
          onClick={accept}
        >
          {status === 'sending' ? <Spinner /> : null}
          <span>{status === 'failed' ? t('privacy.retry') : t('privacy.accept')}</span>
        </button>
        <button
          type="button"
          className="action-button action-button--large privacy-decline"
          data-testid="privacy-decline"
          disabled={status === 'sending'}
          onClick={onDeclined}
        >
          <span>{t('privacy.decline')}</span>
          <span className="stacked-label">{t('privacy.declineHint')}</span>
        </button>
      </div>
    </section>
  );
}
