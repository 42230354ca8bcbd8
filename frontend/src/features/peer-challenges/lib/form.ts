import type { PeerChallengeCreate, PeerChallengeUpdate } from '../api/save-peer-challenge';
import type { FocusArea, PeerChallengeType } from './reference-data';

/** The form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const FORM_FIELDS = {
  council: { id: 'council', label: 'Council' },
  type: { id: 'type', label: 'Type' },
  followsUpId: { id: 'followsUpId', label: 'CPC it follows up' },
  requestedDate: { id: 'requestedDate', label: 'Date requested' },
  peerChallengeManager: { id: 'peerChallengeManager', label: 'Peer challenge manager' },
  onSiteStartDate: { id: 'onSiteStartDate', label: 'First day on site' },
  onSiteEndDate: { id: 'onSiteEndDate', label: 'Last day on site' },
  focusAreas: { id: 'focusAreas', label: 'Focus areas' },
  reportPublishedDate: { id: 'reportPublishedDate', label: 'Report publication date' },
  actionPlanPublishedDate: { id: 'actionPlanPublishedDate', label: 'Action plan publication date' },
  notes: { id: 'notes', label: 'Notes' },
} as const;

export type FormField = keyof typeof FORM_FIELDS;

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The form's fields → the body the API takes. Empty fields are left out (so the API
 * applies its defaults or says what is missing); the GSS code is upper-cased.
 */
export function bodyFromForm(form: FormData): PeerChallengeUpdate {
  const followsUp = text(form, 'followsUpId');
  const type = text(form, 'type') as PeerChallengeType | undefined;
  return {
    council: text(form, 'council')?.toUpperCase() as string,
    type: type as PeerChallengeType,
    requestedDate: text(form, 'requestedDate') as string,
    peerChallengeManager: text(form, 'peerChallengeManager'),
    onSiteStartDate: text(form, 'onSiteStartDate'),
    onSiteEndDate: text(form, 'onSiteEndDate'),
    focusAreas: form.getAll('focusAreas').filter((v): v is string => typeof v === 'string') as FocusArea[],
    reportPublishedDate: text(form, 'reportPublishedDate'),
    actionPlanPublishedDate: text(form, 'actionPlanPublishedDate'),
    // Only a progress review follows up a CPC.
    followsUpId: type === 'cpc-progress-review' && followsUp ? Number(followsUp) : undefined,
    notes: text(form, 'notes'),
  };
}

/** A new challenge: as the form, without the fields only an existing one has. */
export function createBodyFromForm(form: FormData): PeerChallengeCreate {
  const body: PeerChallengeCreate = { ...bodyFromForm(form) };
  delete body.reportPublishedDate;
  delete body.actionPlanPublishedDate;
  if (!body.requestedDate) delete body.requestedDate;
  return body;
}

export const GSS_CODE = /^E\d{8}$/;
