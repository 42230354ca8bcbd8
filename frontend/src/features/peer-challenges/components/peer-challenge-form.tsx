import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Checkboxes, Select, TextInput, Textarea } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';

import { CouncilPicker } from '@/components/forms/council-picker';

import { useCouncilPeerChallenges } from '../api/get-council-peer-challenges';
import type { PeerChallenge } from '../api/get-peer-challenges';
import { FORM_FIELDS, GSS_CODE } from '../lib/form';
import { FOCUS_AREAS, PEER_CHALLENGE_TYPES } from '../lib/reference-data';

type PeerChallengeFormProps = {
  /** The challenge being changed; none for a new one. */
  challenge?: PeerChallenge;
  /** The council to start with (from `?council=` when recording one for a council). */
  initialCouncil?: string;
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

/** The fields of a peer challenge. Its values stay in the inputs; the page turns them into the API's body. */
export function PeerChallengeForm({
  challenge,
  initialCouncil = '',
  error,
  saving,
  submitText,
  onSubmit,
}: PeerChallengeFormProps) {
  const [council, setCouncil] = useState(challenge?.council.gssCode ?? initialCouncil);
  const [type, setType] = useState<string>(challenge?.type ?? '');
  const gssCode = council.trim().toUpperCase();
  const history = useCouncilPeerChallenges(gssCode, GSS_CODE.test(gssCode));
  const errors = fieldErrorsFor(error, FORM_FIELDS);
  // A council given in the address is shown by name, so wait for its name before drawing the picker.
  const pickerReady = Boolean(challenge) || !initialCouncil || !history.isPending;

  const cpcs = (history.data?.peerChallenges ?? []).filter(
    (other) => other.type === 'cpc' && other.status !== 'cancelled' && other.id !== challenge?.id,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      {pickerReady ? (
        <CouncilPicker
          id="council"
          name="council"
          label="Council"
          defaultCouncil={
            challenge?.council ??
            (initialCouncil ? (history.data?.council ?? { gssCode: initialCouncil, name: initialCouncil }) : undefined)
          }
          onChange={setCouncil}
          error={errors.council}
        />
      ) : (
        <p className="govuk-body" role="status">
          Loading the council…
        </p>
      )}
      <Select
        id="type"
        name="type"
        label="Type"
        options={[{ value: '', text: 'Choose a type' }, ...PEER_CHALLENGE_TYPES]}
        defaultValue={type}
        onChange={setType}
        error={errors.type}
      />
      {type === 'cpc-progress-review' ? (
        <Select
          id="followsUpId"
          name="followsUpId"
          label="CPC it follows up"
          hint={GSS_CODE.test(gssCode) ? 'A Corporate Peer Challenge of the same council' : 'Choose the council first'}
          options={[
            { value: '', text: cpcs.length > 0 ? 'Choose the CPC' : 'No CPC recorded for this council' },
            ...cpcs.map((cpc) => ({
              value: String(cpc.id),
              text: `CPC ${cpc.id}, ${cpc.financialYear}${cpc.onSiteStartDate ? `, on site from ${cpc.onSiteStartDate}` : ''}`,
            })),
          ]}
          defaultValue={challenge?.followsUpId ? String(challenge.followsUpId) : ''}
          error={errors.followsUpId}
        />
      ) : null}
      <TextInput
        id="requestedDate"
        name="requestedDate"
        type="date"
        label="Date requested"
        hint={challenge ? undefined : 'Leave empty for today'}
        className="govuk-input--width-10"
        defaultValue={challenge?.requestedDate ?? ''}
        error={errors.requestedDate}
      />
      <TextInput
        id="peerChallengeManager"
        name="peerChallengeManager"
        label="Peer challenge manager"
        hint="The LGA officer who manages it"
        className="govuk-input--width-20"
        autoComplete="off"
        defaultValue={challenge?.peerChallengeManager ?? ''}
        error={errors.peerChallengeManager}
      />
      <TextInput
        id="onSiteStartDate"
        name="onSiteStartDate"
        type="date"
        label="First day on site"
        hint="Needed before it can be scheduled"
        className="govuk-input--width-10"
        defaultValue={challenge?.onSiteStartDate ?? ''}
        error={errors.onSiteStartDate}
      />
      <TextInput
        id="onSiteEndDate"
        name="onSiteEndDate"
        type="date"
        label="Last day on site"
        className="govuk-input--width-10"
        defaultValue={challenge?.onSiteEndDate ?? ''}
        error={errors.onSiteEndDate}
      />
      <Checkboxes
        id="focusAreas"
        name="focusAreas"
        label="Focus areas"
        hint="A Corporate Peer Challenge covers all five core elements"
        options={FOCUS_AREAS}
        defaultValues={challenge?.focusAreas ?? []}
        small
        error={errors.focusAreas}
      />
      {challenge ? (
        <>
          <TextInput
            id="reportPublishedDate"
            name="reportPublishedDate"
            type="date"
            label="Report publication date"
            hint="Once the report is published; not before the last day on site"
            className="govuk-input--width-10"
            defaultValue={challenge.reportPublishedDate ?? ''}
            error={errors.reportPublishedDate}
          />
          <TextInput
            id="actionPlanPublishedDate"
            name="actionPlanPublishedDate"
            type="date"
            label="Action plan publication date"
            hint="Once the action plan is published; not before the report"
            className="govuk-input--width-10"
            defaultValue={challenge.actionPlanPublishedDate ?? ''}
            error={errors.actionPlanPublishedDate}
          />
        </>
      ) : null}
      <Textarea
        id="notes"
        name="notes"
        label="Notes"
        hint="For LGA staff only"
        defaultValue={challenge?.notes ?? ''}
        error={errors.notes}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
