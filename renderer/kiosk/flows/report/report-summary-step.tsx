// Everything the citizen is about to send, each part with its own "change" button, then Send.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { maskValue } from '../../../keyboard/display-mask.js';
import { ScrollBox } from '../../components/scroll-box.js';
import { Spinner } from '../../components/spinner.js';
import { ReportProblemMessage } from './report-problem.js';
import type { PlacesLoad } from './report-place-steps.js';
import type { ReportAction, ReportState } from './report-state.js';

interface SummaryProps {
  state: ReportState;
  dispatch: Dispatch<ReportAction>;
  places: PlacesLoad;
  language: Language;
  onSubmit: () => void;
}

type Changeable = Extract<ReportAction, { type: 'change' }>['step'];

export function placeText(state: ReportState, places: PlacesLoad, language: Language): string {
  if (places.status !== 'ready') return '';
  const arrondissement = places.places.find((a) => a.id === state.arrondissementId);
  const neighbourhood = arrondissement?.neighbourhoods.find((n) => n.id === state.neighbourhoodId);
  const names = [neighbourhood?.name[language], arrondissement?.name[language]].filter((name): name is string => !!name);
  const landmark = state.landmark.trim();
  return [names.join(language === 'ar' ? '، ' : ', '), landmark].filter((part) => part !== '').join(' — ');
}

export function ReportSummaryStep({ state, dispatch, places, language, onSubmit }: SummaryProps) {
  const { t } = useTranslation();
  const submitting = state.step === 'submitting';
  const rows: { id: string; key: Changeable; label: string; value: string }[] = [
    { id: 'kind', key: 'kind', label: t('report.summary.kind'), value: state.kind ? t(`report.kinds.${state.kind}.name`) : '' },
    { id: 'category', key: 'category', label: t('report.summary.category'), value: state.category ? t(`report.categories.${state.category}`) : '' },
    { id: 'place', key: 'arrondissement', label: t('report.summary.place'), value: placeText(state, places, language) },
    { id: 'description', key: 'description', label: t('report.summary.description'), value: state.description.trim() },
    {
      id: 'contact',
      key: 'contact',
      label: t('report.summary.sms'),
      value: state.wantsSms ? t('report.summary.smsTo', { phone: maskValue(state.phone, 'last4') }) : t('report.summary.noSms'),
    },
  ];
  return (
    <section className="screen report-step report-summary" data-testid="report-summary-step" aria-labelledby="report-summary-title">
      <h1 id="report-summary-title" className="screen-title">
        {t('report.summary.title')}
      </h1>
      <ReportProblemMessage problem={state.problem} />
      <ScrollBox labelledBy="report-summary-title">
        <dl className="report-summary-rows">
          {rows.map((row) => (
            <div key={row.id} className="report-summary-row" data-testid={`report-summary-${row.id}`}>
              <dt>{row.label}</dt>
              {/* The row keeps the screen's direction (start-aligned); the typed value is isolated. */}
              <dd className="report-summary-value">
                <bdi>{row.value}</bdi>
              </dd>
              {/* A definition list holds only dt and dd: the button sits in its own dd. */}
              <dd className="report-summary-change">
                <button
                  type="button"
                  className="secondary-button"
                  data-testid={`report-change-${row.id}`}
                  disabled={submitting}
                  onClick={() => dispatch({ type: 'change', step: row.key })}
                >
                  {t('report.summary.change')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      </ScrollBox>
      <div className="flow-actions flow-actions--end">
        <button type="button" className="action-button action-button--large action-button--go report-submit" data-testid="report-submit" disabled={submitting} onClick={onSubmit}>
          {submitting ? <Spinner /> : null}
          <span>{submitting ? t('report.summary.sending') : t('report.summary.send')}</span>
        </button>
      </div>
    </section>
  );
}
