import { useState, type FormEvent } from 'react';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput, type Choice } from '@/components/ui/form-fields';
import { Table } from '@/components/ui/table';
import { ApiError, fieldErrorsFor, isApiError } from '@/lib/api/problem';
import { formatDays, formatMoney } from '@/lib/format-number';

import { usePeerSuggestions, type Candidate } from '../api/get-peer-suggestions';
import { usePeers, type Peer } from '../api/get-peers';
import { useTeam, type TeamMember } from '../api/get-team';
import { useAddTeamMember, useRemoveTeamMember, useUpdateTeamMember } from '../api/team-members';
import { peerKindLabel, politicalGroupLabel, TEAM_ROLES, type TeamRole } from '../lib/reference-data';

const ADD_FIELDS = {
  peerId: { id: 'peerId', label: 'Peer' },
  role: { id: 'role', label: 'Role' },
  days: { id: 'days', label: 'Days' },
};
const CHANGE_FIELDS = {
  role: { id: 'change-role', label: 'Role' },
  days: { id: 'change-days', label: 'Days' },
};

/** Days as typed ("4.5") → a number, or a 400-shaped error the form shows like the API's. */
export function parseDays(text: string): number {
  const value = text.trim();
  if (!/^\d+(\.\d)?$/.test(value)) {
    throw new ApiError(400, {
      title: 'Bad Request',
      errors: [{ field: 'days', message: 'must be a number of days in tenths, like 4.5' }],
    });
  }
  return Number(value);
}

function roleFrom(form: FormData): TeamRole | undefined {
  const role = form.get('role');
  return typeof role === 'string' && role ? (role as TeamRole) : undefined;
}

/** "Member peer, Labour, County Durham" */
function describePeer(peer: {
  kind?: string;
  politicalGroup?: string;
  jobTitle?: string;
  homeCouncil?: { name?: string };
}) {
  return [peerKindLabel(peer.kind), peer.politicalGroup ? politicalGroupLabel(peer.politicalGroup) : peer.jobTitle, peer.homeCouncil?.name]
    .filter(Boolean)
    .join(', ');
}

export function candidateChoice(candidate: Candidate): Choice {
  return {
    value: String(candidate.peerId),
    text: candidate.name,
    hint: `${describePeer(candidate)}. ${formatDays(candidate.peerDaysThisFinancialYear)} this year${
      candidate.accredited ? '' : '; not accredited'
    }`,
  };
}

function peerChoice(peer: Peer, days: Map<number, number>): Choice {
  const given = days.get(peer.id);
  return {
    value: String(peer.id),
    text: peer.name,
    hint: `${describePeer(peer)}${given === undefined ? '' : `. ${formatDays(given)} this year`}`,
  };
}

function ChangeMember({
  id,
  member,
  etag,
  busy,
  onDone,
  onReload,
}: {
  id: number;
  member: TeamMember;
  etag: string;
  busy: boolean;
  onDone: () => void;
  onReload: () => void;
}) {
  const update = useUpdateTeamMember(id);
  const [clientError, setClientError] = useState<unknown>(null);
  const error = clientError ?? update.error;
  const errors = fieldErrorsFor(error, CHANGE_FIELDS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.reset();
    setClientError(null);
    let days: number;
    try {
      days = parseDays(String(form.get('days') ?? ''));
    } catch (dayError) {
      setClientError(dayError);
      return;
    }
    update.mutate(
      { peerId: member.peerId, etag, body: { role: roleFrom(form) as TeamRole, days } },
      { onSuccess: onDone },
    );
  };
  const name = member.name ?? `Peer ${member.peerId}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Change ${name}`}>
      <h3 className="govuk-heading-s">Change {name}</h3>
      {error ? <SaveProblem error={error} fields={CHANGE_FIELDS} reloadText="Reload the peer challenge" onReload={onReload} /> : null}
      <Select
        id="change-role"
        name="role"
        label="Role"
        options={TEAM_ROLES}
        defaultValue={member.role}
        error={errors.role}
      />
      <TextInput
        id="change-days"
        name="days"
        label="Days"
        hint="In tenths of a day, for example 4.5"
        inputMode="decimal"
        className="govuk-input--width-5"
        defaultValue={String(member.days)}
        error={errors.days}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={busy || update.isPending}>
          Save changes
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function AddMember({ id, busy }: { id: number; busy: boolean }) {
  const [search, setSearch] = useState('');
  const suggestions = usePeerSuggestions(id);
  const peers = usePeers(search);
  const add = useAddTeamMember(id);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const error = clientError ?? add.error;
  const errors = fieldErrorsFor(error, ADD_FIELDS);

  const days = new Map((suggestions.data?.items ?? []).map((c) => [c.peerId, c.peerDaysThisFinancialYear]));
  const choices: Choice[] = search
    ? (peers.data?.items ?? []).map((peer) => peerChoice(peer, days))
    : (suggestions.data?.items ?? []).map(candidateChoice);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('peer-search') ?? '').trim());
  };

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const peerId = Number(data.get('peerId'));
    setClientError(null);
    add.reset();
    const problems = [];
    if (!peerId) problems.push({ field: 'peerId', message: 'Select a peer to add to the team' });
    if (!roleFrom(data)) problems.push({ field: 'role', message: 'Select the peer’s role on the team' });
    let parsedDays: number | undefined;
    try {
      parsedDays = parseDays(String(data.get('days') ?? ''));
    } catch (dayError) {
      problems.push(...(isApiError(dayError) ? dayError.errors : []));
    }
    if (problems.length > 0 || parsedDays === undefined) {
      setClientError(new ApiError(400, { title: 'Bad Request', errors: problems }));
      return;
    }
    add.mutate({ peerId, role: roleFrom(data) as TeamRole, days: parsedDays }, { onSuccess: () => form.reset() });
  };

  const suggestionsUnavailable = isApiError(suggestions.error, 409);
  const legend = search ? `Peers matching “${search}”` : 'Suggested peers';

  return (
    <section aria-labelledby="add-peer-heading">
      <h3 className="govuk-heading-m" id="add-peer-heading">
        Add a peer to the team
      </h3>
      {error ? <ProblemSummary error={error} fields={ADD_FIELDS} /> : null}
      <p className="govuk-body">
        Suggestions leave out peers from the council, its county or districts and its combined authority neighbours;
        the kind of peer the team is short of comes first, then those with fewest peer days this year.
      </p>
      <form onSubmit={onSearch} noValidate role="search" aria-label="Peer search">
        <TextInput
          id="peer-search"
          name="peer-search"
          type="search"
          label="Find a peer by name"
          hint="Leave empty to see the suggestions"
          className="govuk-input--width-20"
          defaultValue={search}
        />
        <Button type="submit" variant="secondary">
          Find peers
        </Button>
      </form>
      <form onSubmit={onAdd} noValidate aria-label="Add a peer to the team">
        {suggestionsUnavailable && !search ? (
          <p className="govuk-body">No suggestions: the visit has happened. Find a peer by name instead.</p>
        ) : (suggestions.isPending && !search) || (search && peers.isPending) ? (
          <p className="govuk-body" role="status">
            Loading peers…
          </p>
        ) : choices.length === 0 ? (
          <p className="govuk-body" data-testid="no-peers">
            {search ? `No active peers match “${search}”.` : 'There are no suggestions.'}
          </p>
        ) : (
          <Radios
            key={`${search}-${choices.map((c) => c.value).join(',')}`}
            id="peerId"
            name="peerId"
            label={legend}
            options={choices}
            small
            error={errors.peerId}
          />
        )}
        <Select
          id="role"
          name="role"
          label="Role"
          options={[{ value: '', text: 'Choose a role' }, ...TEAM_ROLES]}
          defaultValue=""
          error={errors.role}
        />
        <TextInput
          id="days"
          name="days"
          label="Days"
          hint="In tenths of a day, for example 4.5"
          inputMode="decimal"
          className="govuk-input--width-5"
          error={errors.days}
        />
        <Button type="submit" disabled={busy || add.isPending}>
          Add to team
        </Button>
      </form>
    </section>
  );
}

/** The team: who, in what role, for how many days; staff can add, change and remove peers. */
export function TeamSection({
  id,
  canManage,
  canAdd,
}: {
  id: number;
  canManage: boolean;
  /** Peers can be suggested and added while the challenge is planned. */
  canAdd: boolean;
}) {
  const team = useTeam(id);
  const remove = useRemoveTeamMember(id);
  const [changing, setChanging] = useState<number | null>(null);
  const members = team.data?.data.members ?? [];
  const etag = team.data?.etag ?? '';
  const busy = team.isFetching;
  const changingMember = members.find((member) => member.peerId === changing);
  const reload = () => {
    remove.reset();
    void team.refetch();
  };

  return (
    <section aria-labelledby="team-heading" data-testid="team" aria-busy={busy}>
      <h2 className="govuk-heading-l" id="team-heading">
        Team
      </h2>
      {team.error ? <ProblemSummary error={team.error} /> : null}
      {remove.error ? <SaveProblem error={remove.error} reloadText="Reload the peer challenge" onReload={reload} /> : null}
      {team.isPending ? (
        <p className="govuk-body" role="status">
          Loading the team…
        </p>
      ) : members.length === 0 ? (
        <p className="govuk-body">No peers are on the team yet.</p>
      ) : (
        <>
          <Table
            caption="Peers on the team"
            captionSize="hidden"
            rows={members}
            rowKey={(member) => member.peerId}
            columns={[
              { header: 'Name', rowHeader: true, cell: (member) => member.name ?? `Peer ${member.peerId}` },
              { header: 'Peer', cell: (member) => describePeer(member) },
              { header: 'Role', cell: (member) => member.roleLabel },
              { header: 'Days', numeric: true, cell: (member) => formatDays(member.days) },
              ...(canManage
                ? [
                    {
                      header: 'Actions',
                      cell: (member: TeamMember) => (
                        <div className="govuk-button-group app-button-group--inline">
                          <Button
                            variant="secondary"
                            className="govuk-!-margin-bottom-0"
                            onClick={() => setChanging(member.peerId)}
                          >
                            Change<span className="govuk-visually-hidden"> {member.name}</span>
                          </Button>
                          <Button
                            variant="warning"
                            className="govuk-!-margin-bottom-0"
                            disabled={busy || remove.isPending}
                            onClick={() => remove.mutate({ peerId: member.peerId, etag })}
                          >
                            Remove<span className="govuk-visually-hidden"> {member.name}</span>
                          </Button>
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <p className="govuk-body" data-testid="team-totals">
            {formatDays(team.data?.data.totalPeerDays ?? 0)} in total, saving the council an estimated{' '}
            {formatMoney(team.data?.data.estimatedSaving ?? 0)}.
          </p>
        </>
      )}
      {canManage && changingMember ? (
        <ChangeMember
          key={changingMember.peerId}
          id={id}
          member={changingMember}
          etag={etag}
          busy={busy}
          onDone={() => setChanging(null)}
          onReload={reload}
        />
      ) : null}
      {canManage && canAdd ? <AddMember id={id} busy={busy} /> : null}
    </section>
  );
}
