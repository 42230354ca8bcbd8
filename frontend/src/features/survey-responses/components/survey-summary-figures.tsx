import { SummaryList } from '@/components/ui/summary-list';

import type { SurveySummary } from '../api/get-survey-summary';
import { meanText, questionText, responsesText, satisfiedText } from '../lib/summary';

/**
 * The headline figures over a set of responses, as the annual report quotes them: the share satisfied (4 or 5)
 * of those who gave a score, the mean score and, for each yes/no question, the share of yes among those who
 * answered.
 */
export function SurveySummaryFigures({ summary, headingLevel = 2 }: { summary: SurveySummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <section aria-labelledby="survey-summary-heading" data-testid="survey-summary">
      <Heading className="govuk-heading-m" id="survey-summary-heading">
        Summary
      </Heading>
      <p className="govuk-body-l" data-testid="survey-summary-headline">
        {summary.responses === 0
          ? 'No responses match.'
          : summary.satisfiedPerCent === undefined
            ? `${responsesText(summary.responses)}; none gave a satisfaction score.`
            : `${formatHeadline(summary.satisfiedPerCent)} of those who gave a score were satisfied (${responsesText(
                summary.responses,
              )}).`}
      </p>
      {summary.responses > 0 ? (
        <SummaryList
          rows={[
            { key: 'Responses', value: String(summary.responses) },
            { key: 'Satisfied (4 or 5)', value: satisfiedText(summary) },
            { key: 'Average satisfaction', value: meanText(summary) },
            { key: 'Positive impact', value: questionText(summary.positiveImpact) },
            { key: 'Increased confidence', value: questionText(summary.increasedConfidence) },
            { key: 'Would recommend', value: questionText(summary.wouldRecommend) },
          ]}
        />
      ) : null}
    </section>
  );
}

const headline = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 96 → "96 per cent" (GOV.UK style in running text). */
function formatHeadline(perCent: number): string {
  return `${headline.format(perCent)} per cent`;
}
