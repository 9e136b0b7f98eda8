# Pacto: two commands on a fresh Debian machine.
#   make run   installs what is missing, builds, and runs Pacto on Fixtures/
#   make test  runs the tests
SWIFT ?= swift
CONFIG ?= release
PACTO = .build/$(CONFIG)/pacto

.PHONY: setup build run test test-postgres leaks kill-rerun kill-rerun-postgres fuzz browser-test api-test load-test clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c $(CONFIG)

# The main job: import the bundled articles into the record, then show the
# pacts timeline it holds.
run: build
	$(PACTO) import --quiet --db pacto.sqlite Fixtures/seeds Fixtures/html
	$(PACTO) pacts --db pacto.sqlite

test: setup
	$(SWIFT) test

# The tests, the store's against a private PostgreSQL server too (installed when missing).
test-postgres: setup
	bash scripts/with-postgres.sh sh -c '$(SWIFT) test && bash scripts/kill-rerun-postgres.sh'

clean:
	rm -rf .build pacto.sqlite pacto.sqlite-wal pacto.sqlite-shm

leaks: setup
	bash scripts/check-leaks.sh

# libFuzzer over reading, extraction and archives: make fuzz FUZZ_SECONDS=600
FUZZ_SECONDS ?= 300
fuzz: setup
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

kill-rerun: setup
	bash scripts/kill-rerun.sh

kill-rerun-postgres: setup
	bash scripts/kill-rerun-postgres.sh

browser-test: setup
	bash scripts/browser-test.sh

# schemathesis (all checks) against the server's /openapi.yaml, at most 5 minutes.
api-test: setup
	bash scripts/api-test.sh

load-test: setup
	bash scripts/load-test.sh --release
