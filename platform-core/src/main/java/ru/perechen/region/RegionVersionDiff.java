package ru.perechen.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.register.ListDiff.CellChange;
import ru.perechen.register.ListDiff.Kind;
import ru.perechen.register.ListField;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * What changed from one version of an agency's list to another, as its coordinator reads it: rows added,
 * excluded, and changed with each printed column that changed — the agency's own diff in its words
 * ({@link ru.perechen.register.ListDiff}), computed by one query over that agency's revisions in the region scope.
 * A changed revision whose printed columns are all the same (an agency's own column, say) is not a change here.
 */
@Service
public class RegionVersionDiff {

    /** The most rows a diff shows; the agency's own versions page has them all. */
    static final int MAX_ROWS = 2000;
    private static final String NEEDS = "(select string_agg(case when coalesce(btrim(n ->> 'interaction'), '') = '' then n ->> 'name'"
            + " else (n ->> 'name') || ' — ' || (n ->> 'interaction') end, E'\\n' order by o)"
            + " from jsonb_array_elements(%s.needs) with ordinality as j(n, o))";
    private static final String[] COLUMNS = {"group_number", "group_title", "process_name", "unit_name", "touchpoint_name",
        "channel_kind", "needs", "specifics", "basis"};

    private final AgencyDirectory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    RegionVersionDiff(AgencyDirectory directory, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A row that changed: its kind, the row as the later version has it (the earlier one for an excluded row), the cells. */
    public record Change(Kind kind, Integer groupNumber, String group, String process, String unit, String touchpoint, List<CellChange> cells) {

        public Change {
            cells = List.copyOf(cells);
        }
    }

    /** The changes from version {@code from} (0: none) to {@code to}; {@code total} counts them all, {@code rows} the first shown. */
    public record Diff(int from, int to, List<Change> rows, int total) {

        public Diff {
            rows = List.copyOf(rows);
        }

        public long count(Kind kind) {
            return rows.stream().filter(r -> r.kind() == kind).count();
        }
    }

    public Diff between(RegionId region, String agencySlug, int from, int to) {
        Access.REGION.require();
        return TenantContext.callInRegionScope(region, () -> {
            AgencySummary agency = directory.agenciesOf(region).stream().filter(a -> a.slug().equals(agencySlug)).findFirst()
                    .orElseThrow(() -> new AccessDeniedToTenantException("no agency " + agencySlug + " in region " + region));
            if (from < 0 || to <= from) {
                throw new InvalidSettingException("from", "region.diff.error.pair");
            }
            return readOnly.execute(status -> {
                int last = jdbc.sql("select coalesce(max(number), 0) from list_version where agency_id = :agency")
                        .param("agency", agency.id().value()).query(Integer.class).single();
                if (to > last) {
                    throw new InvalidSettingException("to", "region.diff.error.no-version", to);
                }
                return read(agency, from, to);
            });
        });
    }

    private Diff read(AgencySummary agency, int from, int to) {
        int[] total = {0};
        List<Change> rows = jdbc.sql(sql())
                .param("agency", agency.id().value()).param("from", from).param("to", to).param("max", MAX_ROWS)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return change(rs);
                })
                .list();
        return new Diff(from, to, rows, rows.isEmpty() ? 0 : total[0]);
    }

    /** The revisions alive at either version that differ, paired by entry key, with their printed columns blank as null. */
    private static String sql() {
        StringBuilder pairs = new StringBuilder("select a.id as a_id, b.id as b_id");
        for (String side : new String[] {"a", "b"}) {
            for (String c : COLUMNS) {
                String value = switch (c) {
                    case "group_number", "group_title", "process_name", "channel_kind" -> side + "." + c;
                    case "needs" -> "nullif(btrim(" + NEEDS.formatted(side) + "), '')";
                    default -> "nullif(btrim(" + side + "." + c + "), '')";
                };
                pairs.append(", ").append(value).append(" as ").append(side).append('_').append(c);
            }
        }
        String alive = "select * from list_entry where agency_id = :agency and valid_from <= :%1$s and (valid_to is null or valid_to > :%1$s)";
        String a = String.join(", ", Arrays.stream(COLUMNS).map(c -> "a_" + c).toList());
        String b = String.join(", ", Arrays.stream(COLUMNS).map(c -> "b_" + c).toList());
        return "with a as (" + alive.formatted("from") + "), b as (" + alive.formatted("to") + "), d as (" + pairs
                + " from a full join b on a.entry_key = b.entry_key where a.id is distinct from b.id)"
                + " select d.*, count(*) over () as total from d"
                + " where a_id is null or b_id is null or (" + a + ") is distinct from (" + b + ")"
                + " order by coalesce(b_group_number, a_group_number) nulls last, coalesce(b_group_title, a_group_title),"
                + " coalesce(b_process_name, a_process_name), coalesce(b_unit_name, a_unit_name) nulls first,"
                + " coalesce(b_touchpoint_name, a_touchpoint_name) limit :max";
    }

    private static Change change(ResultSet rs) throws SQLException {
        Kind kind = rs.getObject("a_id") == null ? Kind.ADDED : rs.getObject("b_id") == null ? Kind.EXCLUDED : Kind.CHANGED;
        String shown = kind == Kind.EXCLUDED ? "a_" : "b_";
        List<CellChange> cells = new ArrayList<>();
        if (kind == Kind.CHANGED) {
            cell(cells, ListField.GROUP, group(rs, "a_"), group(rs, "b_"));
            cell(cells, ListField.PROCESS, rs.getString("a_process_name"), rs.getString("b_process_name"));
            cell(cells, ListField.UNIT, rs.getString("a_unit_name"), rs.getString("b_unit_name"));
            cell(cells, ListField.TOUCHPOINT, rs.getString("a_touchpoint_name"), rs.getString("b_touchpoint_name"));
            cell(cells, ListField.KIND, rs.getString("a_channel_kind"), rs.getString("b_channel_kind"));
            cell(cells, ListField.NEEDS, rs.getString("a_needs"), rs.getString("b_needs"));
            cell(cells, ListField.SPECIFICS, rs.getString("a_specifics"), rs.getString("b_specifics"));
            cell(cells, ListField.BASIS, rs.getString("a_basis"), rs.getString("b_basis"));
        }
        return new Change(kind, (Integer) rs.getObject(shown + "group_number"), rs.getString(shown + "group_title"),
                rs.getString(shown + "process_name"), rs.getString(shown + "unit_name"), rs.getString(shown + "touchpoint_name"), cells);
    }

    private static String group(ResultSet rs, String side) throws SQLException {
        Object number = rs.getObject(side + "group_number");
        return (number == null ? "" : number + ". ") + rs.getString(side + "group_title");
    }

    private static void cell(List<CellChange> cells, ListField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            cells.add(new CellChange(field, before, after));
        }
    }
}
