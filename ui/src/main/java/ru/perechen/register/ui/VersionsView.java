package ru.perechen.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.perechen.audit.AuditLog;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** Редакции Перечня: every approved version with its act and request, and the differences between any two. */
@Route("agency/:agency/versions")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class VersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final ListService list;
    private final Grid<ListVersion> history = new Grid<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final DiffGrid diff = new DiffGrid();
    private final Span summary = new Span();
    private AgencySummary agency;

    private final org.springframework.beans.factory.ObjectProvider<VersionDocuments> documents;

    VersionsView(AgencyRouteGuard routes, ListService list, org.springframework.beans.factory.ObjectProvider<VersionDocuments> documents) {
        this.routes = routes;
        this.list = list;
        this.documents = documents;
        addClassName("page");
        history.setId("versions");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addComponentColumn(v -> {
            Anchor open = new Anchor("agency/" + agency.slug() + "/list?version=" + v.number(), getTranslation("versions.number", v.number()));
            open.getElement().setAttribute("title", getTranslation("versions.open"));
            return open;
        }).setHeader(getTranslation("versions.column.number")).setWidth("8rem").setFlexGrow(0);
        history.addColumn(v -> v.actNumber() == null ? getTranslation("list.version.no-act")
                        : getTranslation("versions.act.short", Formats.DATE.format(v.actDate()), v.actNumber()))
                .setHeader(getTranslation("versions.column.act")).setWidth("8rem").setFlexGrow(1);
        history.addColumn(v -> Formats.dateTime(v.enactedAt(), ZONE) + "\n"
                        + (AuditLog.SYSTEM.equals(v.enactedBy()) ? getTranslation("audit.system") : v.enactedBy()))
                .setHeader(getTranslation("versions.column.enacted")).setWidth("9rem").setFlexGrow(1);
        history.addComponentColumn(this::requestLink).setHeader(getTranslation("versions.column.request")).setWidth("8rem")
                .setFlexGrow(0);
        history.addColumn(v -> v.approvedBy() == null ? "" : v.approvedBy().replace("; ", "\n"))
                .setHeader(getTranslation("versions.column.approved")).setWidth("12rem").setFlexGrow(3);
        history.addColumn(ListVersion::rowCount).setHeader(getTranslation("versions.column.rows")).setWidth("4.5rem").setFlexGrow(0);
        history.addComponentColumn(v -> documents.stream().findFirst().map(d -> d.downloadMenu(agency, v))
                .orElseGet(Span::new)).setHeader(getTranslation("versions.column.documents")).setWidth("8.5rem").setFlexGrow(0);
        history.setAllRowsVisible(true);
        from.setId("diff-from");
        from.setLabel(getTranslation("versions.diff.from"));
        from.setItemLabelGenerator(n -> n == 0 ? getTranslation("versions.empty-list") : getTranslation("versions.number", n));
        to.setId("diff-to");
        to.setLabel(getTranslation("versions.diff.to"));
        to.setItemLabelGenerator(n -> getTranslation("versions.number", n));
        diff.setId("version-diff");
        summary.setId("diff-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summaryOfAgency -> {
            agency = summaryOfAgency;
            removeAll();
            add(new PageHeader(getTranslation("versions.title"), agency.shortName()));
            List<ListVersion> versions = list.versions();
            if (versions.isEmpty()) {
                add(new Paragraph(getTranslation("list.empty")));
                return;
            }
            history.setItems(versions);
            List<Integer> numbers = versions.stream().map(ListVersion::number).toList();
            List<Integer> withEmpty = new java.util.ArrayList<>(numbers);
            withEmpty.add(0);
            from.setItems(withEmpty);
            to.setItems(numbers);
            Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
            int newest = numbers.getFirst();
            to.setValue(number(params, "to").filter(numbers::contains).orElse(newest));
            from.setValue(number(params, "from").filter(withEmpty::contains).orElse(Math.max(0, to.getValue() - 1)));
            Button compare = new Button(getTranslation("versions.diff.compare"), e -> compare());
            compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            compare.setId("compare");
            HorizontalLayout pick = new HorizontalLayout(from, to, compare);
            pick.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(history, new H2(getTranslation("versions.diff.title")), pick, summary, diff);
            compare();
        });
    }

    private void compare() {
        ListDiff d = list.diff(from.getValue(), to.getValue());
        diff.setItems(d.rows());
        summary.setText(getTranslation("versions.diff.summary", d.count(ListDiff.Kind.ADDED), d.count(ListDiff.Kind.EXCLUDED),
                d.count(ListDiff.Kind.CHANGED)));
    }

    private Component requestLink(ListVersion v) {
        return v.requestNumber() == null ? new Span(getTranslation("versions.initial"))
                : new Anchor("agency/" + agency.slug() + "/requests/" + v.requestNumber(),
                getTranslation("request.number", v.requestNumber()));
    }

    private static Optional<Integer> number(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(l -> !l.isEmpty()).map(List::getFirst)
                .filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("versions.title") + " — " + getTranslation("app.name");
    }
}
