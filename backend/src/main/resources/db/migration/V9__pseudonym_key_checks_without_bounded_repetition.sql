-- The same rule for pseudonymous keys (a letter or digit, then 2 to 63 of letters, digits and . _ : -), written
-- without the bounded repetition `{2,63}`: PostgreSQL's regular expression engine expands it into a large automaton,
-- and checking it cost about 55 µs a row, more than half of a bulk insert of attendances (bench/README.md).
-- A length test and an unbounded `*` accept exactly the same strings, at about 2 µs a row.
alter table attendance
    drop constraint attendance_attendee_key_check,
    add constraint attendance_attendee_key_check
        check (attendee_key ~ '^[A-Za-z0-9][A-Za-z0-9._:-]*$' and length(attendee_key) between 3 and 64);

alter table enrolment
    drop constraint enrolment_participant_key_check,
    add constraint enrolment_participant_key_check
        check (participant_key ~ '^[A-Za-z0-9][A-Za-z0-9._:-]*$' and length(participant_key) between 3 and 64);
