# Pacto: two commands on a fresh Debian machine.
#   make run   installs what is missing, builds, and runs Pacto on Fixtures/
#   make test  runs the tests
SWIFT ?= swift
CONFIG ?= release
PACTO = .build/$(CONFIG)/pacto

.PHONY: setup build run test leaks clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c $(CONFIG)

run: build
	$(PACTO) extract Fixtures/seeds/*.txt $(wildcard Fixtures/html/*.html)

test: setup
	$(SWIFT) test

clean:
	rm -rf .build

leaks: setup
	bash scripts/check-leaks.sh
