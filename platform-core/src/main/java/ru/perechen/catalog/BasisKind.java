package ru.perechen.catalog;

/** Основание: нормативный правовой акт, внутренний акт, договор (соглашение), поручение (резолюция). */
public enum BasisKind {
    NORMATIVE_ACT, INTERNAL_ACT, CONTRACT, INSTRUCTION;

    public String messageKey() {
        return "basis.kind." + name();
    }
}
