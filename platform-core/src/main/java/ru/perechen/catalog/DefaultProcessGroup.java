package ru.perechen.catalog;

/** The default catalogue of process groups: the union of the five acts (DOMAIN.md). */
public enum DefaultProcessGroup {
    SUPPORT_MEASURES("Предоставление мер государственной поддержки", false),
    PUBLIC_SERVICES("Предоставление государственных услуг", false),
    CONTROL("Осуществление государственного контроля (надзора)", false),
    APPEALS("Рассмотрение обращений и запросов", false),
    INFORMATION_ACCESS("Обеспечение доступа к информации о деятельности органа", false),
    INTERNAL_CLIENT("Взаимодействие с внутренним клиентом (сотрудником)", true),
    INTERNAL_IT("Взаимодействие с внутренним клиентом по вопросам информационно-технического обеспечения", true),
    INTERNAL_ACCOUNTING("Взаимодействие с внутренним клиентом по вопросам ведения бухгалтерского учета", true),
    INTERNAL_HR("Взаимодействие с внутренним клиентом по вопросам кадрового обеспечения", true),
    INTERNAL_ADMINISTRATION("Взаимодействие с внутренним клиентом по вопросам административно-хозяйственной деятельности", true),
    OTHER_FUNCTIONS("Иные функции (обеспечения деятельности)", true);

    private final String title;
    private final boolean internalClient;

    DefaultProcessGroup(String title, boolean internalClient) {
        this.title = title;
        this.internalClient = internalClient;
    }

    public String title() {
        return title;
    }

    public boolean internalClient() {
        return internalClient;
    }
}
