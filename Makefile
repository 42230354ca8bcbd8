# Sector Support: the two commands are `make run` and `make test` (see README.md).
.PHONY: run stop test fault-test openapi bench-data bench-import bench-extract bench-report load-test help

help:
	@echo "make run      start database, Keycloak, backend and web app with demo data (http://localhost:8080)"
	@echo "make stop     stop what 'make run' started"
	@echo "make test     run every test (backend, web app unit, browser end-to-end)"
	@echo "make fault-test  PostgreSQL, the backend and Keycloak failing under load, on loopback (~6 min; not in make test)"
	@echo "make openapi  regenerate openapi/openapi.yaml from the code"
	@echo "make bench-data    build the benchmarks' dataset: ten years of the programme at real scale (bench/README.md)"
	@echo "make bench-import  benchmark: 100,000 attendance rows pushed through the API vs PostgreSQL COPY"
	@echo "make bench-extract benchmark: 1,000,000 survey responses streamed as NDJSON vs PostgreSQL COPY"
	@echo "make bench-report  benchmark: one year's annual report over bench-data, cold and warm"
	@echo "make load-test     benchmark: wrk load on the main endpoints over bench-data, compared with pgbench"

run:
	@infra/run.sh

stop:
	@infra/stop.sh

test:
	@infra/test.sh

fault-test:
	@infra/fault-test.sh

openapi:
	@bash -c 'source infra/lib/common.sh && maven -q test -Dtest=OpenApiContractTest -Dopenapi.update=true'
	@echo "openapi/openapi.yaml regenerated; review and commit it"

bench-import:
	@bench/import.sh

bench-data:
	@bench/data.sh

bench-extract:
	@bench/extract.sh

bench-report:
	@bench/report.sh

load-test:
	@bench/load.sh
