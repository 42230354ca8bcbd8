#!/usr/bin/env python3
"""Deterministic attendance rows for the import benchmark (bench/import.sh).

  generate_attendances.py ndjson ROWS EVENT_EXTERNAL_ID > attendances.ndjson
  generate_attendances.py csv ROWS EVENT_ID ORGANISATION > attendances.csv

Both write the same rows: row i has external id att-<i>, a council, role and attended cycling with i, and
the attendee key HMAC-SHA-256 (hex) of the synthetic address attendee-<i>@example.org under a fixed key, as
docs/partner-integration.md says partners derive it. The CSV has the attendance table's columns, in the order
of the scratch table COPY loads (event_id, council_gss_code, attendee_role, attendee_key, attended,
organisation_id, external_id), with the event's id in our database instead of the partner's external id.
"""
import hashlib
import hmac
import sys

KEY = b"bench-key-issued-by-the-lga"
# Current English councils of four kinds: unitary, metropolitan district, London borough, district.
COUNCILS = ("E06000047", "E08000021", "E09000033", "E07000079")
ROLES = ("officer", "councillor", "chief-executive", "other")


def rows(count):
    for i in range(1, count + 1):
        email = f"attendee-{i}@example.org"
        key = hmac.new(KEY, email.encode(), hashlib.sha256).hexdigest()
        # 7 and 5 are prime to 4: every council meets every role, and about 1 in 7 booked but did not come.
        yield (f"att-{i:06d}", COUNCILS[i % 4], ROLES[(i // 7) % 4], i % 7 != 0, key)


def main(argv):
    kind, count = argv[1], int(argv[2])
    out = sys.stdout
    if kind == "ndjson":
        event = argv[3]
        for external_id, council, role, attended, key in rows(count):
            out.write('{"externalId":"%s","eventExternalId":"%s","council":"%s","attendeeRole":"%s",'
                      '"attended":%s,"attendeeKey":"%s"}\n'
                      % (external_id, event, council, role, "true" if attended else "false", key))
    elif kind == "csv":
        event_id, organisation = argv[3], argv[4]
        for external_id, council, role, attended, key in rows(count):
            out.write("%s,%s,%s,%s,%s,%s,%s\n"
                      % (event_id, council, role, key, "t" if attended else "f", organisation, external_id))
    else:
        sys.exit("usage: generate_attendances.py ndjson ROWS EVENT_EXTERNAL_ID | csv ROWS EVENT_ID ORGANISATION")


if __name__ == "__main__":
    main(sys.argv)
