import { useTranslation } from 'react-i18next';
import { PrinterNotice } from '../components/printer-notice.js';
import type { ProcedureId } from '../flows/flow-props.js';
import { PROCEDURE_PICTOGRAMS, TicketPictogram, type Pictogram } from '../pictograms/service-pictograms.js';
import type { PrinterProblem } from '../use-printer-state.js';
import { useScreenPrompt } from '../../speech/use-screen-prompt.js';

interface ProcedureTile {
  procedure: ProcedureId;
  key: 'civilDocuments' | 'legalisation' | 'reportProblem' | 'payTaxes' | 'trackRequest';
  Pictogram: Pictogram;
}

const PROCEDURE_TILES: readonly ProcedureTile[] = [
  { procedure: 'civil-status', key: 'civilDocuments', Pictogram: PROCEDURE_PICTOGRAMS['civil-status'] },
  { procedure: 'legalisation', key: 'legalisation', Pictogram: PROCEDURE_PICTOGRAMS.legalisation },
  { procedure: 'report', key: 'reportProblem', Pictogram: PROCEDURE_PICTOGRAMS.report },
  { procedure: 'tax', key: 'payTaxes', Pictogram: PROCEDURE_PICTOGRAMS.tax },
  { procedure: 'tracking', key: 'trackRequest', Pictogram: PROCEDURE_PICTOGRAMS.tracking },
];

export interface HomeScreenProps {
  onTicket: () => void;
  onProcedure: (procedure: ProcedureId) => void;
  /** Set while no paper can come out: the citizen is told before choosing, tiles still work. */
  printerProblem?: PrinterProblem | null;
}

// Said after the screen's question, in the order the tiles are read on screen.
const HOME_PROMPT = [
  { key: 'speech.home.prompt' },
  { key: 'speech.pictograms.procedures.ticket' },
  ...PROCEDURE_TILES.map(({ key }) => ({ key: `speech.pictograms.procedures.${key}` })),
  { key: 'speech.home.action' },
];

export function HomeScreen({ onTicket, onProcedure, printerProblem = null }: HomeScreenProps) {
  const { t } = useTranslation();
  useScreenPrompt(HOME_PROMPT);
  const ticketTile = (
    <button
      type="button"
      className="tile tile--primary home-ticket-tile"
      data-testid="tile-ticket"
      aria-describedby="pictogram-ticket"
      onClick={onTicket}
    >
      <TicketPictogram className="tile-pictogram tile-pictogram--huge" />
      <span className="tile-title tile-title--huge">{t('home.tiles.ticket.title')}</span>
      <span className="tile-hint">{t('home.tiles.ticket.hint')}</span>
      <span id="pictogram-ticket" hidden>
        {t('speech.pictograms.procedures.ticket')}
      </span>
    </button>
  );
  return (
    <section className="screen home-screen" data-testid="home-screen" aria-labelledby="home-title">
      <h1 id="home-title" className="screen-title">
        {t('home.title')}
      </h1>
      <div className="home-grid">
        {printerProblem ? (
          // Above the ticket tile, in its column: read first, and every tile stays on screen.
          <div className="home-notice-column">
            <PrinterNotice problem={printerProblem} />
            {ticketTile}
          </div>
        ) : (
          ticketTile
        )}
        <div className="procedure-grid">
          {PROCEDURE_TILES.map(({ procedure, key, Pictogram }) => (
            <button
              key={procedure}
              type="button"
              className="tile procedure-tile"
              data-testid={`tile-${procedure}`}
              aria-describedby={`pictogram-${procedure}`}
              onClick={() => onProcedure(procedure)}
            >
              <Pictogram className="tile-pictogram" />
              <span className="tile-title">{t(`home.tiles.${key}.title`)}</span>
              <span id={`pictogram-${procedure}`} hidden>
                {t(`speech.pictograms.procedures.${key}`)}
              </span>
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
