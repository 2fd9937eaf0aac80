package ru.perechen.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.internal.ListTemplateEntity;
import ru.perechen.catalog.internal.ListTemplateRepository;
import ru.perechen.catalog.internal.TemplateColumnEntity;
import ru.perechen.catalog.internal.TemplateColumnRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * The columns of the agency's printed list. Every standard column is always part of the template
 * (hidden or shown); the agency's own columns are hidden, never deleted, so older versions of the
 * list keep their values.
 */
@Service
public class ListTemplateService {

    static final String ENTITY = "ListTemplate";
    public static final int MAX_COLUMNS = 20;
    public static final int MAX_OPTIONS = 50;
    private static final int OPTION_MAX = 200;

    private final ListTemplateRepository templates;
    private final TemplateColumnRepository columns;
    private final AuditLog audit;
    private final EntityManager entityManager;

    ListTemplateService(ListTemplateRepository templates, TemplateColumnRepository columns, AuditLog audit,
                        EntityManager entityManager) {
        this.templates = templates;
        this.columns = columns;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** The agency's template, or the methodology's six columns while it has none of its own. */
    @Transactional(readOnly = true)
    public ListTemplate current() {
        TenantContext.requireAgency();
        return templates.findFirstBy().map(t -> toRecord(t, columns.findAllByOrderByPositionAsc()))
                .orElseGet(() -> fromDraft(ListTemplateDraft.methodology()));
    }

    /**
     * Saves the whole template in one go.
     *
     * @param version the version the editor started from (-1 when the agency had no template yet)
     */
    @Transactional
    public ListTemplate save(long version, ListTemplateDraft draft) {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
        ListTemplateEntity template = templates.findFirstBy().orElse(null);
        long currentVersion = template == null ? -1 : template.getVersion();
        if (currentVersion != version) {
            throw new ObjectOptimisticLockingFailureException(ListTemplateEntity.class, template == null ? "new" : template.getId());
        }
        ListTemplate before = template == null ? null : current();
        List<TemplateColumnEntity> existing = template == null ? List.of() : columns.findAllByOrderByPositionAsc();
        validate(draft, existing);
        if (template == null) {
            template = new ListTemplateEntity();
            template.setNumberingRow(draft.numberingRow());
            template = templates.saveAndFlush(template);
        } else {
            // the template row's version is the lock of the whole template: every save moves it on
            entityManager.lock(template, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            template.setNumberingRow(draft.numberingRow());
        }
        Map<UUID, TemplateColumnEntity> byId = existing.stream()
                .collect(Collectors.toMap(TemplateColumnEntity::getId, Function.identity()));
        Map<StandardColumn, TemplateColumnEntity> byStandard = existing.stream().filter(c -> c.getStandard() != null)
                .collect(Collectors.toMap(TemplateColumnEntity::getStandard, Function.identity()));
        List<TemplateColumnEntity> saved = new ArrayList<>();
        for (int i = 0; i < draft.columns().size(); i++) {
            TemplateColumnDraft d = draft.columns().get(i);
            TemplateColumnEntity entity = d.id() != null ? byId.get(d.id())
                    : d.standard() != null ? byStandard.getOrDefault(d.standard(), new TemplateColumnEntity())
                    : new TemplateColumnEntity();
            entity.setPosition(i + 1);
            if (entity.getId() == null) {
                entity.setStandard(d.standard());
                entity.setCustomType(d.standard() == null ? d.customType() : null);
            }
            entity.setTitle(clean(d.title()));
            entity.setVisible(d.visible() || (entity.getStandard() != null && entity.getStandard().alwaysPrinted()));
            entity.setOptions(entity.getCustomType() == CustomColumnType.CHOICE ? String.join("\n", cleanOptions(d.options())) : null);
            saved.add(columns.save(entity));
        }
        columns.flush();
        templates.flush();
        ListTemplate after = toRecord(template, saved);
        audit.record(ENTITY, template.getId(), before == null ? "CREATED" : "UPDATED",
                after.printed().stream().map(TemplateColumn::title).collect(Collectors.joining(" | ")), before, after);
        return after;
    }

    /** Sets a preset's template unless the agency has one already. */
    @Transactional
    public void applyPreset(ListTemplateDraft preset) {
        TenantContext.requireAgency();
        if (templates.findFirstBy().isEmpty()) {
            save(-1, preset);
        }
    }

    private void validate(ListTemplateDraft draft, List<TemplateColumnEntity> existing) {
        if (draft.columns().size() > MAX_COLUMNS) {
            throw new InvalidConfigurationException("columns", "template.error.too-many", MAX_COLUMNS);
        }
        Set<UUID> known = existing.stream().map(TemplateColumnEntity::getId).collect(Collectors.toSet());
        Set<UUID> listed = new HashSet<>();
        Set<StandardColumn> standards = EnumSet.noneOf(StandardColumn.class);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < draft.columns().size(); i++) {
            TemplateColumnDraft d = draft.columns().get(i);
            String field = "columns." + (i + 1) + ".";
            if (d.id() != null && (!known.contains(d.id()) || !listed.add(d.id()))) {
                throw new InvalidConfigurationException(field + "title", "catalog.error.not-found");
            }
            StandardColumn standard = d.id() != null
                    ? existing.stream().filter(e -> e.getId().equals(d.id())).findFirst().orElseThrow().getStandard()
                    : d.standard();
            if (standard != null && !standards.add(standard)) {
                throw new InvalidConfigurationException(field + "title", "template.error.standard-twice", i + 1);
            }
            if (standard == null && d.id() == null && d.customType() == null) {
                throw new InvalidConfigurationException(field + "type", "template.error.type-required", i + 1);
            }
            String title = clean(d.title());
            if (title == null) {
                throw new InvalidConfigurationException(field + "title", "template.error.title-required", i + 1);
            }
            if (title.length() > TemplateColumnEntity.TITLE_MAX) {
                throw new InvalidConfigurationException(field + "title", "catalog.error.name-too-long", TemplateColumnEntity.TITLE_MAX);
            }
            if (standard != null && standard.alwaysPrinted() && !d.visible()) {
                throw new InvalidConfigurationException(field + "visible", "template.error.always-printed", title);
            }
            if ((d.visible() || (standard != null && standard.alwaysPrinted()))
                    && !titles.add(title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                throw new InvalidConfigurationException(field + "title", "template.error.title-duplicate", title);
            }
            CustomColumnType type = d.id() != null
                    ? existing.stream().filter(e -> e.getId().equals(d.id())).findFirst().orElseThrow().getCustomType()
                    : d.customType();
            if (type == CustomColumnType.CHOICE) {
                List<String> options = cleanOptions(d.options());
                if (options.isEmpty()) {
                    throw new InvalidConfigurationException(field + "options", "template.error.options-required", title);
                }
                if (options.size() > MAX_OPTIONS || options.stream().anyMatch(o -> o.length() > OPTION_MAX)
                        || String.join("\n", options).length() > TemplateColumnEntity.OPTIONS_MAX) {
                    throw new InvalidConfigurationException(field + "options", "template.error.options-too-many", MAX_OPTIONS, OPTION_MAX);
                }
            }
        }
        if (!listed.containsAll(known)) {
            throw new InvalidConfigurationException("columns", "template.error.column-missing");
        }
        if (!standards.containsAll(EnumSet.allOf(StandardColumn.class))) {
            throw new InvalidConfigurationException("columns", "template.error.column-missing");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    private static List<String> cleanOptions(List<String> options) {
        return options.stream().map(ListTemplateService::clean).filter(o -> o != null).distinct().toList();
    }

    private static ListTemplate toRecord(ListTemplateEntity template, List<TemplateColumnEntity> entities) {
        return new ListTemplate(template.isNumberingRow(), entities.stream().map(c -> new TemplateColumn(c.getId(), c.getStandard(),
                c.getCustomType(), c.getTitle(), c.isVisible(),
                c.getOptions() == null ? List.of() : Arrays.asList(c.getOptions().split("\n")))).toList(), template.getVersion());
    }

    private static ListTemplate fromDraft(ListTemplateDraft draft) {
        return new ListTemplate(draft.numberingRow(), draft.columns().stream().map(c -> new TemplateColumn(null, c.standard(),
                c.customType(), c.title(), c.visible(), c.options())).toList(), -1);
    }
}
