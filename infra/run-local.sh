#!/usr/bin/env bash
# Runs the whole platform locally: builds, starts Keycloak (realm with the demo agencies and users),
# the app with an embedded PostgreSQL (data kept in .data/pgdata, Keycloak's in .data/keycloak) and prints
# the URL and demo logins.
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/bin/java-home.sh
echo "Building (JDK: $JAVA_HOME) …"
./mvnw -B -q -Pproduction -DskipTests install
exec "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx768m -Dperechen.root=. -jar infra/target/infra-0.1.0-SNAPSHOT-exec.jar
