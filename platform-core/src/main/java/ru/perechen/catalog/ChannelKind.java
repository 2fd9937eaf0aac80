package ru.perechen.catalog;

/** Цифровая или офлайн-точка взаимодействия (003 §12). */
public enum ChannelKind {
    DIGITAL, OFFLINE;

    public String messageKey() {
        return "touchpoint.kind." + name();
    }
}
