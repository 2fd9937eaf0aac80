package ru.perechen.region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.perechen.region.RegionWorkbook.Text;
import ru.perechen.region.RegionWorkbookCells.Words;

/**
 * The indicators of the region report, in the dashboard grid's groups and order: what each column is
 * called and what it holds of an agency — a figure, a day, a state in words, or words saying the agency
 * lacks that part (no list in force, feedback switched off); null for a figure that does not apply.
 */
final class RegionWorkbookColumns {

    /** One indicator: its group's key (under {@code region.group.}), its own (under {@code region.xlsx.col.}), its value, its width. */
    record Column(String group, String key, Function<AgencyIndicators, Object> value, int width) {
    }

    private RegionWorkbookColumns() {
    }

    static List<Column> of(Text t) {
        Words noList = new Words(t.get("region.xlsx.no-list"));
        Words feedbackOff = new Words(t.get("region.xlsx.feedback-off"));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("list", "version", a -> a.list() == null ? noList : a.list().number(), 12));
        columns.add(new Column("list", "act-number", a -> a.list() == null ? null : a.list().actNumber(), 12));
        columns.add(new Column("list", "act-date", a -> a.list() == null ? null : a.list().actDate(), 12));
        columns.add(new Column("list", "age", a -> a.list() == null ? null : a.list().ageDays(), 10));
        columns.add(new Column("compliance", "score", a -> a.compliance() == null ? null : a.compliance().score(), 11));
        columns.add(new Column("compliance", "errors", a -> a.compliance() == null ? null : a.compliance().errors(), 9));
        columns.add(new Column("compliance", "warnings", a -> a.compliance() == null ? null : a.compliance().warnings(), 13));
        columns.add(new Column("publication", "state", a -> state(t, a.publication()), 18));
        columns.add(new Column("publication", "due", a -> a.publication() == null ? null : a.publication().dueOn(), 12));
        columns.add(new Column("publication", "published", a -> a.publication() == null ? null : a.publication().publishedOn(), 12));
        columns.add(new Column("publication", "days", a -> a.publication() == null ? null : a.publication().days(), 11));
        columns.add(new Column("work", "tasks", a -> a.tasks().open(), 9));
        columns.add(new Column("work", "tasks-overdue", a -> a.tasks().overdue(), 11));
        columns.add(new Column("work", "in-approval", a -> a.requests().inApproval(), 12));
        columns.add(new Column("work", "enacted", a -> a.requests().enacted(), 12));
        columns.add(new Column("work", "median", a -> a.requests().medianWorkingDays(), 12));
        columns.add(new Column("channels", "coverage", a -> a.coverage().percent(), 11));
        columns.add(new Column("channels", "digital", a -> a.channels().digitalPercent(), 11));
        columns.add(new Column("size", "processes", a -> a.list() == null ? null : a.list().processes(), 10));
        columns.add(new Column("size", "touchpoints", a -> a.list() == null ? null : a.list().touchpoints(), 10));
        columns.add(new Column("size", "rows", a -> a.list() == null ? null : a.list().rows(), 9));
        columns.add(new Column("feedback", "satisfaction", a -> a.feedback() == null ? feedbackOff : a.feedback().satisfaction(), 16));
        columns.add(new Column("feedback", "responses", a -> a.feedback() == null ? null : a.feedback().responses(), 10));
        columns.add(new Column("feedback", "threshold", a -> a.feedback() == null ? null : a.feedback().threshold(), 10));
        return columns;
    }

    /** The publication's state in words; null without a list, «no record» when the version has none. */
    static Object state(Text t, AgencyIndicators.Publication p) {
        if (p == null) {
            return null;
        }
        return p.state() == null ? new Words(t.get("region.xlsx.publication-none")) : t.get(p.state().messageKey());
    }

    /** A group's heading, as the dashboard grid's (the feedback's quarter is in the report's subtitle). */
    static String group(Text t, String group) {
        return t.get("region.group." + group);
    }

    static String label(Text t, Column column) {
        return t.get("region.xlsx.col." + column.key());
    }
}
