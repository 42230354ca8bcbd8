import { formatPercent } from '@/lib/format-number';

import type { SurveySummary } from '../api/get-survey-summary';

const whole = new Intl.NumberFormat('en-GB');
const mean = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** "96% (24 of 25 who gave a score)", or "No scores yet". */
export function satisfiedText(summary: SurveySummary): string {
  if (summary.satisfiedPerCent === undefined || summary.satisfactionAnswered === 0) return 'No scores given';
  return `${formatPercent(summary.satisfiedPerCent)} (${whole.format(summary.satisfied)} of ${whole.format(
    summary.satisfactionAnswered,
  )} who gave a score)`;
}

/** "4.62 out of 5", or "No scores given". */
export function meanText(summary: SurveySummary): string {
  if (summary.meanSatisfaction === undefined) return 'No scores given';
  return `${mean.format(summary.meanSatisfaction)} out of 5`;
}

/** "89.1% yes (98 of 110 who answered; 15 did not answer)". */
export function questionText(question: SurveySummary['positiveImpact']): string {
  const answered = question.yes + question.no;
  const skipped = question.notAnswered > 0 ? `; ${whole.format(question.notAnswered)} did not answer` : '';
  if (answered === 0 || question.yesPerCent === undefined) {
    return question.notAnswered > 0 ? `Nobody answered (${whole.format(question.notAnswered)} did not answer)` : 'Nobody answered';
  }
  return `${formatPercent(question.yesPerCent)} yes (${whole.format(question.yes)} of ${whole.format(answered)} who answered${skipped})`;
}

/** "125 responses", "1 response". */
export function responsesText(count: number): string {
  return `${whole.format(count)} ${count === 1 ? 'response' : 'responses'}`;
}
