package ru.perechen.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.internal.AgencyEntity;
import ru.perechen.tenancy.internal.AgencyRepository;
import ru.perechen.tenancy.internal.RegionEntity;
import ru.perechen.tenancy.internal.RegionRepository;

/**
 * The directory of regions and agencies. Reading is open to every signed-in user (the directory is
 * public); registering regions and agencies is for platform admins and system work.
 */
@Service
public class AgencyDirectory {

    private final RegionRepository regions;
    private final AgencyRepository agencies;

    AgencyDirectory(RegionRepository regions, AgencyRepository agencies) {
        this.regions = regions;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public Optional<AgencySummary> findBySlug(String slug) {
        return agencies.findBySlug(slug).map(AgencyDirectory::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<AgencySummary> find(AgencyId id) {
        return agencies.findWithRegionById(id.value()).map(AgencyDirectory::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<RegionSummary> findRegionByCode(String code) {
        return regions.findByCode(code).map(this::withCount);
    }

    @Transactional(readOnly = true)
    public Optional<RegionSummary> findRegion(RegionId id) {
        return regions.findById(id.value()).map(this::withCount);
    }

    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        Map<UUID, Long> counts = agencyCounts();
        return regions.findAll().stream()
                .map(region -> toSummary(region, counts))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AgencySummary> agenciesOf(RegionId region) {
        return agencies.findByRegionIdOrderByShortName(region.value()).stream().map(AgencyDirectory::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<AgencySummary> allAgencies() {
        Access.PLATFORM.require();
        return agencies.findAllOrdered().stream().map(AgencyDirectory::toSummary).toList();
    }

    /** Registers a region, or returns the existing one with that code. */
    @Transactional
    public RegionId registerRegion(String code, String name) {
        Access.PLATFORM.require();
        RegionEntity region = regions.findByCode(code)
                .orElseGet(() -> regions.save(new RegionEntity(UUID.nameUUIDFromBytes(("region:" + code).getBytes()), code, name)));
        return new RegionId(region.getId());
    }

    /** Registers an agency, or returns the existing one with that slug. */
    @Transactional
    public AgencyId registerAgency(NewAgency agency) {
        Access.PLATFORM.require();
        return agencies.findBySlug(agency.slug()).map(existing -> new AgencyId(existing.getId())).orElseGet(() -> {
            RegionEntity region = regions.getReferenceById(agency.region().value());
            AgencyEntity entity = new AgencyEntity(idFor(agency.slug()).value(),
                    region, agency.slug(), agency.fullName(), agency.shortName(), agency.type());
            entity.setSiteUrls(agency.officialSiteUrl(), agency.documentsSectionUrl());
            return new AgencyId(agencies.save(entity).getId());
        });
    }

    /** The id an agency with this slug has (or will have): the same on every installation. */
    public static AgencyId idFor(String slug) {
        return new AgencyId(UUID.nameUUIDFromBytes(("agency:" + slug).getBytes()));
    }

    /** Creates a region; a code already in use is refused. */
    @Transactional
    public RegionId createRegion(String code, String name) {
        Access.PLATFORM.require();
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{2,3}")) {
            throw new InvalidSettingException("code", "region.error.code");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidSettingException("name", "region.error.name");
        }
        if (regions.findByCode(c).isPresent()) {
            throw new InvalidSettingException("code", "region.error.code-taken");
        }
        return registerRegion(c, name.strip());
    }

    /** Creates an agency; a slug already in use, or names and addresses that do not fit, are refused. */
    @Transactional
    public AgencyId createAgency(NewAgency agency) {
        Access.PLATFORM.require();
        String slug = agency.slug() == null ? "" : agency.slug().strip();
        if (!slug.matches("[a-z][a-z0-9-]{2,39}")) {
            throw new InvalidSettingException("slug", "agency.error.slug");
        }
        if (agencies.findBySlug(slug).isPresent()) {
            throw new InvalidSettingException("slug", "agency.error.slug-taken");
        }
        if (agency.region() == null || regions.findById(agency.region().value()).isEmpty()) {
            throw new InvalidSettingException("region", "agency.error.region");
        }
        if (blank(agency.fullName()) || agency.fullName().strip().length() > 500) {
            throw new InvalidSettingException("fullName", "agency.error.full-name");
        }
        if (blank(agency.shortName()) || agency.shortName().strip().length() > 200) {
            throw new InvalidSettingException("shortName", "agency.error.short-name");
        }
        if (agency.type() == null) {
            throw new InvalidSettingException("type", "agency.error.type");
        }
        if (!isWebAddress(agency.officialSiteUrl())) {
            throw new InvalidSettingException("officialSiteUrl", "agency.error.site");
        }
        if (!blank(agency.documentsSectionUrl()) && !isWebAddress(agency.documentsSectionUrl())) {
            throw new InvalidSettingException("documentsSectionUrl", "publication.error.url");
        }
        return registerAgency(new NewAgency(agency.region(), slug, agency.fullName().strip(), agency.shortName().strip(),
                agency.type(), agency.officialSiteUrl().strip(), blank(agency.documentsSectionUrl()) ? null
                : agency.documentsSectionUrl().strip()));
    }

    /** Deactivates (keeping every row) or reactivates an agency. */
    @Transactional
    public AgencySummary setActive(AgencyId id, boolean active) {
        Access.PLATFORM.require();
        AgencyEntity entity = agencies.findById(id.value()).orElseThrow(() -> new InvalidSettingException("id", "agency.error.unknown"));
        entity.setActive(active);
        return toSummary(agencies.saveAndFlush(entity));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isWebAddress(String value) {
        if (blank(value)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private RegionSummary withCount(RegionEntity region) {
        return new RegionSummary(new RegionId(region.getId()), region.getCode(), region.getName(),
                agencies.countByRegionId(region.getId()));
    }

    private Map<UUID, Long> agencyCounts() {
        return agencies.countByRegion().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    private static RegionSummary toSummary(RegionEntity region, Map<UUID, Long> counts) {
        return new RegionSummary(new RegionId(region.getId()), region.getCode(), region.getName(),
                counts.getOrDefault(region.getId(), 0L));
    }

    private static AgencySummary toSummary(AgencyEntity a) {
        return new AgencySummary(new AgencyId(a.getId()), a.getSlug(), a.getFullName(), a.getShortName(), a.getType(),
                new RegionId(a.getRegion().getId()), a.getRegion().getName(),
                a.getOfficialSiteUrl(), a.getDocumentsSectionUrl(), a.isActive());
    }

    /** What registering an agency needs. */
    public record NewAgency(RegionId region, String slug, String fullName, String shortName, AgencyType type,
                            String officialSiteUrl, String documentsSectionUrl) {
    }
}
