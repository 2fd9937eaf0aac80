package ru.perechen.catalog;

/**
 * The channel a touchpoint is (001, 003, 004). Each has a usual kind — call centres count as digital,
 * МФЦ and reception desks as offline; the phone is classified by the agency (004), offline by default.
 */
public enum ChannelType {
    SITE(ChannelKind.DIGITAL, Address.WEB),
    PORTAL(ChannelKind.DIGITAL, Address.WEB),
    EPGU(ChannelKind.DIGITAL, Address.WEB),
    MOBILE_APP(ChannelKind.DIGITAL, Address.ANY),
    SOCIAL_NETWORK(ChannelKind.DIGITAL, Address.WEB),
    MESSENGER(ChannelKind.DIGITAL, Address.ANY),
    CHAT_BOT(ChannelKind.DIGITAL, Address.ANY),
    VOICE_ASSISTANT(ChannelKind.DIGITAL, Address.ANY),
    CALL_CENTRE(ChannelKind.DIGITAL, Address.PHONE),
    PHONE(ChannelKind.OFFLINE, Address.PHONE),
    EMAIL(ChannelKind.DIGITAL, Address.EMAIL),
    API(ChannelKind.DIGITAL, Address.WEB),
    RECEPTION(ChannelKind.OFFLINE, Address.ANY),
    MFC(ChannelKind.OFFLINE, Address.ANY),
    POST(ChannelKind.OFFLINE, Address.ANY),
    OTHER(ChannelKind.OFFLINE, Address.ANY);

    /** What the address of such a touchpoint must look like. */
    public enum Address { WEB, EMAIL, PHONE, ANY }

    private final ChannelKind usualKind;
    private final Address address;

    ChannelType(ChannelKind usualKind, Address address) {
        this.usualKind = usualKind;
        this.address = address;
    }

    public ChannelKind usualKind() {
        return usualKind;
    }

    public Address address() {
        return address;
    }

    public String messageKey() {
        return "touchpoint.type." + name();
    }
}
