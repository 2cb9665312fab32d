# External checkers of the built site (vnu, axe-core, LinkChecker, feeds, open data, sitemap, search, media,
# the /projets/ table and page widths, printing, photos and videos in Chromium, the weight of pages on the
# wire, the site's DSFR stylesheet).
# Included by the top Makefile; also usable alone: make -f checks/checks.mk checkers-setup
#
#   make checkers-setup            install what the checkers need (idempotent, quiet when warm)
#   make check-site [SITE=public]  run every checker on a built site, summary at the end
#   make checkers-selftest         prove that each checker passes a good site and fails a broken one
#
# Each checker also runs alone: checks/run-{vnu,axe,links,feeds,opendata,sitemap,search,table,print,media,photos-videos,weight,styles}.sh SITE

CHECKS_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
PYTHON_VENV ?= .venv
SITE ?= public
SUDO ?= $(if $(filter 0,$(shell id -u)),,sudo)
CHECKERS_APT := default-jre-headless chromium chromium-driver jing libxml2-utils python3-venv
CHECKERS_STAMP := $(PYTHON_VENV)/.checkers-stamp
# LinkChecker, run as root, drops its privileges to "nobody": its environment and its Python must
# then be readable by nobody, wherever the checkout is (under /root or a mktemp -d folder, mode
# 700). As root it gets its own environment, made from Debian's Python, in a world-readable
# folder outside the checkout; otherwise it runs from the checkers' environment.
LINKCHECKER_VENV ?= $(if $(filter 0,$(shell id -u)),/var/cache/ftap/linkchecker-10.6.0,$(abspath $(PYTHON_VENV)))
LINKCHECKER_STAMP := $(LINKCHECKER_VENV)/.linkchecker-stamp
CHECKERS_ENV := PYTHON_VENV=$(abspath $(PYTHON_VENV)) LINKCHECKER_VENV=$(LINKCHECKER_VENV)

.PHONY: checkers-setup checkers-apt check-site check-links checkers-selftest checkers-private-clone

checkers-setup: checkers-apt $(CHECKERS_STAMP) $(LINKCHECKER_STAMP)

# apt-get update runs only when a package is missing, so a warm run needs no network.
checkers-apt:
	@missing=; \
	for p in $(CHECKERS_APT); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "checkers-setup: apt-get install$$missing"; \
	  log=$$(mktemp); \
	  { $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	  } >$$log 2>&1 || { cat $$log; rm -f $$log; echo "checkers-setup: apt-get failed"; exit 1; }; \
	  rm -f $$log; \
	fi

$(CHECKERS_STAMP): $(CHECKS_DIR)/requirements.txt
	@test -x $(PYTHON_VENV)/bin/python || python3 -m venv $(PYTHON_VENV)
	@echo "checkers-setup: pip install -r $<"
	@$(PYTHON_VENV)/bin/python -m pip install -q --disable-pip-version-check --ignore-requires-python -r $<
	@touch $@

$(LINKCHECKER_STAMP): $(CHECKS_DIR)/requirements-linkchecker.txt | checkers-apt
	@test -x $(LINKCHECKER_VENV)/bin/python || { mkdir -p $(LINKCHECKER_VENV) && /usr/bin/python3 -m venv $(LINKCHECKER_VENV); }
	@echo "checkers-setup: pip install -r $< into $(LINKCHECKER_VENV)"
	@$(LINKCHECKER_VENV)/bin/python -m pip install -q --disable-pip-version-check -r $<
	@chmod -R a+rX $(LINKCHECKER_VENV) && chmod a+rx $(dir $(LINKCHECKER_VENV))
	@touch $@

check-links: checkers-setup
	@$(CHECKERS_ENV) $(CHECKS_DIR)/run-links.sh $(SITE)

# A clone of the repository in a folder of mode 700 runs its link checker on SITE (see the script).
checkers-private-clone: checkers-setup
	@$(CHECKS_DIR)/test-private-clone.sh $(SITE)

check-site: checkers-setup
	@$(CHECKERS_ENV) $(CHECKS_DIR)/check-site.sh $(SITE)

checkers-selftest: checkers-setup
	@$(CHECKERS_ENV) $(CHECKS_DIR)/selftest.sh
