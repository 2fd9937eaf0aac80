package ru.perechen.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListFilter;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.register.RuleFinding;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;

/** The caller's agency's Перечень: the version in force, any version as it was, the rules, the diff of two versions. */
@RestController
@RequestMapping("/api/v1/list")
@Allowed(Access.AGENCY_STAFF)
@Tag(name = "Перечень", description = "Versions of the list, their rows, rule findings and differences")
class ListController {

    private final ListService list;

    ListController(ListService list) {
        this.list = list;
    }

    @GetMapping
    @Operation(summary = "The version in force with a page of its rows (filtered like the list page)")
    VersionRows current(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "500") int limit,
                        @RequestParam(required = false) String text, @RequestParam(required = false) UUID unit,
                        @RequestParam(required = false) UUID group, @RequestParam(required = false) ChannelKind kind,
                        @RequestParam(required = false) UUID need) {
        return rowsOf(list.current().map(ListVersion::number).orElse(0), offset, limit, new ListFilter(unit, group, kind, need, text, null));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version, newest first, with its approving act and request")
    List<ListVersion> versions() {
        return list.versions();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "A version as it was enacted, with a page of its rows")
    VersionRows version(@PathVariable int number, @RequestParam(defaultValue = "0") int offset,
                        @RequestParam(defaultValue = "500") int limit) {
        list.version(number);
        return rowsOf(number, offset, limit, ListFilter.ALL);
    }

    @GetMapping("/versions/{number}/findings")
    @Operation(summary = "The rules of the Порядок over a version, each finding with its clause and rows")
    List<RuleFinding> findings(@PathVariable int number) {
        list.version(number);
        return list.findings(number);
    }

    @GetMapping("/diff")
    @Operation(summary = "Rows added, excluded and changed cell by cell from one version to another (from=0: the empty list)")
    ListDiff diff(@RequestParam int from, @RequestParam int to) {
        return list.diff(from, to);
    }

    private VersionRows rowsOf(int number, int offset, int limit, ListFilter filter) {
        ListVersion version = number == 0 ? null : list.version(number);
        return new VersionRows(version, list.count(number, filter), offset, list.rows(number, filter, offset, limit));
    }

    /** @param total the rows that match the filter, of which {@code rows} is the page from {@code offset} */
    record VersionRows(ListVersion version, long total, int offset, List<ListRow> rows) {
    }
}
