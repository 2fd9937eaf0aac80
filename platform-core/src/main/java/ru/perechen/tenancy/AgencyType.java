package ru.perechen.tenancy;

/** Kind of agency, as the acts name them: министерство, департамент, инспекция, управление, комитет, иное. */
public enum AgencyType {
    MINISTRY, DEPARTMENT, INSPECTION, ADMINISTRATION, COMMITTEE, OTHER;

    /** Message key of the Russian/English name of the type. */
    public String messageKey() {
        return "agency.type." + name();
    }
}
