-- The programme of a response's subject (its event's, cohort's or support engagement's; none for a peer challenge),
-- kept on the response: the report's survey figures filter on it and its theme for every response of a year, and
-- reading it here instead of joining each response to its subject was a quarter of that work.
alter table survey_response add column subject_programme_id text references programme (id);

update survey_response r set subject_programme_id = e.programme_id from event e where e.id = r.event_id;
update survey_response r set subject_programme_id = c.programme_id from cohort c where c.id = r.cohort_id;
update survey_response r set subject_programme_id = s.programme_id
from support_engagement s where s.id = r.support_engagement_id;

-- Set from the subject on every insert and change of subject. FOR SHARE: a concurrent change of the subject's
-- programme either waits for this response's transaction (and its cascade below then sees the response) or is
-- seen by it.
create function survey_response_subject_programme() returns trigger language plpgsql as $$
begin
    new.subject_programme_id := coalesce(
        (select programme_id from event where id = new.event_id for share),
        (select programme_id from cohort where id = new.cohort_id for share),
        (select programme_id from support_engagement where id = new.support_engagement_id for share));
    return new;
end $$;

create trigger survey_response_subject_programme
    before insert or update of event_id, cohort_id, support_engagement_id on survey_response
    for each row execute function survey_response_subject_programme();

-- A subject moved to another programme takes its responses with it. TG_ARGV[0]: the response's column naming it.
create function survey_response_subject_moved() returns trigger language plpgsql as $$
begin
    execute format('update survey_response set subject_programme_id = $1 where %I = $2', tg_argv[0])
        using new.programme_id, new.id;
    return null;
end $$;

create trigger event_moves_its_survey_responses after update of programme_id on event for each row
    when (old.programme_id is distinct from new.programme_id) execute function survey_response_subject_moved('event_id');
create trigger cohort_moves_its_survey_responses after update of programme_id on cohort for each row
    when (old.programme_id is distinct from new.programme_id) execute function survey_response_subject_moved('cohort_id');
create trigger support_engagement_moves_its_survey_responses after update of programme_id on support_engagement
    for each row when (old.programme_id is distinct from new.programme_id)
    execute function survey_response_subject_moved('support_engagement_id');

create index survey_response_subject_programme_idx on survey_response (subject_programme_id);
