package ru.perechen.documents;

import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;

/** The documents of the current agency's versions: the list in its printed form, its changes, open data. */
@Service
public class ListExportService {

    private final ListService list;
    private final ListTemplateService templates;
    private final AgencyDirectory directory;
    private final ChangeRequestService requests;

    ListExportService(ListService list, ListTemplateService templates, AgencyDirectory directory, ChangeRequestService requests) {
        this.requests = requests;
        this.list = list;
        this.templates = templates;
        this.directory = directory;
    }

    /** Writes a version (any, not only the one in force) in a format. */
    @Transactional(readOnly = true)
    public void export(int versionNumber, DocumentFormat format, OutputStream out) {
        ListVersion version = list.version(versionNumber);
        write(agency(), version, templates.current(), list.allRows(version.number()), format, out);
    }

    /** The changes the request behind a version made, as the DOCX attached to its order. */
    @Transactional(readOnly = true)
    public void changes(int versionNumber, OutputStream out) {
        ListVersion version = list.version(versionNumber);
        ListDiff diff = list.diff(versionNumber - 1, versionNumber);
        ChangesDocumentWriter.write(agency().fullName(), version, templates.current(), diff, out);
    }

    /** What a change request's documents are: its changes, or the whole list as it will read. */
    public enum RequestDocument {
        CHANGES_DOCX, LIST_XLSX, LIST_DOCX;

        public DocumentFormat format() {
            return this == LIST_XLSX ? DocumentFormat.XLSX : DocumentFormat.DOCX;
        }
    }

    /**
     * A change request's documents for its order: the changes it makes and the list as it will read
     * (the appendix «в новой редакции»). Before enactment they are drafts over the version in force,
     * with the order's number and date left blank; after it they are the enacted version's.
     */
    @Transactional(readOnly = true)
    public void request(int requestNumber, RequestDocument document, OutputStream out) {
        ChangeRequest request = requests.get(requestNumber);
        AgencySummary agency = agency();
        ListTemplate template = templates.current();
        if (request.enactedVersion() != null) {
            ListVersion version = list.version(request.enactedVersion());
            switch (document) {
                case CHANGES_DOCX -> ChangesDocumentWriter.write(agency.fullName(), version, template,
                        list.diff(version.number() - 1, version.number()), out);
                case LIST_XLSX -> write(agency, version, template, list.allRows(version.number()), DocumentFormat.XLSX, out);
                case LIST_DOCX -> write(agency, version, template, list.allRows(version.number()), DocumentFormat.DOCX, out);
            }
            return;
        }
        ListService.DraftPreview preview = requests.preview(request);
        String appendix = PrintedList.draftAppendix();
        switch (document) {
            case CHANGES_DOCX -> ChangesDocumentWriter.write(agency.fullName(), appendix, request.number(), template, preview.diff(), out);
            case LIST_XLSX -> XlsxListWriter.write(PrintedList.of(agency.fullName(), appendix, template, preview.result()), out);
            case LIST_DOCX -> DocxListWriter.write(PrintedList.of(agency.fullName(), appendix, template, preview.result()), out);
        }
    }

    /** The file name a request's document is offered under. */
    @Transactional(readOnly = true)
    public String requestFileName(int requestNumber, RequestDocument document) {
        return requestFileName(agency(), requestNumber, document);
    }

    public static String requestFileName(AgencySummary agency, int requestNumber, RequestDocument document) {
        return "perechen-" + agency.slug() + "-request-" + requestNumber + (document == RequestDocument.CHANGES_DOCX ? "-changes"
                : "-list") + "." + document.format().extension();
    }

    /** The file name a version's document is offered under. */
    @Transactional(readOnly = true)
    public String fileName(int versionNumber, DocumentFormat format) {
        return fileName(agency(), versionNumber, format);
    }

    public static String fileName(AgencySummary agency, int versionNumber, DocumentFormat format) {
        return "perechen-" + agency.slug() + "-v" + versionNumber + "." + format.extension();
    }

    public static String changesFileName(AgencySummary agency, int versionNumber) {
        return "perechen-" + agency.slug() + "-v" + versionNumber + "-changes.docx";
    }


    static void write(AgencySummary agency, ListVersion version, ListTemplate template, List<ListRow> rows, DocumentFormat format,
                      OutputStream out) {
        List<TemplateColumn> custom = template.columns().stream().filter(TemplateColumn::isCustom).filter(TemplateColumn::visible)
                .toList();
        switch (format) {
            case XLSX -> XlsxListWriter.write(PrintedList.of(agency.fullName(), version, template, rows), out);
            case DOCX -> DocxListWriter.write(PrintedList.of(agency.fullName(), version, template, rows), out);
            case CSV -> OpenDataWriter.csv(version, custom, rows, out);
            case JSON -> OpenDataWriter.json(OpenDataWriter.openList(agency.slug(), agency.fullName(), version, custom, rows), out);
        }
    }

    private AgencySummary agency() {
        return directory.find(TenantContext.requireAgency()).orElseThrow();
    }
}
