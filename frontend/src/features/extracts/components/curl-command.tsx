import { useState } from 'react';

import { Button } from '@/components/ui/button';

import { FORMATS, type ExtractFormat } from '../lib/reference-data';

/**
 * The curl command for the extract the form describes, in a code block with a copy button, and the format it
 * asks for (the same as the last download, or another).
 */
export function CurlCommand({
  command,
  format,
  onFormat,
  tokenHelpId,
}: {
  command: string;
  format: ExtractFormat;
  onFormat: (format: ExtractFormat) => void;
  /** The id of the section that says how to get a token. */
  tokenHelpId: string;
}) {
  const [copied, setCopied] = useState<{ command: string; ok: boolean }>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied({ command, ok: true });
    } catch {
      setCopied({ command, ok: false });
    }
  };
  // Says "copied" only while the command is the one copied.
  const shown = copied?.command === command ? copied : undefined;

  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Format</legend>
          <div className="govuk-radios govuk-radios--inline govuk-radios--small" data-module="govuk-radios">
            {FORMATS.map((option) => (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={`curl-format-${option.value}`}
                  name="curlFormat"
                  type="radio"
                  value={option.value}
                  checked={format === option.value}
                  onChange={() => onFormat(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`curl-format-${option.value}`}>
                  {option.text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <pre className="app-code-block">
        <code data-testid="curl-command">{command}</code>
      </pre>
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy the command
        </Button>
        <p className="govuk-body" role="status">
          {shown?.ok ? 'Command copied to the clipboard.' : null}
          {shown && !shown.ok ? 'The command could not be copied: select it and copy it with your keyboard or menu.' : null}
        </p>
      </div>
      <p className="govuk-body">
        It needs your access token in <code>$TOKEN</code>: see{' '}
        <a className="govuk-link" href={`#${tokenHelpId}`}>
          how to get a token
        </a>
        . Add <code>-D -</code> to print the response headers, among them the <code>Extract-Watermark</code> to send as{' '}
        <code>updatedSince</code> next time.
      </p>
    </>
  );
}
