package ru.perechen.workflow;

/** Who approves at a step of the chain. */
public enum ApproverRule {
    /** Руководитель структурного подразделения, которое ведёт процесс — one approval per unit concerned. */
    UNIT_HEAD,
    /** Курирующий заместитель того подразделения (or of the nearest unit above it that has one). */
    SUPERVISING_DEPUTY,
    /** Any holder of a realm role, e.g. the client-centricity deputy ({@code cc-deputy}). */
    ROLE,
    /** A named person. */
    PERSON;

    public String messageKey() {
        return "approval.rule." + name();
    }
}
