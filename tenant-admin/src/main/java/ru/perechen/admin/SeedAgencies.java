package ru.perechen.admin;

import java.util.List;
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

import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.tenancy.AgencyType;

/**
 * The regions and agencies whose acts are the project's sources (DOMAIN.md, seeds 000–004). Their
 * slugs are the aliases of the Keycloak organizations in {@code infra/keycloak/perechen-realm.json}.
 */
public final class SeedAgencies {

    public static final String NSO = "54";
    public static final String MORDOVIA = "13";

    public static final List<SeedRegion> REGIONS = List.of(
            new SeedRegion(NSO, "Новосибирская область"),
            new SeedRegion(MORDOVIA, "Республика Мордовия"));

    public static final List<SeedAgency> AGENCIES = List.of(
            new SeedAgency(NSO, "minpromtorg-nso",
                    "Министерство промышленности, торговли и развития предпринимательства Новосибирской области",
                    "Минпромторг НСО", AgencyType.MINISTRY, "https://mpr.nso.ru", "https://mpr.nso.ru/documents",
                    "Ковалёва Елена Сергеевна, заместитель министра",
                    List.of(SUPPORT_MEASURES, PUBLIC_SERVICES, CONTROL, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT), NeedSet.METHODOLOGY_9),
            new SeedAgency(MORDOVIA, "minpromnauki-rm",
                    "Министерство промышленности, науки и новых технологий Республики Мордовия",
                    "Минпромнауки Мордовии", AgencyType.MINISTRY, "https://minprom.e-mordovia.ru",
                    "https://minprom.e-mordovia.ru/documents",
                    "Кирдяшкина Татьяна Николаевна, заместитель министра",
                    List.of(SUPPORT_MEASURES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING, INTERNAL_HR,
                            INTERNAL_ADMINISTRATION, OTHER_FUNCTIONS), NeedSet.METHODOLOGY_9),
            new SeedAgency(NSO, "gsn-nso",
                    "Инспекция государственного строительного надзора Новосибирской области",
                    "Инспекция госстройнадзора НСО", AgencyType.INSPECTION, "https://gsn.nso.ru",
                    "https://gsn.nso.ru/documents",
                    "Морозов Андрей Петрович, заместитель начальника инспекции",
                    List.of(CONTROL, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING,
                            INTERNAL_ADMINISTRATION), NeedSet.METHODOLOGY_9),
            new SeedAgency(NSO, "dizo-nso",
                    "Департамент имущества и земельных отношений Новосибирской области",
                    "ДИЗО НСО", AgencyType.DEPARTMENT, "https://dizo.nso.ru", "https://dizo.nso.ru/documents",
                    "Белова Наталья Викторовна, заместитель руководителя департамента",
                    List.of(PUBLIC_SERVICES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT, INTERNAL_IT, INTERNAL_ACCOUNTING,
                            INTERNAL_ADMINISTRATION), NeedSet.WITH_INSPECTION_10),
            new SeedAgency(NSO, "minek-nso",
                    "Министерство экономического развития Новосибирской области",
                    "Минэкономразвития НСО", AgencyType.MINISTRY, "https://econom.nso.ru",
                    "https://econom.nso.ru/documents",
                    "Соколов Дмитрий Игоревич, заместитель министра",
                    List.of(SUPPORT_MEASURES, APPEALS, INFORMATION_ACCESS, INTERNAL_CLIENT), NeedSet.METHODOLOGY_9));

    private SeedAgencies() {
    }

    public record SeedRegion(String code, String name) {
    }

    public record SeedAgency(String regionCode, String slug, String fullName, String shortName, AgencyType type,
                             String officialSiteUrl, String documentsSectionUrl, String ccDeputy,
                             List<DefaultProcessGroup> processGroups, NeedSet needs) {
    }
}
