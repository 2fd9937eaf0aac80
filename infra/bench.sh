#!/usr/bin/env bash
# Prints the list's figures: a 5,000-row list opened, searched and checked, a 500-row change enacted,
# two 5,000-row versions compared — on a real embedded PostgreSQL. Not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/bin/java-home.sh
./mvnw -B -q -pl platform-core -am install -DskipTests
./mvnw -B -pl platform-core test -Dtest=ListBenchmark,DocumentsBenchmark,FeedbackBenchmark,RegionBenchmark -Dbench.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
cat platform-core/target/benchmarks/list.txt platform-core/target/benchmarks/documents.txt platform-core/target/benchmarks/feedback.txt platform-core/target/benchmarks/region.txt
# The client's survey over HTTP: the form opened, block 1 and block 2 sent, one client at a time and ten at once.
./mvnw -B -pl ui test -Dtest=PublicFormBenchmark -Dbench.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
cat ui/target/benchmarks/public-form.txt
# The upload storm against a 768 MB heap (bodies, previews, the open page's latency meanwhile).
./mvnw -B -pl ui -am test -Dtest=UploadStormBenchmark -Dbench.excludedGroups=none -Dbench.jvm=-Xmx768m \
  -Dsurefire.failIfNoSpecifiedTests=false
cat ui/target/benchmarks/upload-storm.txt
