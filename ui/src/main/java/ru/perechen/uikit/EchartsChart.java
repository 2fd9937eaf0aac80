package ru.perechen.uikit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by ECharts, read from its webjar on the classpath (the UI has no Node build, decision 4; no
 * copy of the script in the repository). The UI's security chain refuses {@code /webjars/**} to everyone,
 * signed in or not, so the script goes out as the chart's own resource through the Vaadin session
 * ({@code VAADIN/dynamic/resource/…}), which only that session may fetch. The options are built on the
 * server as plain maps and sent as JSON; the script is loaded once per page, the chart follows the window's
 * width and is disposed of once its element has left the page.
 */
public class EchartsChart extends Div {

    /** The webjar's path, as Spring would serve it were it not refused. */
    public static final String WEBJAR = "webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The same file on the classpath. */
    public static final String RESOURCE = "/META-INF/resources/" + WEBJAR;
    public static final String SCRIPT_ATTRIBUTE = "data-echarts-script";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String options;

    public EchartsChart(String id, Map<String, Object> options, String height) {
        setId(id);
        addClassName("echarts-chart");
        setWidthFull();
        setHeight(height);
        this.options = JSON.writeValueAsString(options);
        getElement().setAttribute(SCRIPT_ATTRIBUTE, DownloadHandler.forClassResource(EchartsChart.class, RESOURCE, "echarts.min.js").inline());
    }

    /** The options as sent to the browser. */
    public String options() {
        return options;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs("""
                const el = this, options = JSON.parse($0);
                const draw = () => {
                    if (!el.isConnected) { return; }
                    (echarts.getInstanceByDom(el) || echarts.init(el)).setOption(options, true);
                    if (!el.$resize) {
                        el.$resize = () => {
                            const chart = echarts.getInstanceByDom(el);
                            if (!el.isConnected) { window.removeEventListener('resize', el.$resize); el.$resize = null; chart?.dispose(); }
                            else { chart?.resize(); }
                        };
                        window.addEventListener('resize', el.$resize);
                    }
                    el.dataset.drawn = 'true';
                };
                if (window.echarts) { draw(); return; }
                let script = document.head.querySelector('script[data-echarts]');
                if (!script) {
                    script = document.createElement('script');
                    script.src = el.getAttribute($1);
                    script.dataset.echarts = 'true';
                    document.head.appendChild(script);
                }
                script.addEventListener('load', draw, { once: true });""", options, SCRIPT_ATTRIBUTE);
    }
}
