import type { ParticipantRole } from '@/lib/reference-data';

import type { SurveyResponseUpdate } from '../api/save-survey-response';
import type { SurveyAnswer, SurveySubjectType } from './reference-data';

/** The form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const FORM_FIELDS = {
  'subject.type': { id: 'subjectType', label: 'What it is about' },
  'subject.id': { id: 'subjectId', label: 'Subject id' },
  respondentRole: { id: 'respondentRole', label: 'Respondent’s role' },
  council: { id: 'council', label: 'Council' },
  satisfaction: { id: 'satisfaction', label: 'Satisfaction' },
  positiveImpact: { id: 'positiveImpact', label: 'Positive impact' },
  increasedConfidence: { id: 'increasedConfidence', label: 'Increased confidence' },
  wouldRecommend: { id: 'wouldRecommend', label: 'Would recommend' },
  comment: { id: 'comment', label: 'Comment' },
  submittedDate: { id: 'submittedDate', label: 'Date submitted' },
} as const;

export type FormField = keyof typeof FORM_FIELDS;

export const COMMENT_MAX_LENGTH = 4000;
export const GSS_CODE = /^[A-Z]\d{8}$/;

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Day, month and year → "2025-03-07". All empty → undefined (the API says it is required). Anything else is
 * passed on as typed, so the API can say what is wrong with it.
 */
export function isoDateFromParts(day = '', month = '', year = ''): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return undefined;
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** "2025-03-07" → { day: "7", month: "3", year: "2025" }. */
export function partsFromIsoDate(iso: string | undefined): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** A subject id as typed: a number when it is one, otherwise the text (so the API can say it is not a number). */
function subjectId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : (value as unknown as number);
}

/**
 * The form's fields → the body the API takes. Empty fields are left out (so the API applies its defaults or
 * says what is missing); a GSS code is upper-cased.
 */
export function bodyFromForm(form: FormData): SurveyResponseUpdate {
  const type = text(form, 'subjectType') as SurveySubjectType | undefined;
  const id = subjectId(text(form, 'subjectId'));
  const satisfaction = text(form, 'satisfaction');
  const council = text(form, 'council');
  return {
    subject: (type || id !== undefined ? { type, id } : undefined) as SurveyResponseUpdate['subject'],
    respondentRole: text(form, 'respondentRole') as ParticipantRole,
    council: council && GSS_CODE.test(council.toUpperCase()) ? council.toUpperCase() : council,
    satisfaction: satisfaction === undefined ? undefined : Number(satisfaction),
    positiveImpact: text(form, 'positiveImpact') as SurveyAnswer | undefined,
    increasedConfidence: text(form, 'increasedConfidence') as SurveyAnswer | undefined,
    wouldRecommend: text(form, 'wouldRecommend') as SurveyAnswer | undefined,
    comment: text(form, 'comment'),
    submittedDate: isoDateFromParts(
      text(form, 'submittedDate-day'),
      text(form, 'submittedDate-month'),
      text(form, 'submittedDate-year'),
    ) as string,
  };
}
