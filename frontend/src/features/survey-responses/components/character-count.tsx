import { useState } from 'react';

const count = new Intl.NumberFormat('en-GB');

/** "You have 3,950 characters remaining", "You have 1 character too many". */
export function remainingText(length: number, maxLength: number): string {
  const left = maxLength - length;
  if (left >= 0) return `You have ${count.format(left)} ${left === 1 ? 'character' : 'characters'} remaining`;
  return `You have ${count.format(-left)} ${left === -1 ? 'character' : 'characters'} too many`;
}

type CharacterCountProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  maxLength: number;
  defaultValue?: string;
  rows?: number;
};

/**
 * GOV.UK character count: a textarea that says how many characters are left as you type. The state is kept in
 * React; only the GOV.UK classes are borrowed. Typing past the limit is allowed (the API says it is too long).
 */
export function CharacterCount({ id, name, label, hint, error, maxLength, defaultValue = '', rows = 5 }: CharacterCountProps) {
  const [length, setLength] = useState(defaultValue.length);
  const over = length > maxLength;
  const describedBy = [`${id}-info`, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const status = remainingText(length, maxLength);
  return (
    <div className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.target.value.length)}
        aria-describedby={describedBy}
        className={`govuk-textarea govuk-js-character-count${error || over ? ' govuk-textarea--error' : ''}`}
      />
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        You can enter up to {count.format(maxLength)} characters
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${over ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
        data-testid={`${id}-count`}
      >
        {status}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
