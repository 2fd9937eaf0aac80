package ru.perechen.workflow;

/** Внесение изменений: a row is added, modified or excluded (000 §9, 001 §3.1, 002 §4.1). */
public enum ChangeOperation {
    ADD, MODIFY, EXCLUDE;

    public String messageKey() {
        return "request.operation." + name();
    }
}
