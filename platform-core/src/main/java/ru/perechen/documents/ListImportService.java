package ru.perechen.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.documents.ImportPreview.FileColumn;
import ru.perechen.documents.internal.ImportSourceEntity;
import ru.perechen.documents.internal.ImportSourceRepository;
import ru.perechen.documents.ImportPreview.Finding;
import ru.perechen.documents.ImportPreview.ImportedRow;
import ru.perechen.documents.ImportPreview.MissingProcess;
import ru.perechen.documents.ImportPreview.MissingTouchpoint;
import ru.perechen.documents.ImportPreview.Place;
import ru.perechen.documents.ImportPreview.Severity;
import ru.perechen.documents.ImportPreview.Status;

import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;

/**
 * Takes in a list an agency already has in Word or Excel: the file is checked before any parser
 * sees it, its tables are read (merged cells, repeated headers, numbering rows, direction rows
 * spanning the table), its columns matched to the agency's by title (the agency's, the
 * methodology's and known synonyms; the person maps what is unsure), and its text to the agency's
 * registry, touchpoints and needs. The preview shows every row as understood, with findings per
 * cell; nothing is written until the person confirms, and a confirmation makes a draft change
 * request — the list itself changes only through the approval chain.
 */
@Service
public class ListImportService {

    /** The mapping value that leaves a file column unread. */
    public static final UUID IGNORED = new UUID(0L, 0L);

    private static final Pattern GROUP_TITLE = Pattern.compile("^(?:раздел\\s+)?(\\d{1,3})[.)]?\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^(.*?)\\s*\\n\\s*\\((.+)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");
    private static final Map<StandardColumn, List<String>> SYNONYMS = new EnumMap<>(StandardColumn.class);

    static {
        SYNONYMS.put(StandardColumn.GROUP_NUMBER, List.of("номер группы процессов", "номер группы", "n группы", "группа", "n п п",
                "n", "номер", "п п"));
        SYNONYMS.put(StandardColumn.GROUP_NAME, List.of("наименование группы процессов", "направление деятельности",
                "группа процессов", "наименование группы процессов направление деятельности", "направление"));
        SYNONYMS.put(StandardColumn.PROCESS, List.of("наименование конкретного процесса", "наименование процесса",
                "наименование конкретного процесса услуги сервиса", "процесс", "процесс услуга сервис", "услуга",
                "мера поддержки услуга функция сервис"));
        SYNONYMS.put(StandardColumn.TOUCHPOINT, List.of("точка взаимодействия", "точки взаимодействия", "канал взаимодействия",
                "точка взаимодействия канал"));
        SYNONYMS.put(StandardColumn.NEEDS, List.of("осуществляемое взаимодействие с клиентом",
                "осуществляемое взаимодействие с клиентом удовлетворяемые потребности клиента", "удовлетворяемые потребности",
                "удовлетворяемые потребности клиента", "осуществляемое взаимодействие", "потребности клиента"));
        SYNONYMS.put(StandardColumn.SPECIFICS, List.of("особенности взаимодействия с клиентом", "особенности взаимодействия",
                "особенности"));
    }

    private final ListService list;
    private final ListTemplateService templates;
    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final TouchpointService touchpoints;
    private final ClientNeedService needs;
    private final ChangeRequestService requests;
    private final ImportSourceRepository sources;
    private final java.time.Clock clock;
    private final ParseGate gate;
    private final org.springframework.transaction.support.TransactionTemplate readTx;
    private final org.springframework.transaction.support.TransactionTemplate writeTx;

    // TODO(#17): split the reading (catalogue matching) from the import's orchestration; 12 collaborators
    @SuppressWarnings("java:S107")
    ListImportService(ListService list, ListTemplateService templates, ProcessRegistryService registry, ProcessGroupService groups,
                      OrgUnitService units, TouchpointService touchpoints, ClientNeedService needs,
                      ChangeRequestService requests, ImportSourceRepository sources, java.time.Clock clock, ParseGate gate,
                      org.springframework.transaction.PlatformTransactionManager transactions) {
        this.gate = gate;
        this.readTx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.writeTx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.sources = sources;
        this.clock = clock;
        this.list = list;
        this.templates = templates;
        this.registry = registry;
        this.groups = groups;
        this.units = units;
        this.touchpoints = touchpoints;
        this.needs = needs;
        this.requests = requests;
    }

    /** The key a file column's title is mapped under. */
    public static String mappingKey(String title) {
        return Texts.norm(title);
    }

    /**
     * What the file would change, read-only.
     *
     * @param mapping        the person's choice of column per file column title (by the agency's column
     *                       id, or {@link #IGNORED}); titles not in it are matched automatically
     * @param excludeMissing whether rows of the current version that the file does not list are excluded
     */
    public ImportPreview preview(String fileName, byte[] bytes, Map<String, UUID> mapping, boolean excludeMissing) {
        requireMayImport();
        DocumentFormat format = UploadGuard.check(fileName, bytes);
        List<SourceTable> tables = parse(format, bytes);
        return readTx.execute(status -> new Reading(fileName, format, mapping == null ? Map.of() : mapping, excludeMissing).read(tables));
    }

    /**
     * Makes the draft change request of a previewed file (read again: the same bytes give the same changes).
     * The file is checked and parsed before any transaction begins; matching and the draft are one transaction.
     */
    public ChangeRequest confirm(String fileName, byte[] bytes, Map<String, UUID> mapping, boolean excludeMissing, String title,
                                 String note) {
        requireMayImport();
        DocumentFormat format = UploadGuard.check(fileName, bytes);
        List<SourceTable> tables = parse(format, bytes);
        return writeTx.execute(status -> {
            ImportPreview preview = new Reading(fileName, format, mapping == null ? Map.of() : mapping, excludeMissing).read(tables);
            if (preview.hasErrors()) {
                throw new DocumentRejectedException("import.reject.has-errors");
            }
            if (preview.changes().isEmpty()) {
                throw new DocumentRejectedException("import.reject.no-changes");
            }
            ChangeRequest made = requests.createWithChanges(title, note, preview.changes());
            sources.save(new ImportSourceEntity(made.id(), cleanName(fileName), bytes, sha256(bytes), preview.rows().size(),
                    clock.instant(), TenantContext.principal().map(ru.perechen.tenancy.TenantPrincipal::actorName)
                    .orElse(ru.perechen.audit.AuditLog.SYSTEM)));
            return made;
        });
    }

    /**
     * Who may import a list: the people who draft change requests. Checked before an upload is read, so
     * that nobody else can make the node hold or parse a file.
     */
    public void requireMayImport() {
        TenantContext.requireAgency();
        Access.DRAFTING.require();
    }

    /** The file's tables, parsed outside any transaction and at most {@link ParseGate N at once} on the node. */
    private List<SourceTable> parse(DocumentFormat format, byte[] bytes) {
        return gate.parse(() -> TableReader.read(format, bytes));
    }

    /**
     * The file a request was imported from.
     *
     * @param content the bytes as uploaded, or null where only the description was read
     */
    public record SourceFile(String fileName, int size, String sha256, int rowCount, java.time.Instant uploadedAt,
                             String uploadedBy, byte[] content) {
    }

    /** What the request page shows of the file the request was imported from, if it was (its content is not read). */
    @Transactional(readOnly = true)
    public Optional<SourceFile> source(int requestNumber) {
        ChangeRequest request = requests.get(requestNumber);
        return sources.findInfoByRequestId(request.id()).map(s -> new SourceFile(s.getFileName(), s.getByteSize(), s.getSha256(),
                s.getRowCount(), s.getUploadedAt(), s.getUploadedBy(), null));
    }

    /**
     * The file the request was imported from, with its content, for downloading — checked again as an
     * upload is: a file kept before the check refused what it carries is not handed out.
     *
     * @throws SourceRefusedException when the upload check refuses the kept file today
     */
    @Transactional(readOnly = true)
    public Optional<SourceFile> sourceFile(int requestNumber) {
        ChangeRequest request = requests.get(requestNumber);
        return sources.findByRequestId(request.id()).map(s -> {
            try {
                UploadGuard.check(s.getFileName(), s.getContent());
            } catch (DocumentRejectedException refused) {
                throw new SourceRefusedException(refused);
            }
            return new SourceFile(s.getFileName(), s.getByteSize(), s.getSha256(), s.getRowCount(), s.getUploadedAt(),
                    s.getUploadedBy(), s.getContent());
        });
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "import";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Adds the processes and touchpoints a file names and the catalogues lack (for the agency's admin). */
    @Transactional
    public void addMissing(List<MissingProcess> processes, List<MissingTouchpoint> channels) {
        for (MissingProcess p : processes) {
            if (p.groupId() == null) {
                throw new InvalidConfigurationException("group", "import.finding.process-group-unknown", p.name());
            }
            registry.create(new ProcessDraft(p.name(), p.groupId(), ProcessKind.OTHER, true, Set.of(), List.of(), null, null));
        }
        for (MissingTouchpoint t : channels) {
            touchpoints.create(new TouchpointDraft(t.name(), t.kind(), t.type(), null, null, null));
        }
    }

    /** What a channel's name says about its type: «Госуслуги» is ЕПГУ, a call centre is digital (001, 003). */
    static Optional<ChannelType> typeOf(String name) {
        String n = " " + Texts.norm(name) + " ";
        if (n.contains(" епгу ") || n.contains("госуслуг") || n.contains("единый портал")) {
            return Optional.of(ChannelType.EPGU);
        }
        if (n.contains("мфц") || n.contains("многофункциональн") || n.contains("мои документы")) {
            return Optional.of(ChannelType.MFC);
        }
        if (n.contains("колл") || n.contains("call") || n.contains("горяч") || n.contains("контакт центр") || n.contains("справочн")) {
            return Optional.of(ChannelType.CALL_CENTRE);
        }
        if (n.contains("электронн") && n.contains("почт") || n.contains(" e mail ") || n.contains(" email ") || n.contains("@")) {
            return Optional.of(ChannelType.EMAIL);
        }
        if (n.contains("чат бот") || n.contains("чатбот")) {
            return Optional.of(ChannelType.CHAT_BOT);
        }
        if (n.contains("мессенджер") || n.contains("telegram") || n.contains("телеграм") || n.contains("whatsapp")) {
            return Optional.of(ChannelType.MESSENGER);
        }
        if (n.contains("социальн") && n.contains("сет") || n.contains("вконтакте") || n.contains(" вк ") || n.contains("одноклассник")) {
            return Optional.of(ChannelType.SOCIAL_NETWORK);
        }
        if (n.contains("мобильн") && n.contains("приложен")) {
            return Optional.of(ChannelType.MOBILE_APP);
        }
        if (n.contains("голосов") && n.contains("помощн")) {
            return Optional.of(ChannelType.VOICE_ASSISTANT);
        }
        if (n.contains(" api ")) {
            return Optional.of(ChannelType.API);
        }
        if (n.contains("портал")) {
            return Optional.of(ChannelType.PORTAL);
        }
        if (n.contains("сайт")) {
            return Optional.of(ChannelType.SITE);
        }
        if (n.contains("телефон")) {
            return Optional.of(ChannelType.PHONE);
        }
        if (n.contains("почт")) {
            return Optional.of(ChannelType.POST);
        }
        if (n.contains("прием") || n.contains("приемн") || n.contains("личн")) {
            return Optional.of(ChannelType.RECEPTION);
        }
        return Optional.empty();
    }

    /** One reading of one file against the catalogues as they are now. */
    private final class Reading {

        private final String fileName;
        private final DocumentFormat format;
        private final Map<String, UUID> mapping;
        private final boolean excludeMissing;
        private final ListTemplate template = templates.current();
        private final List<AgencyProcess> processes = registry.list();
        private final List<ProcessGroup> groupList = groups.list().stream().filter(g -> !g.retired()).toList();
        private final List<OrgUnit> unitList = units.list().stream().filter(u -> !u.closed()).toList();
        private final List<Touchpoint> channels = touchpoints.list().stream().filter(t -> !t.retired()).toList();
        private final List<ClientNeed> needList = needs.list().stream().filter(n -> !n.retired()).toList();
        private final List<Finding> fileFindings = new ArrayList<>();
        private final Map<String, MissingProcess> missingProcesses = new LinkedHashMap<>();
        private final Map<String, MissingTouchpoint> missingChannels = new LinkedHashMap<>();
        private List<FileColumn> columns = List.of();
        private boolean unsure;

        Reading(String fileName, DocumentFormat format, Map<String, UUID> mapping, boolean excludeMissing) {
            this.fileName = fileName;
            this.format = format;
            this.mapping = mapping;
            this.excludeMissing = excludeMissing;
        }

        ImportPreview read(List<SourceTable> tables) {
            List<Parsed> parsed = new ArrayList<>();
            Carry carry = new Carry();
            boolean anyHeader = false;
            for (SourceTable table : tables) {
                Optional<Header> header = header(table);
                if (header.isEmpty()) {
                    if (!table.rows().isEmpty()) {
                        fileFindings.add(new Finding(Severity.INFO, place(table, 0, null), "import.finding.table-skipped", List.of()));
                    }
                    continue;
                }
                anyHeader = true;
                rows(table, header.get(), carry, parsed);
            }
            if (!anyHeader) {
                throw new DocumentRejectedException("import.reject.no-header", template.printed().stream()
                        .map(TemplateColumn::title).collect(Collectors.joining("», «")));
            }
            return finish(parsed);
        }

        // ---- columns

        private record Header(int rowIndex, Map<Integer, TemplateColumn> columns, List<String> titles) {
        }

        private Optional<Header> header(SourceTable table) {
            Header best = null;
            int bestScore = 0;
            for (int i = 0; i < Math.min(25, table.rows().size()); i++) {
                SourceTable.SourceRow row = table.rows().get(i);
                Map<Integer, TemplateColumn> assigned = new HashMap<>();
                Map<Integer, Integer> scores = new HashMap<>();
                int score = assign(row.cells(), assigned, scores);
                boolean core = assigned.values().stream().anyMatch(c -> c.standard() == StandardColumn.PROCESS
                        || c.standard() == StandardColumn.TOUCHPOINT);
                if (assigned.size() >= 2 && core && score > bestScore) {
                    bestScore = score;
                    best = new Header(i, assigned, row.cells());
                    boolean rowUnsure = scores.values().stream().anyMatch(s -> s < 3);
                    for (StandardColumn required : List.of(StandardColumn.PROCESS, StandardColumn.TOUCHPOINT, StandardColumn.NEEDS)) {
                        rowUnsure |= assigned.values().stream().noneMatch(c -> c.standard() == required);
                    }
                    List<FileColumn> described = new ArrayList<>();
                    for (int c = 0; c < row.cells().size(); c++) {
                        described.add(new FileColumn(row.cells().get(c), assigned.get(c), scores.getOrDefault(c, 0) >= 3
                                || mapping.containsKey(Texts.norm(row.cells().get(c)))));
                    }
                    columns = described;
                    unsure = rowUnsure;
                }
            }
            return Optional.ofNullable(best);
        }

        /** Matches header cells to the agency's columns; the person's mapping first, then by title. */
        private int assign(List<String> cells, Map<Integer, TemplateColumn> assigned, Map<Integer, Integer> scores) {
            record Candidate(int cell, TemplateColumn column, int score) {
            }
            List<Candidate> candidates = new ArrayList<>();
            Set<UUID> taken = new LinkedHashSet<>();
            for (int c = 0; c < cells.size(); c++) {
                String title = Texts.norm(cells.get(c));
                if (title.isEmpty()) {
                    continue;
                }
                UUID chosen = mapping.get(title);
                if (chosen != null) {
                    if (!chosen.equals(IGNORED)) {
                        int index = c;
                        template.columns().stream().filter(t -> t.id().equals(chosen)).findFirst().ifPresent(t -> {
                            assigned.put(index, t);
                            scores.put(index, 3);
                            taken.add(t.id());
                        });
                    }
                    continue;
                }
                for (TemplateColumn column : template.columns()) {
                    int score = score(title, column);
                    if (score > 0) {
                        candidates.add(new Candidate(c, column, score));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::score).reversed());
            int total = 0;
            for (Candidate candidate : candidates) {
                if (candidate.cell() < 0 || assigned.containsKey(candidate.cell()) || taken.contains(candidate.column().id())) {
                    continue;
                }
                assigned.put(candidate.cell(), candidate.column());
                scores.put(candidate.cell(), candidate.score());
                taken.add(candidate.column().id());
                total += candidate.score();
            }
            return total + (int) scores.values().stream().filter(s -> s == 3).count();
        }

        private int score(String title, TemplateColumn column) {
            List<String> accepted = new ArrayList<>();
            accepted.add(Texts.norm(column.title()));
            if (!column.isCustom()) {
                accepted.add(Texts.norm(column.standard().methodologyTitle()));
                accepted.addAll(SYNONYMS.get(column.standard()));
            }
            int best = 0;
            for (String a : accepted) {
                if (a.isEmpty()) {
                    continue;
                }
                if (title.equals(a)) {
                    return 3;
                }
                if ((title.startsWith(a) && a.length() >= 8) || (a.startsWith(title) && title.length() >= 8)) {
                    best = Math.max(best, 2);
                } else if (title.contains(a) && a.length() >= 10) {
                    best = Math.max(best, 1);
                }
            }
            return best;
        }

        // ---- rows

        /** What a row that leaves a cell empty takes from the rows above: the direction and the process. */
        private final class Carry {
            String groupNumber = "";
            String groupName = "";
            String process = "";
            ProcessGroup spanningGroup;
        }

        private record Parsed(Place place, List<String> cells, RowContent content, List<Finding> findings) {
        }

        private void rows(SourceTable table, Header header, Carry carry, List<Parsed> out) {
            List<String> headerNorm = header.titles().stream().map(Texts::norm).toList();
            Map<StandardColumn, Integer> standard = new EnumMap<>(StandardColumn.class);
            header.columns().forEach((index, column) -> {
                if (!column.isCustom()) {
                    standard.put(column.standard(), index);
                }
            });
            for (int i = header.rowIndex() + 1; i < table.rows().size(); i++) {
                SourceTable.SourceRow row = table.rows().get(i);
                if (row.cells().stream().map(Texts::norm).toList().equals(headerNorm) || numbering(row)) {
                    continue;
                }
                Set<String> distinct = row.cells().stream().filter(c -> !c.isBlank()).collect(Collectors.toSet());
                String processCell = cell(row, standard.get(StandardColumn.PROCESS));
                String touchpointCell = cell(row, standard.get(StandardColumn.TOUCHPOINT));
                if (distinct.size() == 1 && (row.cells().stream().filter(c -> !c.isBlank()).count() >= 2
                        || (processCell.isBlank() && touchpointCell.isBlank()))) {
                    spanningGroup(table, row, distinct.iterator().next(), carry);
                    continue;
                }
                out.add(row(table, row, header, standard, carry));
            }
        }

        private boolean numbering(SourceTable.SourceRow row) {
            int expected = 1;
            int seen = 0;
            for (String cell : row.cells()) {
                if (cell.isBlank()) {
                    continue;
                }
                if (!INTEGER.matcher(cell).matches() || Integer.parseInt(cell) != expected) {
                    return false;
                }
                expected++;
                seen++;
            }
            return seen >= 2;
        }

        private void spanningGroup(SourceTable table, SourceTable.SourceRow row, String text, Carry carry) {
            Matcher numbered = GROUP_TITLE.matcher(text.strip());
            String number = numbered.matches() ? numbered.group(1) : "";
            String title = numbered.matches() ? numbered.group(2) : text;
            Optional<ProcessGroup> group = group(number, title);
            if (group.isEmpty()) {
                fileFindings.add(new Finding(Severity.WARNING, place(table, row.number(), null), "import.finding.group-unknown",
                        List.of(text)));
            }
            carry.spanningGroup = group.orElse(null);
            carry.groupNumber = number;
            carry.groupName = title;
            carry.process = "";
        }

        private Parsed row(SourceTable table, SourceTable.SourceRow row, Header header, Map<StandardColumn, Integer> standard,
                           Carry carry) {
            List<Finding> findings = new ArrayList<>();
            String groupNumber = carried(cell(row, standard.get(StandardColumn.GROUP_NUMBER)), carry.groupNumber);
            String groupName = carried(cell(row, standard.get(StandardColumn.GROUP_NAME)), carry.groupName);
            if (!groupNumber.equals(carry.groupNumber) || !groupName.equals(carry.groupName)) {
                carry.process = "";
                carry.spanningGroup = null;
            }
            carry.groupNumber = groupNumber;
            carry.groupName = groupName;
            String processText = carried(cell(row, standard.get(StandardColumn.PROCESS)), carry.process);
            carry.process = processText;
            Optional<ProcessGroup> group = groupNumber.isBlank() && groupName.isBlank() ? Optional.ofNullable(carry.spanningGroup)
                    : group(groupNumber, groupName);
            if (group.isEmpty() && !(groupNumber.isBlank() && groupName.isBlank())) {
                findings.add(new Finding(Severity.WARNING, place(table, row.number(), title(header, StandardColumn.GROUP_NAME)),
                        "import.finding.group-unknown", List.of((groupNumber + " " + groupName).strip())));
            }
            // the process, with its unit in brackets on its last line when several units run it
            String processName = processText;
            String unitName = null;
            Matcher withUnit = UNIT_SUFFIX.matcher(processText);
            if (withUnit.matches()) {
                processName = withUnit.group(1);
                unitName = withUnit.group(2);
            }
            String processColumn = title(header, StandardColumn.PROCESS);
            AgencyProcess process = null;
            if (processName.isBlank()) {
                findings.add(new Finding(Severity.ERROR, place(table, row.number(), processColumn), "import.finding.process-empty",
                        List.of()));
            } else {
                process = process(processName, group.orElse(null)).orElse(null);
                if (process == null) {
                    findings.add(new Finding(Severity.ERROR, place(table, row.number(), processColumn),
                            "import.finding.process-unknown", List.of(processName)));
                    missingProcesses.putIfAbsent(Texts.norm(processName), new MissingProcess(processName.strip(),
                            group.map(ProcessGroup::id).orElse(null), group.map(ProcessGroup::titleForPrint).orElse(groupName)));
                } else if (group.isPresent() && !group.get().id().equals(process.groupId())) {
                    findings.add(new Finding(Severity.WARNING, place(table, row.number(), processColumn),
                            "import.finding.process-other-group", List.of(process.name(), process.groupName())));
                }
            }
            UUID unitId = null;
            if (unitName != null) {
                String wantedUnit = Texts.norm(unitName);
                Optional<OrgUnit> unit = unitList.stream().filter(u -> Texts.norm(u.name()).equals(wantedUnit)).findFirst();
                if (unit.isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, place(table, row.number(), processColumn), "import.finding.unit-unknown",
                            List.of(unitName)));
                } else {
                    unitId = unit.get().id();
                }
            }
            String touchpointColumn = title(header, StandardColumn.TOUCHPOINT);
            String touchpointText = cell(row, standard.get(StandardColumn.TOUCHPOINT));
            Touchpoint touchpoint = null;
            if (touchpointText.isBlank()) {
                findings.add(new Finding(Severity.ERROR, place(table, row.number(), touchpointColumn),
                        "import.finding.touchpoint-empty", List.of()));
            } else {
                touchpoint = touchpoint(touchpointText, table, row.number(), touchpointColumn, findings);
            }
            List<NeedInteraction> chosen = needs(cell(row, standard.get(StandardColumn.NEEDS)), table, row.number(),
                    title(header, StandardColumn.NEEDS), findings);
            String specifics = cell(row, standard.get(StandardColumn.SPECIFICS));
            if (touchpoint != null && Texts.norm(specifics).equals(Texts.norm(PrintedList.defaultSpecifics(touchpoint.kind())))) {
                specifics = "";
            }
            Map<UUID, String> custom = new HashMap<>();
            header.columns().forEach((index, column) -> {
                if (column.isCustom()) {
                    String value = row.cell(index);
                    if (!value.isBlank()) {
                        custom.put(column.id(), value);
                    }
                }
            });
            RowContent content = process == null || touchpoint == null ? null
                    : new RowContent(process.id(), unitId, touchpoint.id(), chosen, specifics.isBlank() ? null : specifics, null,
                    custom);
            return new Parsed(place(table, row.number(), null), row.cells(), content, findings);
        }

        private Touchpoint touchpoint(String text, SourceTable table, int row, String column, List<Finding> findings) {
            String wanted = Texts.norm(text);
            Optional<Touchpoint> exact = channels.stream().filter(t -> Texts.norm(t.name()).equals(wanted)).findFirst();
            if (exact.isPresent()) {
                return exact.get();
            }
            Optional<ChannelType> type = typeOf(text);
            List<Touchpoint> sameType = type.map(t -> channels.stream().filter(c -> c.type() == t).toList()).orElse(List.of());
            List<Touchpoint> containing = channels.stream().filter(t -> {
                String name = Texts.norm(t.name());
                return wanted.length() >= 5 && name.length() >= 5 && (name.contains(wanted) || wanted.contains(name));
            }).toList();
            Touchpoint found = sameType.size() == 1 ? sameType.getFirst() : containing.size() == 1 ? containing.getFirst() : null;
            if (found != null) {
                findings.add(new Finding(Severity.INFO, place(table, row, column), "import.finding.touchpoint-synonym",
                        List.of(text, found.name())));
                return found;
            }
            ChannelType guessed = type.orElse(ChannelType.OTHER);
            missingChannels.putIfAbsent(wanted, new MissingTouchpoint(text.strip(), guessed, guessed.usualKind()));
            findings.add(new Finding(Severity.ERROR, place(table, row, column), "import.finding.touchpoint-unknown", List.of(text)));
            return null;
        }

        /**
         * Column 5: needs separated by line breaks, «;» or commas (need names have commas of their own,
         * so the longest known name wins), each optionally followed by « — » and the interaction.
         * Text that names no need is kept under «Другие потребности клиента» and flagged.
         */
        private List<NeedInteraction> needs(String text, SourceTable table, int row, String column, List<Finding> findings) {
            List<NeedInteraction> result = new ArrayList<>();
            if (text.isBlank()) {
                findings.add(new Finding(Severity.ERROR, place(table, row, column), "import.finding.needs-empty", List.of()));
                return result;
            }
            List<String> unmatched = new ArrayList<>();
            for (String part : text.split("[\\n;]+")) {
                String piece = part.strip().replaceFirst("^[-–—•·*]\\s*", "");
                if (piece.isEmpty()) {
                    continue;
                }
                String name = piece;
                String interaction = null;
                int dash = piece.indexOf(" — ");
                if (dash < 0) {
                    dash = piece.indexOf(" – ");
                }
                if (dash > 0) {
                    name = piece.substring(0, dash);
                    interaction = piece.substring(dash + 3).strip();
                }
                Optional<ClientNeed> whole = need(name);
                if (whole.isPresent()) {
                    result.add(new NeedInteraction(whole.get().id(), interaction));
                    continue;
                }
                String[] tokens = name.split(",");
                int i = 0;
                while (i < tokens.length) {
                    int matchedTo = -1;
                    ClientNeed matched = null;
                    StringBuilder joined = new StringBuilder();
                    for (int j = i; j < tokens.length; j++) {
                        if (j > i) {
                            joined.append(',');
                        }
                        joined.append(tokens[j]);
                        Optional<ClientNeed> candidate = need(joined.toString());
                        if (candidate.isPresent()) {
                            matched = candidate.get();
                            matchedTo = j;
                        }
                    }
                    if (matched == null) {
                        unmatched.add(tokens[i].strip());
                        i++;
                    } else {
                        result.add(new NeedInteraction(matched.id(), matchedTo == tokens.length - 1 ? interaction : null));
                        i = matchedTo + 1;
                    }
                }
            }
            unmatched.removeIf(String::isBlank);
            if (!unmatched.isEmpty()) {
                String kept = String.join("; ", unmatched);
                Optional<ClientNeed> other = needList.stream().filter(n -> Texts.norm(n.name()).startsWith("другие") && Texts.norm(n.name()).contains("потребност"))
                        .findFirst();
                if (other.isPresent()) {
                    result.add(new NeedInteraction(other.get().id(), kept));
                    findings.add(new Finding(Severity.WARNING, place(table, row, column), "import.finding.need-kept",
                            List.of(kept, other.get().name())));
                } else {
                    findings.add(new Finding(Severity.ERROR, place(table, row, column), "import.finding.need-unknown",
                            List.of(kept)));
                }
            }
            return result;
        }

        private Optional<ClientNeed> need(String text) {
            String wanted = Texts.norm(text);
            if (wanted.isEmpty()) {
                return Optional.empty();
            }
            return needList.stream().filter(n -> Texts.norm(n.name()).equals(wanted)).findFirst();
        }

        private Optional<ProcessGroup> group(String number, String title) {
            String wanted = Texts.norm(title);
            if (!wanted.isEmpty()) {
                Optional<ProcessGroup> byTitle = groupList.stream().filter(g -> Texts.norm(g.titleForPrint()).equals(wanted)
                        || Texts.norm(g.name()).equals(wanted)).findFirst();
                if (byTitle.isPresent()) {
                    return byTitle;
                }
            }
            if (INTEGER.matcher(number.strip()).matches()) {
                int n = Integer.parseInt(number.strip());
                return groupList.stream().filter(g -> g.number() != null && g.number() == n).findFirst();
            }
            return Optional.empty();
        }

        private Optional<AgencyProcess> process(String name, ProcessGroup group) {
            String wanted = Texts.norm(name);
            List<AgencyProcess> named = processes.stream().filter(p -> Texts.norm(p.name()).equals(wanted)).toList();
            return named.stream().filter(p -> !p.excluded()).filter(p -> group == null || p.groupId().equals(group.id())).findFirst()
                    .or(() -> named.stream().filter(p -> !p.excluded()).findFirst())
                    .or(() -> named.stream().findFirst());
        }

        // ---- the result

        private ImportPreview finish(List<Parsed> parsed) {
            int base = list.currentNumber();
            List<ListRow> current = list.allRows(base);
            Map<List<UUID>, ListRow> byKey = new HashMap<>();
            current.forEach(r -> byKey.put(r.uniquenessKey(), r));
            List<RowContent> contents = parsed.stream().map(Parsed::content).filter(Objects::nonNull).toList();
            java.util.Iterator<ListService.Checked> checked = list.checkEach(contents).iterator();
            boolean specificsPrinted = template.printed().stream().anyMatch(c -> c.standard() == StandardColumn.SPECIFICS);
            Set<UUID> printedCustom = template.printed().stream().filter(TemplateColumn::isCustom).map(TemplateColumn::id)
                    .collect(Collectors.toSet());
            java.util.function.Predicate<UUID> mine = requests.mayDraft();
            Map<UUID, String> processNames = processes.stream().collect(Collectors.toMap(AgencyProcess::id, AgencyProcess::name));
            Map<List<UUID>, Place> seen = new HashMap<>();
            List<ImportedRow> rows = new ArrayList<>();
            List<RowChange> changes = new ArrayList<>();
            Set<UUID> listed = new java.util.HashSet<>();
            for (Parsed p : parsed) {
                List<Finding> findings = new ArrayList<>(p.findings());
                if (p.content() == null) {
                    rows.add(new ImportedRow(p.place(), Status.REFUSED, null, p.cells(), findings));
                    continue;
                }
                ListService.Checked result = checked.next();
                if (result.refusal() != null) {
                    findings.add(new Finding(Severity.ERROR, p.place(), result.refusal().messageKey(),
                            List.of(result.refusal().arguments())));
                    rows.add(new ImportedRow(p.place(), Status.REFUSED, null, p.cells(), findings));
                    continue;
                }
                RowContent clean = result.content();
                List<Finding> notMine = mine.test(clean.processId()) ? List.of()
                        : List.of(new Finding(Severity.ERROR, p.place(), "import.finding.not-your-process",
                        List.of(processNames.getOrDefault(clean.processId(), ""))));
                boolean blocked = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
                List<UUID> key = java.util.Arrays.asList(clean.processId(), clean.unitId(), clean.touchpointId());
                Place first = seen.putIfAbsent(key, p.place());
                if (first != null) {
                    findings.add(new Finding(Severity.ERROR, p.place(), "import.finding.duplicate", List.of(first.row())));
                    rows.add(new ImportedRow(p.place(), Status.REFUSED, result.row(), p.cells(), findings));
                    continue;
                }
                ListRow existing = byKey.get(key);
                if (existing == null) {
                    findings.addAll(notMine);
                    blocked |= !notMine.isEmpty();
                    UUID entryKey = UUID.randomUUID();
                    rows.add(new ImportedRow(p.place(), blocked ? Status.REFUSED : Status.ADDED, keyed(result.row(), entryKey),
                            p.cells(), findings));
                    changes.add(new RowChange.Add(entryKey, clean));
                    continue;
                }
                listed.add(existing.entryKey());
                RowContent now = existing.content();
                Map<UUID, String> custom = new HashMap<>(now.customValues());
                printedCustom.forEach(custom::remove);
                clean.customValues().forEach((id, value) -> {
                    if (printedCustom.contains(id)) {
                        custom.put(id, value);
                    }
                });
                RowContent merged = new RowContent(now.processId(), now.unitId(), now.touchpointId(), clean.needs(),
                        specificsPrinted ? clean.specifics() : now.specifics(), now.basis(), custom);
                boolean same = sameNeeds(merged.needs(), now.needs()) && Objects.equals(blank(merged.specifics()), blank(now.specifics()))
                        && blankValues(merged.customValues()).equals(blankValues(now.customValues()));
                ListRow understood = keyed(result.row(), existing.entryKey());
                if (same) {
                    rows.add(new ImportedRow(p.place(), blocked ? Status.REFUSED : Status.UNCHANGED, understood, p.cells(), findings));
                } else {
                    findings.addAll(notMine);
                    blocked |= !notMine.isEmpty();
                    rows.add(new ImportedRow(p.place(), blocked ? Status.REFUSED : Status.MODIFIED, understood, p.cells(), findings));
                    changes.add(new RowChange.Modify(existing.entryKey(), existing.revisionId(), merged));
                }
            }
            List<ListRow> excluded = excludeMissing ? current.stream().filter(r -> !listed.contains(r.entryKey())).toList() : List.of();
            excluded.forEach(r -> changes.add(new RowChange.Exclude(r.entryKey(), r.revisionId())));
            excluded.stream().filter(r -> !mine.test(r.processId())).forEach(r -> fileFindings.add(new Finding(Severity.ERROR,
                    new Place(true, "", 0, null), "import.finding.exclusion-not-yours", List.of(r.processName(), r.touchpointName()))));
            ListService.DraftPreview draft = list.preview(changes);
            return new ImportPreview(fileName, format, base, columns, unsure, rows, excluded, fileFindings,
                    List.copyOf(missingProcesses.values()), List.copyOf(missingChannels.values()), draft.findings(), changes,
                    draft.diff());
        }

        private Place place(SourceTable table, int row, String column) {
            return new Place(table.sheet(), table.name(), row, column);
        }

        private String title(Header header, StandardColumn standard) {
            return header.columns().entrySet().stream().filter(e -> e.getValue().standard() == standard).findFirst()
                    .map(e -> header.titles().get(e.getKey())).orElse(null);
        }
    }

    private static ListRow keyed(ListRow row, UUID key) {
        return new ListRow(key, row.revisionId(), row.validFrom(), row.groupId(), row.groupNumber(), row.groupTitle(),
                row.processId(), row.processName(), row.unitId(), row.unitName(), row.touchpointId(), row.touchpointName(),
                row.kind(), row.needs(), row.specifics(), row.basis(), row.customValues());
    }

    private static boolean sameNeeds(List<NeedInteraction> a, List<NeedInteraction> b) {
        return a.stream().map(n -> n.needId() + "|" + blank(n.interaction())).toList()
                .equals(b.stream().map(n -> n.needId() + "|" + blank(n.interaction())).toList());
    }

    private static Map<UUID, String> blankValues(Map<UUID, String> values) {
        Map<UUID, String> result = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                result.put(k, v.strip());
            }
        });
        return result;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cell(SourceTable.SourceRow row, Integer index) {
        return index == null ? "" : row.cell(index);
    }

    private static String carried(String value, String above) {
        return value.isBlank() ? above : value;
    }

}
