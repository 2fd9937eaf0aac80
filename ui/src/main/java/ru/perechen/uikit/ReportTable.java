package ru.perechen.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A plain table: the report's few lines with a number field in some cells. A grid would render its cells
 * lazily, and a person's tab order through the fields is the table's own reading order here.
 */
@Tag("table")
public class ReportTable extends Component {

    private final Element body = new Element("tbody");

    public ReportTable(String id, List<String> headers) {
        setId(id);
        getElement().getClassList().add("report-table");
        Element head = new Element("thead");
        Element row = new Element("tr");
        headers.forEach(h -> row.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        head.appendChild(row);
        getElement().appendChild(head, body);
    }

    /** A row of cells, each a text or a component. */
    public void row(boolean total, Object... cells) {
        Element row = new Element("tr");
        if (total) {
            row.getClassList().add("total");
        }
        for (Object cell : cells) {
            Element td = new Element("td");
            if (cell instanceof Component component) {
                td.appendChild(component.getElement());
            } else {
                td.setText(String.valueOf(cell));
            }
            row.appendChild(td);
        }
        body.appendChild(row);
    }
}
