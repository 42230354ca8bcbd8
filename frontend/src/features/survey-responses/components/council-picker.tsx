import { useEffect, useState } from 'react';

import { useCouncilSearch, type CouncilMatch } from '../api/find-councils';
import { GSS_CODE } from '../lib/form';

type Chosen = { gssCode: string; name: string };

/** The value after it has stopped changing for `delay` milliseconds. */
function useSettled(value: string, delay = 300) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function describe(council: CouncilMatch): string {
  return council.endDate ? `${council.name} (${council.gssCode}, until ${council.endDate})` : `${council.name} (${council.gssCode})`;
}

/**
 * The respondent's council: type part of its name and choose it from the matches, or type its GSS code. Typing
 * again clears the choice.
 * What is sent is the hidden `council` field: the chosen council's code, the code typed, or (if nothing matched)
 * the text as typed, so the API can say it is not a council.
 */
export function CouncilPicker({
  id,
  label,
  error,
  initial,
}: {
  id: string;
  label: string;
  error?: string;
  initial?: Chosen;
}) {
  const [query, setQuery] = useState(initial?.name ?? '');
  const [chosen, setChosen] = useState<Chosen | undefined>(initial);
  const typed = query.trim();
  const isCode = GSS_CODE.test(typed.toUpperCase());
  const searching = !isCode && typed.length >= 3;
  const settled = useSettled(searching ? typed : '');
  const matches = useCouncilSearch(searching ? settled : '');
  const value = chosen ? chosen.gssCode : isCode ? typed.toUpperCase() : typed;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const results = searching && settled === typed ? matches.data : undefined;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Optional. Type part of the council’s name and choose it, or enter its GSS code, for example E06000047.
      </div>
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen(undefined);
        }}
        aria-describedby={describedBy}
        className={`govuk-input govuk-input--width-20${error ? ' govuk-input--error' : ''}`}
      />
      <input type="hidden" name="council" value={value} />
      <div aria-live="polite" data-testid="council-matches">
        {results ? (
          results.length === 0 ? (
            <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">No council’s name matches “{typed}”.</p>
          ) : (
            <fieldset className="govuk-fieldset govuk-!-margin-top-3">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {results.length === 1 ? '1 council matches: choose it' : `${results.length} councils match: choose one`}
              </legend>
              <div className="govuk-radios govuk-radios--small">
                {results.map((council, index) => (
                  <div className="govuk-radios__item" key={council.gssCode}>
                    <input
                      className="govuk-radios__input"
                      id={`${id}-match-${index + 1}`}
                      name={`${id}-match`}
                      type="radio"
                      value={council.gssCode}
                      checked={chosen?.gssCode === council.gssCode}
                      onChange={() => setChosen({ gssCode: council.gssCode, name: council.name })}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${id}-match-${index + 1}`}>
                      {describe(council)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          )
        ) : null}
        {chosen ? (
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            Chosen: {chosen.name} ({chosen.gssCode})
          </p>
        ) : null}
      </div>
    </div>
  );
}
