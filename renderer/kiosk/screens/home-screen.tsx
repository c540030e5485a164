import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictogramProps } from '../pictograms/pictogram-frame.js';
import {
  BookPictogram,
  CoinsPictogram,
  MapPinPictogram,
  SearchDocumentPictogram,
  TicketPictogram,
} from '../pictograms/service-pictograms.js';

interface FutureService {
  key: 'civilDocuments' | 'reportProblem' | 'payTaxes' | 'trackRequest';
  Pictogram: (props: PictogramProps) => ReactElement;
}

// Shown so citizens learn what the kiosk will offer, but plainly not tappable yet.
const FUTURE_SERVICES: readonly FutureService[] = [
  { key: 'civilDocuments', Pictogram: BookPictogram },
  { key: 'reportProblem', Pictogram: MapPinPictogram },
  { key: 'payTaxes', Pictogram: CoinsPictogram },
  { key: 'trackRequest', Pictogram: SearchDocumentPictogram },
];

export function HomeScreen({ onTicket }: { onTicket: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen home-screen" data-testid="home-screen" aria-labelledby="home-title">
      <h1 id="home-title" className="screen-title">
        {t('home.title')}
      </h1>
      <div className="home-grid">
        <button type="button" className="tile tile--primary home-ticket-tile" data-testid="tile-ticket" onClick={onTicket}>
          <TicketPictogram className="tile-pictogram tile-pictogram--huge" />
          <span className="tile-title tile-title--huge">{t('home.tiles.ticket.title')}</span>
          <span className="tile-hint">{t('home.tiles.ticket.hint')}</span>
        </button>
        <ul className="future-grid">
          {FUTURE_SERVICES.map(({ key, Pictogram }) => (
            <li key={key} className="tile tile--future">
              <Pictogram className="tile-pictogram" />
              <span className="tile-title">{t(`home.tiles.${key}.title`)}</span>
              <span className="coming-soon-badge">{t('home.comingSoon')}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
