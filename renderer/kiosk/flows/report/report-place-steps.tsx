// Where the problem is: one of the neighbourhoods of the kiosk's own arrondissement, or of
// another one chosen from all of them on one screen, from the list shipped with the kiosk,
// named in the screen language.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Places } from '../../../../main/contract/kiosk-contract.js';
import { FlowBusy, FlowMessage, PagedChoices } from '../shared/flow-layout.js';
import { ReportProblemMessage } from './report-problem.js';
import type { ReportAction, ReportState } from './report-state.js';

export type PlacesLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; places: Places };

interface PlaceStepProps {
  state: ReportState;
  dispatch: Dispatch<ReportAction>;
  places: PlacesLoad;
  language: Language;
  onRetry: () => void;
}

function usePagerTexts() {
  const { t } = useTranslation();
  return {
    next: t('report.place.morePlaces'),
    previous: t('report.place.previousPlaces'),
    page: (page: number, pages: number) => t('report.place.page', { page, pages }),
  };
}

export function ReportPlaceStep({ state, dispatch, places, language, onRetry }: PlaceStepProps) {
  const { t } = useTranslation();
  const texts = usePagerTexts();
  const neighbourhoodStep = state.step === 'neighbourhood';
  const arrondissement = places.status === 'ready' ? places.places.find((a) => a.id === state.arrondissementId) : undefined;
  const title = neighbourhoodStep && arrondissement
    ? t('report.place.neighbourhoodTitle', { arrondissement: arrondissement.name[language] })
    : t('report.place.arrondissementTitle');
  const testId = neighbourhoodStep ? 'report-neighbourhood-step' : 'report-arrondissement-step';
  return (
    <section className="screen report-step" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h1 id={`${testId}-title`} className="screen-title">
        {title}
      </h1>
      <ReportProblemMessage problem={state.problem} />
      {places.status === 'loading' ? <FlowBusy text={t('report.place.loading')} /> : null}
      {places.status === 'failed' ? (
        <FlowMessage tone="error" testId="report-places-failed">
          <p>{t('report.place.loadFailed')}</p>
          <div className="flow-actions">
            <button type="button" className="action-button" data-testid="report-places-retry" onClick={onRetry}>
              {t('report.retry')}
            </button>
          </div>
        </FlowMessage>
      ) : null}
      {places.status === 'ready' && !neighbourhoodStep ? (
        // Every arrondissement at once, none a page away: a city has a few dozen at most.
        <ul className="report-arrondissement-grid" data-testid="report-arrondissements">
          {places.places.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="choice-button report-arrondissement-button"
                data-testid={`place-${a.id}`}
                aria-pressed={a.id === state.arrondissementId}
                onClick={() => dispatch({ type: 'choose-arrondissement', id: a.id })}
              >
                {a.name[language]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {places.status === 'ready' && neighbourhoodStep && arrondissement ? (
        <PagedChoices
          key={`neighbourhoods-${arrondissement.id}`}
          items={arrondissement.neighbourhoods.map((n) => ({ id: n.id, label: n.name[language], testId: `place-${n.id}` }))}
          selectedId={state.neighbourhoodId}
          onChoose={(id) => dispatch({ type: 'choose-neighbourhood', id })}
          texts={texts}
        />
      ) : null}
      {places.status === 'ready' && neighbourhoodStep && arrondissement ? (
        <div className="flow-actions flow-actions--end">
          <button
            type="button"
            className="secondary-button secondary-button--large"
            data-testid="report-other-arrondissement"
            onClick={() => dispatch({ type: 'other-arrondissement' })}
          >
            {t('report.place.otherArrondissement')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
