package ru.perechen.catalog;

/** What an agency's own column holds in each row of the list. */
public enum CustomColumnType {
    /** Free text. */
    TEXT,
    /** One value of a list the agency sets. */
    CHOICE,
    /** A unit of the agency (e.g. «Ответственное подразделение»). */
    UNIT,
    /** A basis document (НПА, внутренний акт, договор, поручение). */
    BASIS;

    public String messageKey() {
        return "template.type." + name();
    }
}
