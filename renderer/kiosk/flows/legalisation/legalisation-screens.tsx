// The two screens before the ticket: which service, then what to bring to its counter.
import { useTranslation } from 'react-i18next';
import { ServicePictogram } from '../../pictograms/service-pictograms.js';
import { FlowBusy, FlowMessage } from '../shared/flow-layout.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { CHECKLIST_PICTOGRAMS } from './legalisation-pictograms.js';
import { CHECKLISTS, type LegalService } from './legalisation-state.js';

export function LegalServiceChoice({ onChoose }: { onChoose: (service: LegalService) => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen legal-screen" data-testid="legal-choice" aria-labelledby="legal-choice-title">
      <h1 id="legal-choice-title" className="flow-title">
        {t('legalisation.choice.title')}
      </h1>
      <FlowScrollBody className="legal-service-grid" labelledBy="legal-choice-title" fill>
        <button type="button" className="tile flow-tile legal-service-tile" data-testid="legal-legalisation" onClick={() => onChoose('legalisation')}>
          <ServicePictogram serviceId="legalisation" className="tile-pictogram" />
          <span className="tile-title">{t('legalisation.services.legalisation.title')}</span>
          <span className="tile-hint">{t('legalisation.services.legalisation.hint')}</span>
        </button>
        <button
          type="button"
          className="tile flow-tile legal-service-tile"
          data-testid="legal-certified-copies"
          onClick={() => onChoose('certified-copies')}
        >
          <ServicePictogram serviceId="certified-copies" className="tile-pictogram" />
          <span className="tile-title">{t('legalisation.services.certified-copies.title')}</span>
          <span className="tile-hint">{t('legalisation.services.certified-copies.hint')}</span>
        </button>
      </FlowScrollBody>
    </section>
  );
}

export interface LegalChecklistProps {
  service: LegalService;
  taking: boolean;
  problem: 'unavailable' | 'generic' | null;
  onTakeTicket: () => void;
}

export function LegalChecklist({ service, taking, problem, onTakeTicket }: LegalChecklistProps) {
  const { t } = useTranslation();
  return (
    <section className="screen legal-screen" data-testid="legal-checklist" data-service={service} aria-labelledby="legal-checklist-title">
      <h1 id="legal-checklist-title" className="flow-title">
        {t(`legalisation.checklist.title.${service}`)}
      </h1>
      <FlowScrollBody className="legal-checklist-body" labelledBy="legal-checklist-title">
        <ol className="legal-checklist">
          {CHECKLISTS[service].map((item, index) => {
            const Pictogram = CHECKLIST_PICTOGRAMS[item];
            return (
              <li key={item} className="flow-card legal-checklist-item" data-testid={`legal-item-${item}`}>
                <span className="legal-checklist-number" aria-hidden="true">
                  {index + 1}
                </span>
                <Pictogram className="legal-checklist-pictogram" />
                <div className="legal-checklist-text">
                  <p className="legal-checklist-name">{t(`legalisation.checklist.items.${item}.name`)}</p>
                  <p>{t(`legalisation.checklist.items.${item}.detail`)}</p>
                </div>
              </li>
            );
          })}
        </ol>
      </FlowScrollBody>
      {/* Outside the scrolling list: what went wrong is always in view, next to the retry. */}
      {problem ? (
        <FlowMessage tone="error" title={t('legalisation.problem.title')} testId="legal-problem">
          {t(`legalisation.problem.${problem}`)}
        </FlowMessage>
      ) : null}
      <div className="flow-actions flow-actions--end legal-actions">
        <p className="flow-hint legal-printed-hint">{t('legalisation.checklist.printedHint')}</p>
        {taking ? (
          <FlowBusy text={t('legalisation.taking')} testId="legal-taking" />
        ) : (
          <button type="button" className="action-button action-button--large action-button--go" data-testid="legal-take-ticket" onClick={onTakeTicket}>
            {problem ? t('legalisation.retry') : t('legalisation.takeTicket')}
          </button>
        )}
      </div>
    </section>
  );
}
