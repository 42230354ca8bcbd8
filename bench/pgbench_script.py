"""Turns PostgreSQL's statement log (log_statement = all) of one request into a pgbench script (bench/load.sh).

Reads the log on stdin; writes each statement the backend ran, its parameters bound as literals, one a line, to
stdout. Left out: the benchmark's own psql statements (switching the log on and off, its markers) and any transaction of the
import jobs' sweep (a scheduler that may run in the same instant on another pooled connection).
"""
import re
import sys

STATEMENT = re.compile(r"\b(?:LOG|ERROR):\s+(?:execute [^:]+|statement): (.*)")
PARAMETERS = re.compile(r"\bDETAIL:\s+Parameters: (.*)")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
OURS = re.compile(r"^\s*(alter system|select pg_reload_conf|select 'load-capture-)", re.IGNORECASE)
SWEEP = re.compile(r"\b(import_job|rate_limit_window)\b")

statements = []  # [sql, {n: literal}]
for line in sys.stdin:
    line = line.rstrip("\n")
    if line[:1].isspace() and statements and statements[-1][1] is None:  # a statement's next line
        statements[-1][0] += " " + line.strip()
    elif match := STATEMENT.search(line):
        statements.append([match.group(1), None])
    elif (match := PARAMETERS.search(line)) and statements:
        statements[-1][1] = {int(n): value for n, value in PARAMETER.findall(match.group(1))}

lines = []
for sql, parameters in statements:
    if OURS.match(sql):
        continue
    for n in sorted(parameters or {}, reverse=True):  # $12 before $1
        sql = re.sub(r"\$%d(?!\d)" % n, lambda _: parameters[n], sql)
    lines.append(" ".join(sql.split()).rstrip(";") + ";")

# Group into transactions (BEGIN … COMMIT, or a statement on its own) and drop the sweep's.
transactions, current = [], None
for line in lines:
    if current is not None:
        current.append(line)
        if line.upper() in ("COMMIT;", "ROLLBACK;"):
            transactions.append(current)
            current = None
    elif line.upper() == "BEGIN;":
        current = [line]
    else:
        transactions.append([line])
for transaction in transactions + ([current] if current else []):
    if not any(SWEEP.search(line) for line in transaction):
        print("\n".join(transaction))
