import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { SaveProblem } from '@/components/errors/save-problem';
import { withNotice } from '@/lib/notice';

import { Button } from './button';

type ConfirmDeleteProps = {
  /** The question, naming what goes: "Remove the 2025-26 target “…”? Its change history is kept." */
  children: ReactNode;
  /** "Yes, remove it" */
  confirmText: string;
  /** The failed delete, if any: a refusal (409) as the API explains it, a 412 with `reloadText`. */
  error: unknown;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** After a 412: "Reload the deliverables". */
  reloadText: string;
  onReload: () => void;
  'data-testid'?: string;
};

/**
 * Asks before a delete: a GOV.UK warning text, a warning button to go ahead and one to cancel.
 * Takes focus when shown, so that the question is read out.
 */
export function ConfirmDelete({
  children,
  confirmText,
  error,
  pending,
  onConfirm,
  onCancel,
  reloadText,
  onReload,
  'data-testid': testId,
}: ConfirmDeleteProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-!-margin-bottom-6" data-testid={testId} tabIndex={-1} ref={ref}>
      {error ? <SaveProblem error={error} reloadText={reloadText} onReload={onReload} /> : null}
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {children}
        </strong>
      </div>
      <div className="govuk-button-group">
        <Button variant="warning" disabled={pending} onClick={onConfirm}>
          {confirmText}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

type DeleteRecordProps = {
  /** "event": the button reads "Delete event", the reload after a 412 "Reload the event". */
  noun: string;
  /** The question, naming what goes: "Delete the event “…” and its 2 attendance records? …". */
  children: ReactNode;
  /** The record's delete, given the ETag of the last read as If-Match. */
  mutation: Pick<UseMutationResult<unknown, Error, string>, 'mutate' | 'error' | 'isPending' | 'reset'>;
  /** The ETag of the last read of the record. */
  etag: string;
  /** Reads the record again (after a 412). */
  onReload: () => void;
  /** Once deleted: the page to go to ("/events") and the success banner it shows. */
  done: { to: string; notice: string };
};

/**
 * A record page's "Delete …" warning button: asks first (ConfirmDelete), then deletes with
 * If-Match and goes to `done.to` with a success banner. A refusal (409) is shown as the API
 * explains it; a 412 says someone else changed the record and offers to read it again.
 */
export function DeleteRecord({ noun, children, mutation, etag, onReload, done }: DeleteRecordProps) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  // Back on the button after "Cancel" or a reload, where the question was.
  const button = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!asking && asked.current) button.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button variant="warning" ref={button} onClick={() => setAsking(true)}>
        Delete {noun}
      </Button>
    );
  }
  const close = () => {
    mutation.reset();
    setAsking(false);
  };
  return (
    <ConfirmDelete
      data-testid="confirm-delete"
      confirmText={`Yes, delete the ${noun}`}
      error={mutation.error}
      pending={mutation.isPending}
      onConfirm={() =>
        mutation.mutate(etag, { onSuccess: () => void navigate(done.to, withNotice(done.notice)) })
      }
      onCancel={close}
      reloadText={`Reload the ${noun}`}
      onReload={() => {
        close();
        onReload();
      }}
    >
      {children}
    </ConfirmDelete>
  );
}
