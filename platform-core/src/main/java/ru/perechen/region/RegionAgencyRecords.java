package ru.perechen.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a coordinator reads of one agency beyond its indicators: its versions, open tasks, the rows in force. */
public final class RegionAgencyRecords {

    private RegionAgencyRecords() {
    }

    /** A version of the list, with its publication as recorded. */
    public record Version(int number, String actNumber, LocalDate actDate, Instant enactedAt, int rows, Integer requestNumber,
                          LocalDate dueOn, LocalDate publishedOn, String publishedUrl) {
    }

    /** A review task open on the day. */
    public record Task(String reason, String subject, Instant createdAt) {
    }

    /** A row of the version in force, as printed. */
    public record Row(Integer groupNumber, String group, String process, String unit, String touchpoint, String kind, String needs) {
    }

    /** One agency as its coordinator reads it on a day. */
    public record Card(LocalDate asOf, AgencyIndicators indicators, List<Version> versions, List<Task> tasks, List<Row> rows, int rowsTotal) {

        public Card {
            versions = List.copyOf(versions);
            tasks = List.copyOf(tasks);
            rows = List.copyOf(rows);
        }
    }
}
