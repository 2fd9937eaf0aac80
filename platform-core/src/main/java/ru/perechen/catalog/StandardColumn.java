package ru.perechen.catalog;

/**
 * The columns of the list as the methodology sets them (000 §3, 001 §2.2, 002 §1.3, 003 §6). An
 * agency hides, renames and reorders them; the process, the touchpoint and the needs are always printed.
 */
public enum StandardColumn {
    GROUP_NUMBER("Номер группы процессов", false),
    GROUP_NAME("Наименование группы процессов", false),
    PROCESS("Наименование конкретного процесса", true),
    TOUCHPOINT("Точка взаимодействия", true),
    NEEDS("Осуществляемое взаимодействие с клиентом", true),
    SPECIFICS("Особенности взаимодействия с клиентом", false);

    private final String methodologyTitle;
    private final boolean alwaysPrinted;

    StandardColumn(String methodologyTitle, boolean alwaysPrinted) {
        this.methodologyTitle = methodologyTitle;
        this.alwaysPrinted = alwaysPrinted;
    }

    /** The title the methodology gives the column. */
    public String methodologyTitle() {
        return methodologyTitle;
    }

    /** Whether the list is meaningless without it, so it cannot be hidden. */
    public boolean alwaysPrinted() {
        return alwaysPrinted;
    }

    public String messageKey() {
        return "template.column." + name();
    }
}
