package ru.perechen.admin;

import java.util.List;
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
                    "Ковалёва Елена Сергеевна, заместитель министра"),
            new SeedAgency(MORDOVIA, "minpromnauki-rm",
                    "Министерство промышленности, науки и новых технологий Республики Мордовия",
                    "Минпромнауки Мордовии", AgencyType.MINISTRY, "https://minprom.e-mordovia.ru",
                    "https://minprom.e-mordovia.ru/documents",
                    "Кирдяшкина Татьяна Николаевна, заместитель министра"),
            new SeedAgency(NSO, "gsn-nso",
                    "Инспекция государственного строительного надзора Новосибирской области",
                    "Инспекция госстройнадзора НСО", AgencyType.INSPECTION, "https://gsn.nso.ru",
                    "https://gsn.nso.ru/documents",
                    "Морозов Андрей Петрович, заместитель начальника инспекции"),
            new SeedAgency(NSO, "dizo-nso",
                    "Департамент имущества и земельных отношений Новосибирской области",
                    "ДИЗО НСО", AgencyType.DEPARTMENT, "https://dizo.nso.ru", "https://dizo.nso.ru/documents",
                    "Белова Наталья Викторовна, заместитель руководителя департамента"),
            new SeedAgency(NSO, "minek-nso",
                    "Министерство экономического развития Новосибирской области",
                    "Минэкономразвития НСО", AgencyType.MINISTRY, "https://econom.nso.ru",
                    "https://econom.nso.ru/documents",
                    "Соколов Дмитрий Игоревич, заместитель министра"));

    private SeedAgencies() {
    }

    public record SeedRegion(String code, String name) {
    }

    public record SeedAgency(String regionCode, String slug, String fullName, String shortName, AgencyType type,
                             String officialSiteUrl, String documentsSectionUrl, String ccDeputy) {
    }
}
