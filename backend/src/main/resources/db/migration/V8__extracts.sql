-- Analyst extracts: every record's last change time, set by the database (the writing transaction's start), and a
-- tombstone for every deleted record, so that "changed since" pulls see creates, changes and deletes alike.
--
-- `updated_at` is the transaction's start time (now()), whatever the application sent: an extract's watermark is
-- taken as the start of the oldest write transaction still open, so a row committed after a pull began always has
-- `updated_at` at or after that pull's watermark and is in the next pull.

alter table peer add column updated_at timestamptz not null default now();
alter table peer_challenge add column updated_at timestamptz not null default now();
alter table peer_challenge_team_member add column updated_at timestamptz not null default now();
alter table import_job add column updated_at timestamptz not null default now();

create function touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

create table deleted_record (
    dataset    text        not null,
    record_id  text        not null,
    deleted_at timestamptz not null default now()
);
create index deleted_record_dataset_idx on deleted_record (dataset, deleted_at);

create function record_deletion() returns trigger language plpgsql as $$
begin
    insert into deleted_record (dataset, record_id) values (tg_argv[0], old.id::text);
    return old;
end
$$;

do $$
declare
    tracked text[][] := array[
        ['programme', 'programmes'], ['deliverable', 'deliverables'], ['peer', 'peers'],
        ['peer_challenge', 'peer-challenges'], ['peer_challenge_team_member', 'peer-team-roles'],
        ['event', 'events'], ['attendance', 'attendances'], ['cohort', 'cohorts'], ['enrolment', 'enrolments'],
        ['support_engagement', 'support-engagements'], ['survey_response', 'survey-responses'],
        ['import_job', 'imports']];
    i integer;
begin
    for i in 1 .. array_length(tracked, 1) loop
        execute format('create trigger %1$s_touch before insert or update on %1$I for each row '
            || 'execute function touch_updated_at()', tracked[i][1]);
        execute format('create trigger %1$s_deletion after delete on %1$I for each row '
            || 'execute function record_deletion(%2$L)', tracked[i][1], tracked[i][2]);
        execute format('create index %1$s_updated_idx on %1$I (updated_at)', tracked[i][1]);
    end loop;
end
$$;
