import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';

import type { PartnerClientCredentials } from '../api/partner-clients';

type SecretPanelProps = {
  credentials: PartnerClientCredentials;
  /** "created": a partner just onboarded; "rotated": a new secret for an existing client. */
  reason: 'created' | 'rotated';
  /** The admin has copied the secret: the panel goes, and the secret with it. */
  onDone: () => void;
};

/**
 * The one time a client secret is shown: a success banner with a warning that it will not be shown again,
 * the client id, the secret in a read-only field (selected on focus, monospaced) with a copy button, and the
 * token URL. Takes focus when shown, so that it is read out.
 */
export function SecretPanel({ credentials, reason, onDone }: SecretPanelProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const secretField = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | undefined>();
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const copy = async () => {
    secretField.current?.select();
    try {
      await navigator.clipboard.writeText(credentials.secret);
      setCopied('yes');
    } catch {
      setCopied('select');
    }
  };

  const organisation = credentials.organisation.name;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="region"
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-testid="secret-panel"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">
          {reason === 'created'
            ? `${organisation} is onboarded: its client secret is below`
            : `New secret issued for ${credentials.clientId}`}
        </h3>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Copy the client secret now and give it to {organisation} securely. It will not be shown again: if it is
            lost, rotate the secret to issue a new one.
            {reason === 'rotated' ? ' The old secret no longer works.' : ''}
          </strong>
        </div>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Client ID</dt>
            <dd className="govuk-summary-list__value">
              <code className="app-secret" data-testid="new-client-id">
                {credentials.clientId}
              </code>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Token URL</dt>
            <dd className="govuk-summary-list__value">
              <code className="app-secret">{credentials.tokenUrl}</code>
            </dd>
          </div>
        </dl>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="partner-client-secret">
            Client secret
          </label>
          <input
            id="partner-client-secret"
            className="govuk-input app-secret"
            type="text"
            readOnly
            value={credentials.secret}
            spellCheck={false}
            autoComplete="off"
            ref={secretField}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <p className="govuk-body" role="status">
          {copied === 'yes' ? 'Secret copied to the clipboard.' : null}
          {copied === 'select' ? 'The secret is selected: copy it with your keyboard or menu.' : null}
        </p>
        <div className="govuk-button-group">
          <Button variant="secondary" onClick={() => void copy()}>
            Copy secret
          </Button>
          <Button onClick={onDone}>I have copied the secret</Button>
        </div>
      </div>
    </div>
  );
}
