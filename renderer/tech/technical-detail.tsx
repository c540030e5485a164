// The driver's or the check's own English, kept for whoever reads the logs or calls support:
// one line, labelled in the screen's language, smaller and muted under the translated words.
// lang="en" dir="ltr" tells screen readers to switch voice and keeps its order in Arabic.
import { useTranslation } from 'react-i18next';
import './technical-detail.css';

/** `inline`: inside a sentence's own paragraph (a span on its own line) rather than a paragraph. */
export function TechnicalDetail({ text, testId, inline = false }: { text: string; testId?: string; inline?: boolean }) {
  const { t } = useTranslation();
  const Line = inline ? 'span' : 'p';
  return (
    <Line className={inline ? 'tech-technical-detail tech-technical-detail--inline' : 'tech-technical-detail'}>
      <span className="tech-technical-detail-label">{t('tech.technicalDetail')}</span>{' '}
      {/* The test id on the English alone: a test reads the driver's words as the logs have them. */}
      <span className="tech-technical-detail-text" data-testid={testId ?? 'tech-technical-detail'} lang="en" dir="ltr">
        {text}
      </span>
    </Line>
  );
}
