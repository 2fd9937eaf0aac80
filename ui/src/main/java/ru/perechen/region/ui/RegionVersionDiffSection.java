package ru.perechen.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.List;
import ru.perechen.region.RegionAgencyRecords;
import ru.perechen.region.RegionVersionDiff;
import ru.perechen.region.RegionVersionDiff.Change;
import ru.perechen.region.RegionVersionDiff.Diff;
import ru.perechen.register.ListDiff.Kind;
import ru.perechen.register.ui.DiffGrid;
import ru.perechen.tenancy.RegionId;

/**
 * «Изменения редакции»: what each version of an agency's list changed against the one before — rows added,
 * excluded and changed, for a change each printed column «было → стало» — in the words of the agency's own
 * diff. The coordinator picks the pair; nothing here edits.
 */
class RegionVersionDiffSection extends VerticalLayout {

    private final RegionVersionDiff diffs;
    private final RegionId region;
    private final String agency;
    private final Div result = new Div();

    RegionVersionDiffSection(RegionVersionDiff diffs, RegionId region, String agency, List<RegionAgencyRecords.Version> versions) {
        this.diffs = diffs;
        this.region = region;
        this.agency = agency;
        setPadding(false);
        setId("region-diff");
        add(new H2(getTranslation("region.diff.title")));
        int last = versions.stream().mapToInt(RegionAgencyRecords.Version::number).max().orElse(0);
        if (last == 0) {
            add(new Paragraph(getTranslation("region.diff.none")));
            return;
        }
        if (last == 1) {
            Paragraph only = new Paragraph(getTranslation("region.diff.first"));
            only.setId("region-diff-first");
            add(only);
            return;
        }
        Select<Integer> pair = new Select<>();
        pair.setId("region-diff-pair");
        pair.setLabel(getTranslation("region.diff.pair"));
        pair.setItems(versions.stream().map(RegionAgencyRecords.Version::number).filter(n -> n >= 2)
                .sorted(Comparator.reverseOrder()).toList());
        pair.setItemLabelGenerator(n -> getTranslation("region.diff.pair.item", n - 1, n));
        pair.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(diffs.between(region, agency, e.getValue() - 1, e.getValue()));
            }
        });
        result.setWidthFull();
        add(pair, result);
        pair.setValue(last);
    }

    private void show(Diff diff) {
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation("region.diff.summary", diff.from(), diff.to(), diff.count(Kind.ADDED),
                diff.count(Kind.EXCLUDED), diff.count(Kind.CHANGED)));
        summary.setId("region-diff-summary");
        if (diff.rows().isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("region.diff.same", diff.from(), diff.to()));
            same.setId("region-diff-same");
            result.add(same);
            return;
        }
        result.add(summary);
        if (diff.rows().size() < diff.total()) {
            Paragraph shown = new Paragraph(getTranslation("region.diff.shown", diff.rows().size(), diff.total()));
            shown.addClassName("hint");
            result.add(shown);
        }
        result.add(grid(diff.rows()));
    }

    private Grid<Change> grid(List<Change> rows) {
        Grid<Change> grid = new Grid<>();
        grid.setId("region-diff-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(rows.size() <= 50);
        if (rows.size() > 50) {
            grid.setHeight("32em");
        }
        grid.addComponentColumn(this::kind).setHeader(getTranslation("diff.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Change::process).setHeader(getTranslation("region.card.process")).setFlexGrow(2);
        grid.addColumn(c -> c.unit() == null ? "—" : c.unit()).setHeader(getTranslation("region.card.unit")).setFlexGrow(1);
        grid.addColumn(Change::touchpoint).setHeader(getTranslation("region.card.touchpoint")).setFlexGrow(1);
        grid.addComponentColumn(this::cells).setHeader(getTranslation("diff.column.changes")).setFlexGrow(3);
        grid.setPartNameGenerator(c -> "diff-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
        grid.setItems(rows);
        return grid;
    }

    private Component kind(Change change) {
        return DiffGrid.badge(this, change.kind());
    }

    private Component cells(Change change) {
        Div cells = new Div();
        cells.addClassName("diff-cells");
        change.cells().forEach(c -> cells.add(DiffGrid.line(this, c)));
        return cells;
    }
}
