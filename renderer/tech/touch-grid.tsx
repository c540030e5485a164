// The touch grid: 8 x 3 targets of 80 px with wide gaps (a landscape screen has room across). A touch on a target is a hit for that
// target, a touch in a gap a miss; each target shows its own count, so a dead zone stands out.
import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_COLUMNS, targetsHit, type TouchGridState } from './touch-grid-state.js';

export interface TouchGridProps {
  grid: TouchGridState;
  onHit: (index: number) => void;
  onMiss: () => void;
  onReset: () => void;
}

export function TouchGrid({ grid, onHit, onMiss, onReset }: TouchGridProps) {
  const { t } = useTranslation();
  const down = (event: PointerEvent<HTMLDivElement>): void => {
    const target = (event.target as Element).closest('[data-target-index]');
    const index = target ? Number(target.getAttribute('data-target-index')) : Number.NaN;
    if (Number.isInteger(index)) onHit(index);
    else onMiss();
  };
  return (
    <div className="tech-card touch-grid-card">
      <h2 className="tech-section-title">{t('tech-screen.touchTitle')}</h2>
      <p className="tech-muted">{t('tech-screen.touchHint')}</p>
      <div className="touch-grid-counts">
        <p className="tech-big-figure" data-testid="touch-hits" data-value={targetsHit(grid)}>
          <bdi dir="ltr">
            {targetsHit(grid)} / {grid.hitsPerTarget.length}
          </bdi>{' '}
          <span className="tech-counter-label">{t('tech-screen.hits')}</span>
        </p>
        <p className="tech-big-figure" data-testid="touch-misses" data-value={grid.misses}>
          <bdi dir="ltr">{grid.misses}</bdi> <span className="tech-counter-label">{t('tech-screen.misses')}</span>
        </p>
        <button type="button" className="action-button staff-secondary" data-testid="touch-reset" onClick={onReset}>
          {t('tech-screen.reset')}
        </button>
      </div>
      {/* Pointer events, not clicks: a touch in a gap is as much a result as one on a target. */}
      <div className="touch-grid" data-testid="touch-grid" style={{ gridTemplateColumns: `repeat(${GRID_COLUMNS}, 80px)` }} onPointerDown={down}>
        {grid.hitsPerTarget.map((hits, i) => (
          <button
            // The grid never reorders: the index is the target.
            key={i}
            type="button"
            className={hits > 0 ? 'touch-target touch-target--hit' : 'touch-target'}
            data-testid="touch-target"
            data-target-index={i}
            data-hits={hits}
            aria-label={t('tech-screen.target', { n: i + 1 })}
          >
            {hits > 0 ? (
              <>
                <span aria-hidden="true">✓</span>
                <bdi dir="ltr" className="touch-target-count">
                  {hits}
                </bdi>
              </>
            ) : (
              <span aria-hidden="true" className="touch-target-dot" />
            )}
          </button>
        ))}
      </div>
    </div>
  );
}
