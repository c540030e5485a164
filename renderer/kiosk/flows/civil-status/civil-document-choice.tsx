// Which document: four tiles, each with its pictogram, name and fee per copy.
import { useTranslation } from 'react-i18next';
import type { CivilStatusDocumentId, CivilStatusOptions, Language } from '../../../../main/contract/kiosk-contract.js';
import { formatMoney } from '../shared/format-money.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { DOCUMENT_PICTOGRAMS } from './civil-status-pictograms.js';

export interface CivilDocumentChoiceProps {
  options: CivilStatusOptions;
  selected: CivilStatusDocumentId | null;
  language: Language;
  onChoose: (document: CivilStatusDocumentId) => void;
}

export function CivilDocumentChoice({ options, selected, language, onChoose }: CivilDocumentChoiceProps) {
  const { t } = useTranslation();
  return (
    <section className="screen civil-screen" data-testid="civil-document-choice" aria-labelledby="civil-document-title">
      <h1 id="civil-document-title" className="flow-title">
        {t('civil-status.document.title')}
      </h1>
      <FlowScrollBody className="civil-document-grid" labelledBy="civil-document-title" fill>
        {options.documents.map(({ id, feePerCopyCentimes }) => {
          const Pictogram = DOCUMENT_PICTOGRAMS[id];
          return (
            <button
              key={id}
              type="button"
              className="tile flow-tile civil-document-tile"
              data-testid={`doc-${id}`}
              aria-pressed={selected === id}
              onClick={() => onChoose(id)}
            >
              <Pictogram className="tile-pictogram" />
              <span className="tile-title">{t(`civil-status.documents.${id}`)}</span>
              <span className="tile-hint">{t('civil-status.document.feePerCopy', { fee: formatMoney(feePerCopyCentimes, language) })}</span>
            </button>
          );
        })}
      </FlowScrollBody>
    </section>
  );
}
