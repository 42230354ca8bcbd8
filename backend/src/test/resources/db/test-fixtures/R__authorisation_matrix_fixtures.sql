-- Records the authorisation matrix reads (ids far above anything the identity columns hand out in a test run).
-- Tests must not change these; they make their own data.
insert into peer (id, kind, name, political_group, home_council_gss_code, accreditation_date, active)
values (900001, 'member', 'Matrix Fixture Peer', 'independent', 'E06000047', '2020-01-15', true)
on conflict (id) do nothing;

insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date, on_site_end_date)
values (900001, 'cpc', 'E07000223', 'scheduled', '2030-01-06', '2030-06-10', '2030-06-13')
on conflict (id) do nothing;

insert into peer_challenge_team_member (peer_challenge_id, peer_id, role, days)
values (900001, 900001, 'lead-member-peer', 4.0)
on conflict (peer_challenge_id, peer_id) do nothing;

-- A support engagement owned by Solace (the matrix's partner), so a partner's single read is allowed.
insert into support_engagement (id, programme_id, council_gss_code, type, start_date, days_delivered, lead_adviser,
                                organisation_id, external_id)
values (900001, 'springboard', 'E07000223', 'mentoring', '2030-05-01', 2.5, 'Matrix Fixture Adviser', 'solace',
        'matrix-fixture-900001')
on conflict (id) do nothing;

-- A Solace cohort with one enrolment: the Solace partner reads it, the ADASS partner gets 404.
insert into cohort (id, programme_id, name, financial_year, start_date, end_date, organisation_id)
values (900001, 'springboard', 'Matrix Fixture Cohort', 2030, '2030-09-02', '2031-03-28', 'solace')
on conflict (id) do nothing;

insert into enrolment (id, cohort_id, participant_key, council_gss_code, participant_role, status, organisation_id)
values (900001, 900001, 'par-matrixfixture', 'E06000047', 'officer', 'enrolled', 'solace')
on conflict (id) do nothing;

-- An event of Solace's (so the Solace partner reads it) with one booking.
insert into event (id, programme_id, title, type, format, start_date, end_date, region, capacity, organisation_id)
values (900001, 'springboard', 'Matrix Fixture Springboard Masterclass', 'masterclass', 'in-person', '2030-05-14',
        '2030-05-14', 'london', 20, 'solace')
on conflict (id) do nothing;

insert into attendance (id, event_id, council_gss_code, attendee_role, attendee_key, attended, organisation_id)
values (900001, 900001, 'E06000047', 'officer', 'matrix-fixture-key', true, 'solace')
on conflict (id) do nothing;

-- A Solace survey response about that event, so that the Solace partner reads it and every other partner gets a 404.
insert into survey_response (id, event_id, respondent_role, council_gss_code, satisfaction, positive_impact,
                             increased_confidence, would_recommend, submitted_date, organisation_id)
values (900001, 900001, 'officer', 'E06000047', 5, 'yes', 'yes', 'not-answered', '2030-06-11', 'solace')
on conflict (id) do nothing;

-- A programme that starts far in the future (so it runs in no year other tests look at), with one deliverable.
insert into programme (id, name, theme, funder, delivering_organisation_id, audience, active_from_year, description)
values ('matrix-fixture-programme', 'Matrix Fixture Programme', 'research-and-data', 'other', 'lga', 'officers', 2030,
        'Fixed record for the authorisation matrix.')
on conflict (id) do nothing;

insert into deliverable (id, programme_id, financial_year, statement, target_value, target_unit, metric_key)
values (900001, 'matrix-fixture-programme', 2030, 'Matrix fixture target', 10, 'count', 'matrix-fixture-metric')
on conflict (id) do nothing;

insert into import_job (id, dataset, organisation_id, client_id, status, dry_run, mode, content_type, body_sha256,
    body_bytes, received, completed_at)
values (900001, 'events', 'solace', 'solace-partner', 'completed', false, 'all-or-nothing', 'application/x-ndjson',
    repeat('0', 64), 0, 0, now())
on conflict (id) do nothing;
