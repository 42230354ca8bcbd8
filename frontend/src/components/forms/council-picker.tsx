import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';

import accessibleAutocomplete from 'accessible-autocomplete';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { FieldMessages } from '@/components/ui/form-fields';
import { api } from '@/lib/api/client';

export type CouncilChoice = { gssCode: string; name: string; endDate?: string };

export function councilChoiceLabel(council: CouncilChoice): string {
  const ended = council.endDate ? `, ended ${council.endDate.slice(0, 4)}` : '';
  return `${council.name} (${council.gssCode}${ended})`;
}

async function searchCouncils(query: string): Promise<CouncilChoice[]> {
  const { data } = await api.GET('/api/v1/councils', {
    params: { query: { q: query.trim().slice(0, 100), status: 'all', size: 10 } },
  });
  return data?.items ?? [];
}

/**
 * A council chosen by typing part of its name (or its GSS code), with GOV.UK's accessible autocomplete.
 * The form receives the GSS code in a hidden input called `name`; ended councils are offered too, as older
 * records name them.
 */
export function CouncilPicker({
  id,
  name,
  label,
  hint,
  error,
  defaultCouncil,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultCouncil?: CouncilChoice;
  /** Called with the chosen council's GSS code, or '' when the box is cleared. */
  onChange?: (gssCode: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [gssCode, setGssCode] = useState(defaultCouncil?.gssCode ?? '');
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const choose = (code: string) => {
    setGssCode(code);
    onChangeRef.current?.(code);
  };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    accessibleAutocomplete<CouncilChoice>({
      element,
      id,
      source: (query, populate) => {
        searchCouncils(query).then(populate, () => populate([]));
      },
      minLength: 2,
      defaultValue: defaultCouncil ? councilChoiceLabel(defaultCouncil) : '',
      showNoOptionsFound: true,
      inputClasses: error ? 'govuk-input--error' : undefined,
      templates: {
        inputValue: (council) => (council ? councilChoiceLabel(council) : ''),
        suggestion: (council) => (typeof council === 'string' ? council : councilChoiceLabel(council)),
      },
      onConfirm: (council) => {
        if (council) choose(council.gssCode);
      },
      tNoResults: () => 'No council matches',
    });
    // Clearing the box clears the choice; the autocomplete only reports confirmed choices.
    const onInput = (event: Event) => {
      if ((event.target as HTMLInputElement).value.trim() === '') choose('');
    };
    element.addEventListener('input', onInput);
    return () => {
      element.removeEventListener('input', onInput);
      element.replaceChildren();
    };
    // The widget owns its input once created; re-creating it on every render would lose what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, error]);

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint ?? 'Type part of the name or the GSS code, then choose'} error={error} />
      <div ref={container} />
      <input type="hidden" name={name} value={gssCode} />
    </div>
  );
}
