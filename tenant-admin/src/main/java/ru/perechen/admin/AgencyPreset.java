package ru.perechen.admin;

import java.util.List;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.NeedSet;
import ru.perechen.workflow.ApprovalChainDraft;

/**
 * A starting configuration for a new agency: the methodology's, or that of one of the five seed
 * agencies, which the tenant admin then adjusts.
 */
public enum AgencyPreset {
    /** Методические рекомендации: six columns, nine needs, unit head → client-centricity deputy, approved by order. */
    METHODOLOGY(null),
    SEED_000("minpromtorg-nso"),
    SEED_001("minpromnauki-rm"),
    SEED_002("gsn-nso"),
    SEED_003("dizo-nso"),
    SEED_004("minek-nso");

    private final String seedSlug;

    AgencyPreset(String seedSlug) {
        this.seedSlug = seedSlug;
    }

    public String messageKey() {
        return "preset." + name();
    }

    public List<DefaultProcessGroup> processGroups() {
        return seed() == null ? List.of(DefaultProcessGroup.SUPPORT_MEASURES, DefaultProcessGroup.PUBLIC_SERVICES,
                DefaultProcessGroup.CONTROL, DefaultProcessGroup.APPEALS, DefaultProcessGroup.INFORMATION_ACCESS,
                DefaultProcessGroup.INTERNAL_CLIENT) : seed().processGroups();
    }

    public NeedSet needs() {
        return seed() == null ? NeedSet.METHODOLOGY_9 : seed().needs();
    }

    public ApprovalChainDraft chain() {
        return seed() == null ? SeedAgencies.CHAIN_TWO_STEPS_AND_ORDER : seed().chain();
    }

    public ListTemplateDraft template() {
        return seed() == null ? ListTemplateDraft.methodology() : seed().template();
    }

    private SeedAgencies.SeedAgency seed() {
        return seedSlug == null ? null
                : SeedAgencies.AGENCIES.stream().filter(a -> a.slug().equals(seedSlug)).findFirst().orElseThrow();
    }
}
