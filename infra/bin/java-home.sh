#!/usr/bin/env bash
# Sourced by the project's scripts: selects a JDK 21+ (Vaadin 25 needs 21+; the project targets 25).
# Keeps JAVA_HOME when it already points at 21+, otherwise takes Temurin 25 where these machines have it.
perechen_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(perechen_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  :
else
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then
      JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(perechen_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  echo "Perechen needs JDK 21 or newer (25 recommended): set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
