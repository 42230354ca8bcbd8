import type { FormEvent } from 'react';

import { CouncilPicker } from '@/components/forms/council-picker';
import { Button } from '@/components/ui/button';
import { Radios, TextInput } from '@/components/ui/form-fields';
import { SummaryList } from '@/components/ui/summary-list';
import { fieldErrorsFor } from '@/lib/api/problem';
import { PARTICIPANT_ROLES } from '@/lib/reference-data';

import type { SurveyResponse } from '../api/get-survey-responses';
import { COMMENT_MAX_LENGTH, FORM_FIELDS } from '../lib/form';
import {
  ANSWERS,
  SATISFACTION,
  SUBJECT_TYPES,
  subjectTypeLabel,
  type SurveySubjectType,
} from '../lib/reference-data';
import { CharacterCount } from './character-count';
import { DateInput } from './date-input';

/** A subject fixed by the page (from a subject's own page, or the response being changed). */
export type FixedSubject = { type: SurveySubjectType; id: number; title?: string };

type SurveyResponseFormProps = {
  /** The response being changed; none for a new one. */
  response?: SurveyResponse;
  /** The subject, when it is not for the user to choose. */
  subject?: FixedSubject;
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

const YES_NO_QUESTIONS = [
  { name: 'positiveImpact', legend: 'Did it have a positive impact?' },
  { name: 'increasedConfidence', legend: 'Did it increase the respondent’s confidence?' },
  { name: 'wouldRecommend', legend: 'Would they recommend it to others?' },
] as const;

/** The fields of a survey response. Its values stay in the inputs; the page turns them into the API's body. */
export function SurveyResponseForm({ response, subject, error, saving, submitText, onSubmit }: SurveyResponseFormProps) {
  const errors = fieldErrorsFor(error, FORM_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      {subject ? (
        <>
          <h2 className="govuk-heading-m">What it is about</h2>
          {/* The target of an error summary link about the subject, which is shown here but not editable. */}
          <div
            id={FORM_FIELDS['subject.id'].id}
            tabIndex={-1}
            className={errors['subject.id'] ? 'govuk-form-group govuk-form-group--error' : undefined}
          >
            {errors['subject.id'] ? (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors['subject.id']}
              </p>
            ) : null}
            <SummaryList
              rows={[
                { key: 'Type', value: subjectTypeLabel(subject.type) },
                ...(subject.title ? [{ key: 'Title', value: subject.title }] : []),
                { key: 'Id', value: String(subject.id) },
              ]}
            />
          </div>
          <input type="hidden" name="subjectType" value={subject.type} />
          <input type="hidden" name="subjectId" value={String(subject.id)} />
        </>
      ) : (
        <>
          <Radios
            id={FORM_FIELDS['subject.type'].id}
            name="subjectType"
            label={FORM_FIELDS['subject.type'].label}
            options={SUBJECT_TYPES}
            error={errors['subject.type']}
          />
          <TextInput
            id={FORM_FIELDS['subject.id'].id}
            name="subjectId"
            label={FORM_FIELDS['subject.id'].label}
            hint="The number of the event, peer challenge, support engagement or cohort, as on its page"
            inputMode="numeric"
            autoComplete="off"
            className="govuk-input--width-10"
            error={errors['subject.id']}
          />
        </>
      )}

      <h2 className="govuk-heading-m">The respondent</h2>
      <Radios
        id={FORM_FIELDS.respondentRole.id}
        name="respondentRole"
        label={FORM_FIELDS.respondentRole.label}
        options={PARTICIPANT_ROLES}
        defaultValue={response?.respondentRole}
        error={errors.respondentRole}
      />
      <CouncilPicker
        id={FORM_FIELDS.council.id}
        name="council"
        label={FORM_FIELDS.council.label}
        hint="Optional. Type part of the council’s name or its GSS code, then choose it."
        error={errors.council}
        defaultCouncil={response?.council}
      />

      <h2 className="govuk-heading-m">Their answers</h2>
      <Radios
        id={FORM_FIELDS.satisfaction.id}
        name="satisfaction"
        label="How satisfied were they overall?"
        options={SATISFACTION}
        defaultValue={response?.satisfaction === undefined ? '' : String(response.satisfaction)}
        error={errors.satisfaction}
        small
      />
      {YES_NO_QUESTIONS.map((question) => (
        <Radios
          key={question.name}
          id={FORM_FIELDS[question.name].id}
          name={question.name}
          label={question.legend}
          options={ANSWERS}
          defaultValue={response?.[question.name] ?? 'not-answered'}
          error={errors[question.name]}
          small
        />
      ))}
      <CharacterCount
        id={FORM_FIELDS.comment.id}
        name="comment"
        label="Comment"
        hint="Optional. What the respondent wrote, without names or contact details."
        maxLength={COMMENT_MAX_LENGTH}
        defaultValue={response?.comment ?? ''}
        error={errors.comment}
      />
      <DateInput
        id={FORM_FIELDS.submittedDate.id}
        name="submittedDate"
        label={FORM_FIELDS.submittedDate.label}
        hint="When they gave it; for example, 27 3 2025"
        defaultValue={response?.submittedDate}
        error={errors.submittedDate}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
