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

-- A Solace cohort with one enrolment: the Solace partner reads it, the ADASS partner gets 404.
insert into cohort (id, programme_id, name, financial_year, start_date, end_date, organisation_id)
values (900001, 'springboard', 'Matrix Fixture Cohort', 2030, '2030-09-02', '2031-03-28', 'solace')
on conflict (id) do nothing;

insert into enrolment (id, cohort_id, participant_key, council_gss_code, participant_role, status, organisation_id)
values (900001, 900001, 'par-matrixfixture', 'E06000047', 'officer', 'enrolled', 'solace')
on conflict (id) do nothing;
