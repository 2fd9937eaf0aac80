#!/usr/bin/env bash
# Runs every test: unit and integration tests on embedded PostgreSQL, security tests against an
# in-process OIDC provider, and the end-to-end suite (real Keycloak, real app, Debian Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/bin/java-home.sh
exec ./mvnw -B verify "$@"
