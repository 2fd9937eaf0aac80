package ru.perechen.catalog;

/** Вид процесса: мера господдержки, госуслуга, контрольная (надзорная) функция, обращения, информация, внутренний, иное. */
public enum ProcessKind {
    SUPPORT_MEASURE, PUBLIC_SERVICE, CONTROL_FUNCTION, APPEALS, INFORMATION, INTERNAL, OTHER;

    public String messageKey() {
        return "process.kind." + name();
    }
}
