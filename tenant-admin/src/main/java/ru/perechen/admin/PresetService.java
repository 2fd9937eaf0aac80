package ru.perechen.admin;

import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.ListService;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * Registers the seed regions and agencies with their starting profile, process groups and client
 * needs as their acts set them. Idempotent: what exists is
 * left as it is, so a restart never overwrites what an agency has changed.
 */
@Service
public class PresetService {

    private static final Logger log = LoggerFactory.getLogger(PresetService.class);

    private final AgencyDirectory directory;
    private final AgencyProfileService profiles;
    private final ProcessGroupService processGroups;
    private final ClientNeedService clientNeeds;
    private final StaffDirectory staff;
    private final OrgUnitService units;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final ApprovalChainService chains;
    private final ListTemplateService templates;
    private final ListService list;

    private final ru.perechen.publication.PublicationService publications;

    PresetService(AgencyDirectory directory, AgencyProfileService profiles, ProcessGroupService processGroups,
                  ClientNeedService clientNeeds, StaffDirectory staff, OrgUnitService units,
                  ProcessRegistryService registry, TouchpointService touchpoints,
                  ApprovalChainService chains, ListTemplateService templates, ListService list,
                  ru.perechen.publication.PublicationService publications) {
        this.publications = publications;
        this.directory = directory;
        this.profiles = profiles;
        this.processGroups = processGroups;
        this.clientNeeds = clientNeeds;
        this.staff = staff;
        this.units = units;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.chains = chains;
        this.templates = templates;
        this.list = list;
    }

    public void applySeedAgencies() {
        TenantContext.callAsSystem(() -> {
            Map<String, RegionId> regions = new HashMap<>();
            SeedAgencies.REGIONS.forEach(r -> regions.put(r.code(), directory.registerRegion(r.code(), r.name())));
            for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
                AgencyId agency = directory.registerAgency(new AgencyDirectory.NewAgency(regions.get(seed.regionCode()),
                        seed.slug(), seed.fullName(), seed.shortName(), seed.type(), seed.officialSiteUrl(),
                        seed.documentsSectionUrl()));
                TenantContext.callAsAgency(agency, () -> {
                    AgencyProfile current = profiles.current();
                    if (current.updatedAt() == null) {
                        profiles.update(new AgencyProfile(null, null, null, seed.ccDeputy(), 5, current.version(), null));
                    }
                    processGroups.applyCatalogue(seed.processGroups());
                    clientNeeds.applyNeedSet(seed.needs());
                    applyDemoPeopleAndUnits(seed.slug());
                    registry.applyPreset(SeedRegistries.REGISTRIES.getOrDefault(seed.slug(), List.of()));
                    touchpoints.applyPreset(demoTouchpoints(seed));
                    chains.applyPreset(seed.chain());
                    templates.applyPreset(seed.template());
                    if (list.currentNumber() == 0) {
                        var initial = list.enact(SeedLists.initial(registry.list(), touchpoints.list(), clientNeeds.list()));
                        // the seed agencies' approved lists are public, as their acts require
                        publications.forVersion(initial.number()).ifPresent(p -> publications.release(p.versionNumber(), p.version()));
                    }
                    return null;
                });
            }
            return null;
        });
        log.info("Seed agencies present: {}", SeedAgencies.AGENCIES.size());
    }

    /** The touchpoints every seed agency has: its site and its section, ЕПГУ, e-mail, phone, reception, post. */
    private static List<TouchpointDraft> demoTouchpoints(SeedAgencies.SeedAgency seed) {
        String host = seed.officialSiteUrl().replace("https://", "");
        List<TouchpointDraft> list = new java.util.ArrayList<>(List.of(
                new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, seed.officialSiteUrl(), "круглосуточно", null),
                new TouchpointDraft("Раздел «Обратная связь» официального сайта", null, ChannelType.SITE,
                        seed.officialSiteUrl() + "/feedback", "круглосуточно", null),
                new TouchpointDraft("Единый портал государственных услуг (ЕПГУ)", null, ChannelType.EPGU,
                        "https://www.gosuslugi.ru", "круглосуточно", null),
                new TouchpointDraft("Электронная почта", null, ChannelType.EMAIL, "info@" + host, null, null),
                new TouchpointDraft("Телефон приемной", null, ChannelType.PHONE, "+7 (383) 238-60-00", "пн–чт 9:00–18:00, пт 9:00–16:45", null),
                new TouchpointDraft("Личный прием", null, ChannelType.RECEPTION, "по предварительной записи",
                        "по графику приема", "Порядок личного приема граждан"),
                new TouchpointDraft("Почтовый адрес", null, ChannelType.POST, "почтовый адрес органа", null, null)));
        if ("minek-nso".equals(seed.slug())) {
            return act004Touchpoints(seed);
        }
        if ("dizo-nso".equals(seed.slug())) {
            list.add(new TouchpointDraft("МФЦ «Мои документы»", null, ChannelType.MFC, "отделения ГАУ «МФЦ» Новосибирской области",
                    "по графику МФЦ", "Соглашение о взаимодействии с ГАУ «МФЦ»"));
        }
        return list;
    }

    /**
     * Минэкономразвития НСО's own channels and addresses, as its act 004 names them (§6 informing, §9 feedback):
     * the site and its «Обратная связь», e-mail, the phones, the portals, the social network groups, the post.
     */
    private static List<TouchpointDraft> act004Touchpoints(SeedAgencies.SeedAgency seed) {
        String basis = "Приказ от 23.09.2024 № 152-НПА";
        return List.of(
                new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://econom.nso.ru", "круглосуточно", basis),
                new TouchpointDraft("Раздел «Обратная связь» официального сайта", null, ChannelType.SITE,
                        "https://econom.nso.ru/priem/set-appeal", "круглосуточно", basis),
                new TouchpointDraft("Единый портал государственных услуг (ЕПГУ)", null, ChannelType.EPGU,
                        "https://www.gosuslugi.ru", "круглосуточно", null),
                new TouchpointDraft("Электронная почта", null, ChannelType.EMAIL, "mineconom@nso.ru", null, basis),
                new TouchpointDraft("Телефон приемной", null, ChannelType.PHONE, "+7 (383) 238-66-81",
                        "пн–чт 9:00–18:00, пт 9:00–16:45", basis),
                new TouchpointDraft("Личный прием", null, ChannelType.RECEPTION, "г. Новосибирск, Красный проспект, д. 18",
                        "по графику приема", "Порядок личного приема граждан"),
                new TouchpointDraft("Почтовый адрес", null, ChannelType.POST, "630007, г. Новосибирск, ул. Красный проспект, д. 18", null,
                        basis),
                new TouchpointDraft("Инвестиционный портал Новосибирской области", null, ChannelType.PORTAL, "https://invest.nso.ru/ru",
                        "круглосуточно", basis),
                new TouchpointDraft("Экспортный портал Новосибирской области", null, ChannelType.PORTAL, "https://export.nso.ru/ru",
                        "круглосуточно", basis),
                new TouchpointDraft("Туристический портал Новосибирской области", null, ChannelType.PORTAL, "https://turizm.nso.ru/ru",
                        "круглосуточно", basis),
                new TouchpointDraft("Группа министерства «ВКонтакте»", null, ChannelType.SOCIAL_NETWORK, "https://vk.com/mineconomnso",
                        "круглосуточно", basis),
                new TouchpointDraft("Группа министерства в «Одноклассниках»", null, ChannelType.SOCIAL_NETWORK,
                        "https://ok.ru/minekon/topic/155869823411011", "круглосуточно", basis));
    }

    /** Demo people (the realm's users of the agency) and units headed and staffed by them. */
    private void applyDemoPeopleAndUnits(String slug) {
        String prefix = SeedAgencies.PREFIXES.get(slug);
        Set<String> present = new HashSet<>();
        SeedAgencies.PEOPLE.forEach((role, name) -> {
            if (SeedAgencies.demoRoles(slug).contains(role)) {
                staff.recordSignIn(SeedAgencies.subjectOf(prefix + "." + role), name, prefix + "." + role + "@demo.perechen.local",
                        Set.of(SeedAgencies.ROLES.get(role)));
                present.add(role);
            }
        });
        String head = SeedAgencies.subjectOf(prefix + "." + (present.contains("head") ? "head" : "admin"));
        String deputy = SeedAgencies.subjectOf(prefix + "." + (present.contains("deputy") ? "deputy" : "cc"));
        List<OrgUnitService.PresetUnit> preset = SeedAgencies.UNITS.get(slug).stream()
                .map(u -> new OrgUnitService.PresetUnit(u[0], u[1], head, deputy, List.of(SeedAgencies.subjectOf(prefix + ".editor"))))
                .toList();
        units.applyPreset(preset);
    }
}
