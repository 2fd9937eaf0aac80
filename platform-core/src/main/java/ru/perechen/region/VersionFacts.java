package ru.perechen.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.perechen.catalog.ChannelType;
import ru.perechen.region.AgencyIndicators.Channels;
import ru.perechen.register.ListRule;

/**
 * What one agency's version in force gives the dashboard, counted in one pass over its rows (and kept while its
 * catalogues do not change): the rules' findings, its processes and touchpoints by channel, and its registry
 * processes that have a row, by the dates that decide whether a process is in the registry on a given day.
 */
record VersionFacts(Map<ListRule, Integer> findings, int processes, int touchpoints, int digital, Map<ChannelType, Integer> byType,
                    List<Covered> covered) {

    /** {@code n} registry processes with a row, included on {@code includedOn} (null: always), excluded or not and since when. */
    record Covered(LocalDate includedOn, boolean excluded, LocalDate excludedOn, int n) {

        /** As the registry is read on a day: included by then and not excluded by then (excluded without a date: never in). */
        boolean inRegistryOn(LocalDate day) {
            return (includedOn == null || !includedOn.isAfter(day)) && (!excluded || excludedOn != null && excludedOn.isAfter(day));
        }
    }

    /** The registry's processes on {@code day} that have a row in this version. */
    int coveredOn(LocalDate day) {
        return covered.stream().filter(c -> c.inRegistryOn(day)).mapToInt(Covered::n).sum();
    }

    Channels channels() {
        return new Channels(touchpoints, digital, byType);
    }

    /** The statement's lines of one agency gathered. */
    static final class Builder {
        private final Map<ListRule, Integer> findings;
        private final Map<ChannelType, Integer> byType = new EnumMap<>(ChannelType.class);
        private final List<Covered> covered = new ArrayList<>();
        private int processes;
        private int touchpoints;
        private int digital;

        Builder(Map<ListRule, Integer> zeros) {
            this.findings = zeros;
        }

        void add(String what, String key, int n, LocalDate includedOn, boolean excluded, LocalDate excludedOn) {
            switch (what) {
                case "PROCESSES" -> processes = n;
                case "TOUCHPOINTS" -> touchpoints = n;
                case "DIGITAL" -> digital = n;
                case "CHANNEL" -> byType.put(ChannelType.valueOf(key), n);
                case "COVERED" -> covered.add(new Covered(includedOn, excluded, excludedOn, n));
                default -> findings.put(ListRule.valueOf(what), n);
            }
        }

        VersionFacts build() {
            return new VersionFacts(Collections.unmodifiableMap(findings), processes, touchpoints, digital,
                    Collections.unmodifiableMap(byType), List.copyOf(covered));
        }
    }
}
