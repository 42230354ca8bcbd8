-- `make bench-data`: ten years of the programme (2016-17 to 2025-26) at its real scale, for every benchmark.
-- Deterministic: every "random" choice is a hash of a label and a row number (u() below), so two runs build the
-- same rows with the same ids. Runs in one transaction on a freshly migrated database with no demo data.
--   all current English councils; 1,500 peers; 1,000 peer challenges (a quarter CPC progress reviews) with
--   ~5,000 team members; 5,000 events with 300,000 attendances; 300 cohorts with 9,000 enrolments;
--   3,000 support engagements; 1,000,000 survey responses (events, challenges, cohorts and engagements).
\set ON_ERROR_STOP on
begin;

-- A uniform number in [0, 1) from a label and a row number: the first 32 bits of their MD5.
create function pg_temp.u(label text, i bigint) returns float8 language sql immutable as
$$ select ('x' || substr(md5(label || ':' || i), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- An integer in [0, n).
create function pg_temp.pick(label text, i bigint, n int) returns int language sql immutable as
$$ select floor(pg_temp.u(label, i) * n)::int $$;

-- The councils that take part: today's English councils, numbered 0..n-1 in GSS order.
create temporary table bench_council as
select row_number() over (order by gss_code) - 1 as n, gss_code, region
from council
where nation = 'england' and end_date is null and type not in ('combined-authority', 'strategic-authority');
create unique index on bench_council (n);

create temporary table bench_programme as
select row_number() over (order by id) - 1 as n, id, delivering_organisation_id as organisation_id
from programme where id not in ('corporate-peer-challenge', 'ngdp', 'ngdp-finance', 'pathways-to-planning');
create unique index on bench_programme (n);

-- Peers: two thirds councillors, a third officers; self-reported diversity for four in five.
insert into peer (id, kind, name, email, job_title, political_group, home_council_gss_code, accreditation_date,
                  active, sex, ethnic_group)
select i,
       case when i % 3 = 0 then 'officer' else 'member' end,
       'Peer ' || (array['Ada', 'Ben', 'Cara', 'Dev', 'Ella', 'Femi', 'Gita', 'Huw'])[1 + i % 8] || ' '
           || (array['Okafor', 'Hughes', 'Patel', 'Nowak', 'Byrne', 'Singh', 'Evans', 'Clarke', 'Ahmed'])[1 + i % 9]
           || ' ' || i,
       'peer' || i || '@example.org',
       case when i % 3 = 0 then 'Director' end,
       case when i % 3 <> 0 then (array['conservative', 'labour', 'liberal-democrat', 'independent', 'green'])[1 + i % 5] end,
       (select gss_code from bench_council where n = pg_temp.pick('peer-council', i, (select count(*)::int from bench_council))),
       date '2010-01-01' + pg_temp.pick('peer-accredited', i, 5000),
       i % 17 <> 0,
       case when pg_temp.u('peer-sex', i) < 0.8 then (array['female', 'male'])[1 + pg_temp.pick('peer-sex-v', i, 2)] end,
       case when pg_temp.u('peer-eth', i) < 0.8 then (array['white', 'white', 'white', 'asian', 'black', 'mixed', 'other'])[1 + pg_temp.pick('peer-eth-v', i, 7)] end
from generate_series(1, 1500) i;

-- Peer challenges: 750 first visits (CPC, FPC, GPC and the themed ones) then 250 CPC progress reviews of CPCs.
insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date, on_site_end_date,
                            peer_challenge_manager, report_published_date, action_plan_published_date, notes)
select i, type, council, status, start - 90, start, start + 3,
       'Manager ' || (1 + i % 12),
       case when status in ('report-published', 'action-plan-published') then start + 3 + publish_after end,
       case when status = 'action-plan-published' then start + 3 + publish_after + 20 end,
       case when i % 10 = 0 then 'Scope agreed with the chief executive.' end
from (
    select i,
           (array['cpc', 'cpc', 'cpc', 'cpc', 'cpc', 'cpc', 'fpc', 'gpc', 'communications', 'send'])[1 + i % 10] as type,
           (select gss_code from bench_council where n = (i * 37) % (select count(*)::int from bench_council)) as council,
           date '2016-04-11' + (i * 3650 / 750) + pg_temp.pick('pc-day', i, 5) as start,
           20 + pg_temp.pick('pc-publish', i, 160) as publish_after,
           case when i > 735 then 'scheduled' when i % 25 = 0 then 'report-published' else 'action-plan-published' end as status
    from generate_series(1, 750) i
) c;

-- Progress reviews: about a year after a published CPC, for the first 250 CPCs that have one.
insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date, on_site_end_date,
                            peer_challenge_manager, report_published_date, follows_up_id)
select 750 + row_number() over (order by pc.id), 'cpc-progress-review', pc.council_gss_code, 'report-published',
       pc.on_site_end_date + 300, pc.on_site_end_date + 365, pc.on_site_end_date + 366,
       pc.peer_challenge_manager, pc.on_site_end_date + 400, pc.id
from peer_challenge pc
where pc.type = 'cpc' and pc.status = 'action-plan-published' and pc.on_site_end_date + 400 < date '2026-03-31'
order by pc.id
limit 250;

insert into peer_challenge_focus_area (peer_challenge_id, focus_area)
select pc.id, f.area
from peer_challenge pc
cross join unnest(array['local-priorities-and-outcomes', 'governance-and-culture', 'organisational-and-place-leadership',
                        'financial-planning-and-management', 'capacity-for-improvement']) f(area)
where pc.type = 'cpc';

-- Teams of five (three for a progress review): a lead member peer, member peers, officer peers and a shadow.
insert into peer_challenge_team_member (peer_challenge_id, peer_id, role, days)
select pc.id, p.peer,
       case p.slot when 0 then 'lead-member-peer' when 4 then 'shadow-peer'
                   else case when p.peer % 3 = 0 then 'officer-peer' else 'member-peer' end end,
       case when pc.type = 'cpc-progress-review' then 2 else 4 + (p.slot % 2) end
from peer_challenge pc
cross join lateral (
    select slot, 1 + ((pc.id * 53 + slot * 301) % 1500) as peer
    from generate_series(0, case when pc.type = 'cpc-progress-review' then 2 else 4 end) slot
) p;

-- Events: 5,000 over the ten years across the programmes, each delivered by its programme's organisation.
insert into event (id, programme_id, title, type, format, start_date, end_date, region, venue, capacity,
                   organisation_id, external_id)
select i, p.id, initcap(replace(p.id, '-', ' ')) || ' session ' || i,
       (array['masterclass', 'webinar', 'roundtable', 'conference', 'training-course', 'leadership-weekender',
              'network-meeting'])[1 + i % 7],
       fmt, start, start + (i % 3 = 0)::int,
       case when fmt <> 'online' then (select region from bench_council where n = i % (select count(*)::int from bench_council)) end,
       case when fmt <> 'online' then 'Venue ' || (1 + i % 40) end,
       80,
       p.organisation_id,
       case when p.organisation_id <> 'lga' then 'bench-event-' || i end
from (
    select i, date '2016-04-04' + (i * 3650 / 5000) as start,
           (array['in-person', 'online', 'hybrid'])[1 + pg_temp.pick('event-format', i, 3)] as fmt,
           pg_temp.pick('event-programme', i, (select count(*)::int from bench_programme)) as programme
    from generate_series(1, 5000) i
) e
join bench_programme p on p.n = e.programme;

-- 60 attendances an event from a pool of 60,000 people (so many attend more than once); one in seven booked
-- but did not come. Keys are HMAC-like 64-hex pseudonyms, as partners push them.
insert into attendance (event_id, council_gss_code, attendee_role, attendee_key, attended, organisation_id, external_id)
select e.id, c.gss_code,
       (array['councillor', 'councillor', 'officer', 'officer', 'chief-executive', 'other'])[1 + person % 6],
       encode(sha256(('attendee-' || person)::bytea), 'hex'),
       (e.id + slot) % 7 <> 0,
       e.organisation_id,
       case when e.organisation_id <> 'lga' then 'bench-att-' || e.id || '-' || slot end
from event e
cross join generate_series(1, 60) slot
cross join lateral (select ((e.id * 7 + slot * 1009) % 60000) as person) p
join bench_council c on c.n = p.person % (select count(*)::int from bench_council);

-- Cohorts: 30 a year on the cohort programmes, 30 enrolments each.
insert into cohort (id, programme_id, name, financial_year, start_date, end_date, organisation_id, external_id)
select i, p.id, initcap(replace(p.id, '-', ' ')) || ' cohort ' || i, 2016 + (i - 1) / 30,
       make_date(2016 + (i - 1) / 30, 5, 1) + (i % 30) * 7, make_date(2017 + (i - 1) / 30, 3, 1),
       p.delivering_organisation_id,
       case when p.delivering_organisation_id <> 'lga' then 'bench-cohort-' || i end
from generate_series(1, 300) i
join programme p on p.id = (array['leadership-academy', 'next-generation', 'springboard', 'amplify', 'ignite',
                                  'total-leadership', 'ngdp', 'boosting-middle-leaders'])[1 + i % 8];

insert into enrolment (cohort_id, participant_key, council_gss_code, participant_role, status, sex, ethnic_group,
                       disability, organisation_id, external_id)
select co.id, encode(sha256(('attendee-' || person)::bytea), 'hex'), c.gss_code,
       case when co.programme_id in ('leadership-academy', 'next-generation') then 'councillor'
            when co.programme_id = 'ignite' then 'chief-executive' else 'officer' end,
       (array['completed', 'completed', 'completed', 'enrolled', 'withdrawn'])[1 + (co.id + slot) % 5],
       (array['female', 'male', 'female', 'male', 'prefer-not-to-say'])[1 + person % 5],
       (array['white', 'white', 'asian', 'black', 'mixed', 'other'])[1 + person % 6],
       (array['no', 'no', 'no', 'yes', 'prefer-not-to-say'])[1 + person % 5],
       co.organisation_id,
       case when co.organisation_id <> 'lga' then 'bench-enrolment-' || co.id || '-' || slot end
from cohort co
cross join generate_series(1, 30) slot
cross join lateral (select ((co.id * 11 + slot * 2003) % 60000) as person) p
join bench_council c on c.n = p.person % (select count(*)::int from bench_council);

insert into support_engagement (id, programme_id, council_gss_code, type, start_date, end_date, days_delivered,
                                lead_adviser, organisation_id, external_id)
select i, p.id, c.gss_code, p.type, start, start + 120, 2 + pg_temp.pick('se-days', i, 20),
       'Adviser ' || (1 + i % 30), p.organisation_id,
       case when p.organisation_id <> 'lga' then 'bench-se-' || i end
from generate_series(1, 3000) i
cross join lateral (select date '2016-04-01' + (i * 3650 / 3000) as start) s
join (values (0, 'mentoring', 'mentoring', 'lga'), (1, 'targeted-finance-support', 'targeted-finance-support', 'lga'),
             (2, 'workforce-support', 'targeted-workforce-support', 'lga'),
             (3, 'post-election-support', 'post-election-support', 'lga'),
             (4, 'top-team-development', 'top-team-development', 'leadership-centre'),
             (5, 'governance-and-scrutiny', 'other', 'cfgs')) p(n, id, type, organisation_id) on p.n = i % 6
join bench_council c on c.n = (i * 13) % (select count(*)::int from bench_council);

-- Survey responses: 1,000,000 in all. 160 an event (800,000), 50 a peer challenge, 300 a cohort (90,000) and
-- 20 an engagement (60,000). Satisfaction unanswered for one in ten; a comment on one in five, some of which
-- carry an e-mail address, a phone number, a postcode or a peer's name for the redactor to find.
create temporary table bench_subject as
select 'event' as kind, id, start_date + 2 as submitted, organisation_id, 160 as responses from event
union all
select 'peer-challenge', id, coalesce(on_site_end_date, on_site_start_date) + 14, 'lga', 50 from peer_challenge
union all
select 'cohort', id, end_date, organisation_id, 300 from cohort
union all
select 'support-engagement', id, end_date, organisation_id, 20 from support_engagement;

insert into survey_response (event_id, peer_challenge_id, support_engagement_id, cohort_id, respondent_role,
                             council_gss_code, satisfaction, positive_impact, increased_confidence, would_recommend,
                             comment, submitted_date, organisation_id, external_id)
select case when s.kind = 'event' then s.id end,
       case when s.kind = 'peer-challenge' then s.id end,
       case when s.kind = 'support-engagement' then s.id end,
       case when s.kind = 'cohort' then s.id end,
       (array['councillor', 'councillor', 'officer', 'officer', 'chief-executive', 'other'])[1 + r.h % 6],
       c.gss_code,
       case when r.h % 10 <> 0 then (array[5, 5, 5, 4, 4, 4, 4, 3, 2, 1])[1 + (r.h / 10) % 10] end,
       (array['yes', 'yes', 'yes', 'yes', 'no', 'not-answered'])[1 + (r.h / 7) % 6],
       (array['yes', 'yes', 'yes', 'no', 'not-answered'])[1 + (r.h / 11) % 5],
       (array['yes', 'yes', 'yes', 'yes', 'no', 'not-answered'])[1 + (r.h / 13) % 6],
       case (r.h / 17) % 25
           when 0 then 'Really useful, thank you. Please send the slides to me at delegate' || r.h % 997 || '@example.gov.uk'
           when 1 then 'Helpful speakers; call me on 020 7946 0' || lpad((r.h % 1000)::text, 3, '0') || ' about the follow-up.'
           when 2 then 'The venue near LS1 4AP was hard to reach but the content was excellent.'
           when 3 then 'Peer Ada Okafor ' || (1 + r.h % 1500) || ' was an outstanding facilitator.'
           when 4 then 'Good session, though it ran over time.'
       end,
       s.submitted, s.organisation_id,
       case when s.organisation_id <> 'lga' then 'bench-sr-' || s.kind || '-' || s.id || '-' || r.slot end
from bench_subject s
cross join generate_series(1, s.responses) r0(slot)
cross join lateral (select r0.slot, abs(hashtext(s.kind || s.id || ':' || r0.slot)) as h) r
join bench_council c on c.n = r.h % (select count(*)::int from bench_council);

-- Deliverables with targets for each year, for the report benchmark.
insert into deliverable (programme_id, financial_year, statement, target_value, target_unit, metric_key)
select p.id, y, p.statement, p.target, p.unit, p.metric_key
from generate_series(2016, 2025) y
cross join (values
    ('corporate-peer-challenge', 'Councils engaged in a corporate, finance or governance peer challenge', 70, 'count', 'councils-engaged-in-cpc-fpc-gpc'),
    ('corporate-peer-challenge', 'Per cent of reports published within five months', 100, 'per-cent', 'peer-challenge-reports-published-within-5-months'),
    ('leadership-academy', 'Delegates satisfied with leadership programmes', 90, 'per-cent', 'leadership-delegates-satisfied')
) p(id, statement, target, unit, metric_key);

-- Identity columns continue after the explicit ids above.
\o /dev/null
select setval(pg_get_serial_sequence('peer', 'id'), (select max(id) from peer));
select setval(pg_get_serial_sequence('peer_challenge', 'id'), (select max(id) from peer_challenge));
select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
select setval(pg_get_serial_sequence('cohort', 'id'), (select max(id) from cohort));
select setval(pg_get_serial_sequence('support_engagement', 'id'), (select max(id) from support_engagement));
\o

commit;
vacuum analyze;
