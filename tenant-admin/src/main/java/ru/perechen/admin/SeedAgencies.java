package ru.perechen.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import static ru.perechen.catalog.DefaultProcessGroup.APPEALS;
import static ru.perechen.catalog.DefaultProcessGroup.CONTROL;
import static ru.perechen.catalog.DefaultProcessGroup.INFORMATION_ACCESS;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_ACCOUNTING;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_ADMINISTRATION;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_CLIENT;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_HR;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_IT;
import static ru.perechen.catalog.DefaultProcessGroup.OTHER_FUNCTIONS;
import static ru.perechen.catalog.DefaultProcessGroup.PUBLIC_SERVICES;
import static ru.perechen.catalog.DefaultProcessGroup.SUPPORT_MEASURES;

import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalStepDraft;
import ru.perechen.workflow.ApproverRule;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumnDraft;
import ru.perechen.catalog.NeedSet;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.Role;

/**
 * The regions and agencies whose acts are the project's sources (DOMAIN.md, seeds 000–004). Their
 * slugs are the aliases of the Keycloak organizations in {@code infra/keycloak/perechen-realm.json}.
 */
public final class SeedAgencies {

    public static final String NSO = "54";
    public static final String MORDOVIA = "13";

    /** 000 §11: unit head → supervising deputy minister → client-centricity deputy minister; no order. */
    public static final ApprovalChainDraft CHAIN_000 = new ApprovalChainDraft(List.of(
            ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
            ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3),
            ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)), false, true);
    /** 001 §3.2, 002 §4.2–4.4: unit head → client-centricity deputy; approved by order. */
    public static final ApprovalChainDraft CHAIN_TWO_STEPS_AND_ORDER = new ApprovalChainDraft(List.of(
            ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
            ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)), true, true);
    /** 003 §13, §16: unit head → supervising deputy head → client-centricity deputy head; approved by order. */
    public static final ApprovalChainDraft CHAIN_003 = new ApprovalChainDraft(List.of(
            ApprovalStepDraft.of(ApproverRule.UNIT_HEAD, 3),
            ApprovalStepDraft.of(ApproverRule.SUPERVISING_DEPUTY, 3),
            ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)), true, true);

    /** 001 Приложение 2: «№», «Направление деятельности», the process «(услуги, сервиса)», the needs spelled out. */
    public static final ListTemplateDraft TEMPLATE_001 = new ListTemplateDraft(true, List.of(
            TemplateColumnDraft.standard(StandardColumn.GROUP_NUMBER, "№", true),
            TemplateColumnDraft.standard(StandardColumn.GROUP_NAME, "Направление деятельности", true),
            TemplateColumnDraft.standard(StandardColumn.PROCESS, "Наименование конкретного процесса (услуги, сервиса)", true),
            TemplateColumnDraft.standard(StandardColumn.TOUCHPOINT, "Точка взаимодействия", true),
            TemplateColumnDraft.standard(StandardColumn.NEEDS,
                    "Осуществляемое взаимодействие с клиентом (удовлетворяемые потребности клиента)", true),
            TemplateColumnDraft.standard(StandardColumn.SPECIFICS, "Особенности взаимодействия с клиентом", true)));
    /** 003 §6: five columns, no group number, the direction first. */
    public static final ListTemplateDraft TEMPLATE_003 = new ListTemplateDraft(true, List.of(
            TemplateColumnDraft.standard(StandardColumn.GROUP_NUMBER, StandardColumn.GROUP_NUMBER.methodologyTitle(), false),
            TemplateColumnDraft.standard(StandardColumn.GROUP_NAME, "Направление деятельности департамента", true),
            TemplateColumnDraft.standard(StandardColumn.PROCESS, StandardColumn.PROCESS.methodologyTitle(), true),
            TemplateColumnDraft.standard(StandardColumn.TOUCHPOINT, StandardColumn.TOUCHPOINT.methodologyTitle(), true),
            TemplateColumnDraft.standard(StandardColumn.NEEDS, StandardColumn.NEEDS.methodologyTitle(), true),
            TemplateColumnDraft.standard(StandardColumn.SPECIFICS, StandardColumn.SPECIFICS.methodologyTitle(), true)));

    public static final List<SeedRegion> REGIONS = List.of(
            new SeedRegion(NSO, "Новосибирская область"),
            new SeedRegion(MORDOVIA, "Республика Мордовия"));

    public static final List<SeedAgency> AGENCIES = List.of(
            new SeedAgency(NSO, "minpromtorg-nso",
                    "Министерство промышленности, торговли и развития предпринимательства Новосибирской области",
                    "Минпромторг НСО", AgencyType.MINISTRY, "https://mpr.nso.ru", "https://mpr.nso.ru/documents",
                    "Ковалёва Елена Сергеевна, заместитель министра",
                    List.of(SUPPORT_MEASURES, PUBLIC_SERVICES, CONTROL, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT), NeedSet.METHODOLOGY_9, CHAIN_000, ListTemplateDraft.methodology()),
            new SeedAgency(MORDOVIA, "minpromnauki-rm",
                    "Министерство промышленности, науки и новых технологий Республики Мордовия",
                    "Минпромнауки Мордовии", AgencyType.MINISTRY, "https://minprom.e-mordovia.ru",
                    "https://minprom.e-mordovia.ru/documents",
                    "Кирдяшкина Татьяна Николаевна, заместитель министра",
                    List.of(SUPPORT_MEASURES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING, INTERNAL_HR,
                            INTERNAL_ADMINISTRATION, OTHER_FUNCTIONS), NeedSet.METHODOLOGY_9, CHAIN_TWO_STEPS_AND_ORDER, TEMPLATE_001),
            new SeedAgency(NSO, "gsn-nso",
                    "Инспекция государственного строительного надзора Новосибирской области",
                    "Инспекция госстройнадзора НСО", AgencyType.INSPECTION, "https://gsn.nso.ru",
                    "https://gsn.nso.ru/documents",
                    "Морозов Андрей Петрович, заместитель начальника инспекции",
                    List.of(CONTROL, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING,
                            INTERNAL_ADMINISTRATION), NeedSet.METHODOLOGY_9, CHAIN_TWO_STEPS_AND_ORDER, ListTemplateDraft.methodology()),
            new SeedAgency(NSO, "dizo-nso",
                    "Департамент имущества и земельных отношений Новосибирской области",
                    "ДИЗО НСО", AgencyType.DEPARTMENT, "https://dizo.nso.ru", "https://dizo.nso.ru/documents",
                    "Белова Наталья Викторовна, заместитель руководителя департамента",
                    List.of(PUBLIC_SERVICES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING,
                            INTERNAL_ADMINISTRATION), NeedSet.WITH_INSPECTION_10, CHAIN_003, TEMPLATE_003),
            new SeedAgency(NSO, "minek-nso",
                    "Министерство экономического развития Новосибирской области",
                    "Минэкономразвития НСО", AgencyType.MINISTRY, "https://econom.nso.ru",
                    "https://econom.nso.ru/documents",
                    "Соколов Дмитрий Игоревич, заместитель министра",
                    List.of(SUPPORT_MEASURES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT), NeedSet.METHODOLOGY_9, CHAIN_TWO_STEPS_AND_ORDER, ListTemplateDraft.methodology()));

    /**
     * The demo people of each seed agency, as {@code infra/keycloak/perechen-realm.json} has them:
     * user name prefix → roles present. Their Keycloak ids are {@link #subjectOf(String)}.
     */
    public static final Map<String, String> PREFIXES = Map.of(
            "minpromtorg-nso", "mpt", "minpromnauki-rm", "mpn", "gsn-nso", "gsn", "dizo-nso", "dizo", "minek-nso", "minek");

    /** Demo people by role suffix: first and last name as in the realm file. */
    public static final Map<String, String> PEOPLE = Map.of(
            "admin", "Анна Админова", "cc", "Елена Ковалёва", "deputy", "Сергей Курирующий",
            "head", "Ольга Начальникова", "editor", "Иван Редакторов", "viewer", "Мария Наблюдаева");

    /** The realm role of each demo role suffix. */
    public static final Map<String, Role> ROLES = Map.of(
            "admin", Role.TENANT_ADMIN, "cc", Role.CC_DEPUTY, "deputy", Role.SUPERVISING_DEPUTY,
            "head", Role.UNIT_HEAD, "editor", Role.EDITOR, "viewer", Role.VIEWER);

    /** Units of each seed agency: name, parent (or null); heads, deputies and members follow the demo roles. */
    public static final Map<String, List<String[]>> UNITS = Map.of(
            "minpromtorg-nso", List.of(
                    new String[] {"Управление промышленной политики", null},
                    new String[] {"Отдел развития промышленности", "Управление промышленной политики"},
                    new String[] {"Отдел поддержки малого и среднего предпринимательства", null},
                    new String[] {"Отдел правовой и кадровой работы", null}),
            "minpromnauki-rm", List.of(
                    new String[] {"Отдел промышленности", null},
                    new String[] {"Отдел науки и инноваций", null},
                    new String[] {"Отдел бухгалтерского учета и отчетности", null}),
            "gsn-nso", List.of(
                    new String[] {"Отдел надзора за строительством", null},
                    new String[] {"Отдел правового обеспечения", null},
                    new String[] {"Административно-хозяйственный отдел", null}),
            "dizo-nso", List.of(
                    new String[] {"Управление земельных отношений", null},
                    new String[] {"Отдел предоставления земельных участков", "Управление земельных отношений"},
                    new String[] {"Управление имущественных отношений", null},
                    new String[] {"Отдел бухгалтерского учета", null}),
            "minek-nso", List.of(
                    new String[] {"Отдел государственной поддержки", null},
                    new String[] {"Отдел стратегического планирования", null},
                    new String[] {"Отдел кадров", null}));

    private SeedAgencies() {
    }

    /** The role suffixes of an agency's demo users: every role in three agencies, three roles in the others. */
    public static Set<String> demoRoles(String slug) {
        return Set.of("gsn-nso", "minek-nso").contains(slug)
                ? Set.of("admin", "cc", "editor")
                : PEOPLE.keySet();
    }

    /** The Keycloak user id the realm file gives a demo user. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("keycloak-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public record SeedRegion(String code, String name) {
    }

    public record SeedAgency(String regionCode, String slug, String fullName, String shortName, AgencyType type,
                             String officialSiteUrl, String documentsSectionUrl, String ccDeputy,
                             List<DefaultProcessGroup> processGroups, NeedSet needs, ApprovalChainDraft chain,
                             ListTemplateDraft template) {
    }
}
