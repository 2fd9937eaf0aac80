package ru.perechen.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import ru.perechen.region.RegionDashboard;
import ru.perechen.region.RegionWorkbook;

/**
 * The region report's download: the dashboard shown, as XLSX ({@code region-<code>-<yyyy-MM-dd>.xlsx}), made
 * when clicked from the figures on the page — the file says what the coordinator saw.
 */
final class RegionExport {

    private RegionExport() {
    }

    static Component button(RegionDashboardView.Text t, RegionDashboard dashboard) {
        String fileName = RegionWorkbook.fileName(dashboard);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] content = RegionWorkbook.xlsx(dashboard, t::get);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, RegionWorkbook.MEDIA_TYPE, content.length);
        }), "");
        // the anchor is what is focused and followed; the button inside only gives it the look of its neighbours
        Button look = new Button(t.get("region.xlsx.download"), VaadinIcon.DOWNLOAD.create());
        look.getElement().setAttribute("tabindex", "-1");
        anchor.add(look);
        anchor.setId("region-xlsx");
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("data-download", "xlsx");
        anchor.getElement().setAttribute("aria-label", t.get("region.xlsx.download"));
        return anchor;
    }
}
