import { useState } from 'react';

import { SaveProblem } from '@/components/errors/save-problem';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/form-fields';
import type { Versioned } from '@/lib/api/etag';

import type { PeerChallenge } from '../api/get-peer-challenges';
import { useTransitionPeerChallenge } from '../api/save-peer-challenge';
import { isoToday } from '@/lib/financial-year';
import { allowedTransitions, takesDate, transitionAction } from '../lib/lifecycle';
import type { PeerChallengeStatus } from '../lib/reference-data';

const DATE_FIELD = { date: { id: 'transition-date', label: 'Publication date' } };

/** One button per move the challenge may make next; publishing moves take the publication date. */
export function StatusActions({
  challenge,
  busy,
  onReload,
}: {
  challenge: Versioned<PeerChallenge>;
  /** The challenge is being read again: wait for its new ETag. */
  busy: boolean;
  onReload: () => void;
}) {
  const transition = useTransitionPeerChallenge(challenge.data.id);
  const [date, setDate] = useState(isoToday());
  const moves = allowedTransitions(challenge.data);
  const dated = moves.find(takesDate);

  if (moves.length === 0) {
    return <p className="govuk-body">This peer challenge has no further status to move to.</p>;
  }

  const move = (to: PeerChallengeStatus) =>
    transition.mutate({
      etag: challenge.etag,
      body: takesDate(to) ? { to, date: date || undefined } : { to },
    });

  return (
    <div data-testid="status-actions">
      {transition.error ? (
        <SaveProblem
          reloadText="Reload the peer challenge"
          error={transition.error}
          fields={DATE_FIELD}
          onReload={() => {
            transition.reset();
            onReload();
          }}
        />
      ) : null}
      {dated ? (
        <TextInput
          id="transition-date"
          name="date"
          type="date"
          className="govuk-input--width-10"
          label={dated === 'report-published' ? 'Report publication date' : 'Action plan publication date'}
          hint="The day it was published on the council’s website"
          defaultValue={date}
          onChange={setDate}
        />
      ) : null}
      <div className="govuk-button-group">
        {moves.map((to) => (
          <Button
            key={to}
            variant={to === 'cancelled' ? 'warning' : 'primary'}
            disabled={busy || transition.isPending}
            aria-disabled={busy || transition.isPending}
            onClick={() => move(to)}
          >
            {transitionAction(to)}
          </Button>
        ))}
      </div>
    </div>
  );
}
