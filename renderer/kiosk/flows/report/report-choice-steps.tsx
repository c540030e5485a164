// The first two questions, answered with a tap on a picture that also moves on: what kind of
// message, about what. A citizen who came back taps the same picture again to go on.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_CATEGORY_IDS, REPORT_KIND_IDS } from '../../../../main/contract/kiosk-contract.js';
import { REPORT_CATEGORY_PICTOGRAMS, REPORT_KIND_PICTOGRAMS } from '../../pictograms/report-pictograms.js';
import { ReportProblemMessage } from './report-problem.js';
import type { ReportAction, ReportState } from './report-state.js';
import { ScrollBox } from '../../components/scroll-box.js';

interface StepProps {
  state: ReportState;
  dispatch: Dispatch<ReportAction>;
}

export function ReportKindStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation();
  return (
    <section className="screen report-step" data-testid="report-kind-step" aria-labelledby="report-kind-title">
      <h1 id="report-kind-title" className="screen-title">
        {t('report.kind.title')}
      </h1>
      <ReportProblemMessage problem={state.problem} />
      <ScrollBox className="flow-tiles report-kind-tiles" labelledBy="report-kind-title">
        {REPORT_KIND_IDS.map((kind) => {
          const Pictogram = REPORT_KIND_PICTOGRAMS[kind];
          return (
            <button
              key={kind}
              type="button"
              className="tile flow-tile"
              data-testid={`report-kind-${kind}`}
              aria-pressed={state.kind === kind}
              onClick={() => dispatch({ type: 'choose-kind', kind })}
            >
              <Pictogram className="tile-pictogram" />
              <span className="tile-title">{t(`report.kinds.${kind}.name`)}</span>
              <span className="tile-hint">{t(`report.kinds.${kind}.hint`)}</span>
            </button>
          );
        })}
      </ScrollBox>
    </section>
  );
}

export function ReportCategoryStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation();
  return (
    <section className="screen report-step" data-testid="report-category-step" aria-labelledby="report-category-title">
      <h1 id="report-category-title" className="screen-title">
        {t('report.category.title')}
      </h1>
      <ReportProblemMessage problem={state.problem} />
      <ScrollBox className="report-category-tiles" labelledBy="report-category-title">
        {REPORT_CATEGORY_IDS.map((category) => {
          const Pictogram = REPORT_CATEGORY_PICTOGRAMS[category];
          return (
            <button
              key={category}
              type="button"
              className="tile flow-tile report-category-tile"
              data-testid={`report-category-${category}`}
              aria-pressed={state.category === category}
              onClick={() => dispatch({ type: 'choose-category', category })}
            >
              <Pictogram className="tile-pictogram" />
              <span className="tile-title">{t(`report.categories.${category}`)}</span>
            </button>
          );
        })}
      </ScrollBox>
    </section>
  );
}
