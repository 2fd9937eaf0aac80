package ru.perechen.register;

/** The fields of a row a diff compares, in the order the list prints them. */
public enum ListField {
    GROUP, PROCESS, UNIT, TOUCHPOINT, KIND, NEEDS, SPECIFICS, BASIS, CUSTOM;

    public String messageKey() {
        return "list.field." + name();
    }
}
