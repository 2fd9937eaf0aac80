package ru.perechen.region.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import ru.perechen.catalog.ChannelType;
import ru.perechen.region.TypicalProcesses.Runner;
import ru.perechen.region.TypicalProcesses.Touch;
import ru.perechen.region.TypicalProcesses.TypicalProcess;
import ru.perechen.uikit.ReportTable;

/**
 * The processes several agencies of the region run, each as a compact table: a line per agency that runs it
 * (one that does not is not listed), its touchpoints for it under their channel types — so that a channel one
 * agency offers and another lacks stands out.
 */
class TypicalProcessesPanel extends VerticalLayout {

    TypicalProcessesPanel(List<TypicalProcess> processes) {
        setPadding(false);
        setId("region-typical");
        Paragraph help = new Paragraph(getTranslation("region.typical.help"));
        help.addClassName("hint");
        add(help);
        if (processes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("region.typical.none"));
            none.setId("region-typical-none");
            add(none);
            return;
        }
        for (int i = 0; i < processes.size(); i++) {
            TypicalProcess process = processes.get(i);
            add(new H3(getTranslation("region.typical.process", process.name(), process.agencies().size())), table(process, i));
        }
    }

    private ReportTable table(TypicalProcess process, int index) {
        List<ChannelType> types = process.types();
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("region.typical.agency"));
        types.forEach(type -> headers.add(getTranslation(type.messageKey())));
        ReportTable table = new ReportTable("region-typical-" + index, headers);
        table.getElement().getClassList().add("region-typical");
        for (Runner runner : process.agencies()) {
            List<Object> cells = new ArrayList<>();
            cells.add(agency(runner, process.name()));
            for (ChannelType type : types) {
                List<Touch> touches = runner.of(type);
                cells.add(touches.isEmpty() ? gap() : touches(touches));
            }
            table.row(false, cells.toArray());
        }
        return table;
    }

    /** The agency, and the name it gives the process when it writes it otherwise. */
    private Div agency(Runner runner, String name) {
        Div cell = new Div(new Span(runner.agency().shortName()));
        List<String> own = runner.processNames().stream().filter(n -> !n.equals(name)).toList();
        if (!own.isEmpty()) {
            Div named = new Div(getTranslation("region.typical.own-name", String.join("; ", own)));
            named.addClassName("hint");
            cell.add(named);
        }
        return cell;
    }

    private Div touches(List<Touch> touches) {
        Div cell = new Div();
        touches.forEach(t -> cell.add(new Div(getTranslation("region.typical.touchpoint", t.name(),
                getTranslation("region.card.kind." + t.kind().name())))));
        return cell;
    }

    private static Span gap() {
        Span gap = new Span("—");
        gap.addClassName("region-gap");
        return gap;
    }
}
