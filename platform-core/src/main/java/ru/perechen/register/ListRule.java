package ru.perechen.register;

/**
 * The rules of the methodology a list must satisfy (DOMAIN.md, "Rules the list must satisfy"), each
 * with the clause of the Порядок it comes from. An error blocks a change request that would bring it
 * in; a warning is shown and may be resolved later.
 */
public enum ListRule {
    /** Rule 1 and 2: a touchpoint appears once within a process (and unit): 000 §6, 001 §2.8, 002 §2.3, 003 §11. */
    DUPLICATE_TOUCHPOINT(true, "п. 2.8"),
    /** Rule 3: every touchpoint states at least one satisfied need: 001 §2.7, 003 §11. */
    ROW_WITHOUT_NEEDS(true, "п. 2.7"),
    /** Rule 5: every process of the registry has touchpoints: 001 §2.6, 003 §9. */
    PROCESS_WITHOUT_TOUCHPOINTS(false, "п. 2.6"),
    /** Rule 2: a process run by several units has touchpoints per unit: 001 §2.6, 002 §2.3. */
    UNIT_WITHOUT_TOUCHPOINTS(false, "п. 2.6"),
    /** Rule 7: directions of the list come from the process registry: 001 §2.1, 003 §5. */
    GROUP_WITHOUT_PROCESSES(false, "п. 2.1"),
    /** Rule 6: a touchpoint has a basis (the row's, the touchpoint's or the process's): 001 §2.5, 003 §10. */
    ROW_WITHOUT_BASIS(false, "п. 2.5"),
    /** Актуализация: the process was excluded from the registry: 001 §3.3, 003 §15. */
    EXCLUDED_PROCESS(true, "п. 3.3"),
    /** Актуализация: the touchpoint was retired from the catalogue: 001 §3.3, 003 §15. */
    RETIRED_TOUCHPOINT(true, "п. 3.3"),
    /** Актуализация: a need the row satisfies was retired: 001 §3.3, 003 §15. */
    RETIRED_NEED(false, "п. 3.3"),
    /** Актуализация: the touchpoint's kind (digital ↔ offline) differs from the catalogue's: 001 §3.3, 003 §15. */
    CHANGED_KIND(false, "п. 3.3");

    private final boolean error;
    private final String clause;

    ListRule(boolean error, String clause) {
        this.error = error;
        this.clause = clause;
    }

    public boolean isError() {
        return error;
    }

    /** The clause of the Порядок (numbered as in the methodology, act 001). */
    public String clause() {
        return clause;
    }

    public String messageKey() {
        return "rule." + name();
    }
}
