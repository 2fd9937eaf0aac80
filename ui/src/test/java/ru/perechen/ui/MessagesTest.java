package ru.perechen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.Role;

/** Fails when a key is missing in either language, or when the code asks for a key no file has. */
class MessagesTest {

    private static final Pattern SERVICE_KEY = Pattern.compile("\"((?:catalog|units|process|touchpoint|approval|template|import|publication|region|agency|identity|list|request|substitution|calendar|review)\\.error\\.[a-z-]*[a-z])\"");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("(?:getTranslation|getMessage)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** The refusals of the documents' checks, raised in the core and shown by the import page and the API. */
    private static final Pattern DOCUMENT_KEY = Pattern.compile("\"((?:import\\.reject|documents\\.source)\\.[a-z-]*[a-z])\"");

    @Test
    void russian_and_english_have_the_same_keys() throws IOException {
        Set<String> ru = keys("messages_ru.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(difference(ru, en)).as("keys missing in messages_en.properties").isEmpty();
        assertThat(difference(en, ru)).as("keys missing in messages_ru.properties").isEmpty();
    }

    @Test
    void every_key_the_code_uses_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = TRANSLATION_CALL.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(used::add);
        Arrays.stream(ru.perechen.tenancy.Access.values()).map(ru.perechen.tenancy.Access::messageKey).forEach(used::add);
        Arrays.stream(AgencyType.values()).map(AgencyType::messageKey).forEach(used::add);
        Arrays.stream(ru.perechen.catalog.ProcessKind.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.catalog.BasisKind.values()).map(k -> k.messageKey()).forEach(used::add);
        for (var type : ru.perechen.catalog.ChannelType.values()) {
            used.add(type.messageKey());
            used.add("touchpoint.address.help." + type.address().name());
            if (type.address() != ru.perechen.catalog.ChannelType.Address.ANY) {
                used.add("touchpoint.error.address-" + type.address().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Arrays.stream(ru.perechen.catalog.StandardColumn.values()).map(c -> c.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.catalog.CustomColumnType.values()).map(c -> c.messageKey()).forEach(used::add);
        for (var kind : ru.perechen.catalog.ChannelKind.values()) {
            used.add("template.sample.specifics." + kind.name());
        }
        Arrays.stream(ru.perechen.admin.AgencyPreset.values()).map(p -> p.messageKey()).forEach(used::add);
        for (String key : new String[] {"organization", "user"}) {
            used.add("identity.error." + key + "-exists");
        }
        Arrays.stream(ru.perechen.workflow.ApproverRule.values()).map(r -> r.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.ChainWarning.Kind.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.catalog.ChannelKind.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.ChangeStatus.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.ChangeOperation.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.DecisionKind.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.calendar.DayKind.values()).map(k -> k.messageKey()).forEach(used::add);
        for (String problem : new String[] {"HASH", "LINK", "GAP"}) {
            used.add("audit.chain.problem." + problem);
        }
        Arrays.stream(ru.perechen.publication.PublicationState.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.ReviewTask.Reason.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.workflow.ReviewTask.Status.values()).map(k -> k.messageKey()).forEach(used::add);
        for (var kind : ru.perechen.notification.NotificationKind.values()) {
            used.add(kind.messageKey());
            used.add("notification.subject." + kind.name());
            used.add("notification.pref." + kind.name());
        }
        Arrays.stream(ru.perechen.calendar.DayKind.values()).map(k -> "calendar.word." + k.name()).forEach(used::add);
        Arrays.stream(ru.perechen.register.ListRule.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.register.ListField.values()).map(k -> k.messageKey()).forEach(used::add);
        Arrays.stream(ru.perechen.register.ListDiff.Kind.values()).map(k -> "diff.kind." + k.name()).forEach(used::add);
        for (var kind : ru.perechen.catalog.ChannelKind.values()) {
            used.add("list.specifics.default." + kind.name());
        }
        // message keys the services raise (InvalidConfigurationException, InvalidTransitionException)
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("../platform-core/src/main/java")),
                Files.walk(Path.of("../tenant-admin/src/main/java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern key : new Pattern[] {SERVICE_KEY, DOCUMENT_KEY}) {
                    Matcher m = key.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        MessagesI18NProvider.LOCALES.forEach(l -> used.add("language." + l.getLanguage()));
        // keys the audit view builds from stored values
        for (String entity : new String[] {"ProcessGroup", "ClientNeed", "AgencyProfile", "OrgUnit", "AgencyProcess", "Touchpoint", "ApprovalChain", "ListTemplate", "PublicationSettings", "ListVersion", "ChangeRequest", "Substitution", "Publication", "ReviewTask", "StaffMember", "Region", "Agency", "CalendarYear", "CalendarDay", "PlatformAdmin"}) {
            used.add("audit.entity." + entity);
        }
        for (String action : new String[] {"CREATED", "UPDATED", "MOVED_UP", "MOVED_DOWN", "RETIRED", "RESTORED", "CLOSED", "REOPENED", "EXCLUDED", "REINCLUDED", "ENACTED", "DESCRIBED", "ROW_ADDED", "ROW_CHANGED", "ROW_EXCLUDED", "ROW_REMOVED", "SUBMITTED", "APPROVED", "RETURNED", "REJECTED", "REBASED", "WITHDRAWN", "ACT_SCAN_ATTACHED", "REVOKED", "PUBLISHED", "OPENED", "DISMISSED", "SIGNED_IN", "ACTIVATED", "DEACTIVATED", "REMOVED"}) {
            used.add("audit.action." + action);
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(difference(used, keys("messages_ru.properties"))).as("untranslated in Russian").isEmpty();
        assertThat(difference(used, keys("messages_en.properties"))).as("untranslated in English").isEmpty();
    }

    @Test
    void no_key_is_defined_twice_in_a_file() throws IOException {
        for (String resource : new String[] {"messages_ru.properties", "messages_en.properties"}) {
            try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
                var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                lines.forEach(k -> {
                    if (!seen.add(k)) {
                        twice.add(k);
                    }
                });
                assertThat(twice).as("keys defined twice in " + resource).isEmpty();
            }
        }
    }

    @Test
    void the_provider_speaks_russian_unless_english_is_asked_for() {
        var provider = new MessagesI18NProvider();
        assertThat(provider.getTranslation("action.logout", MessagesI18NProvider.RUSSIAN)).isEqualTo("Выйти");
        assertThat(provider.getTranslation("action.logout", java.util.Locale.GERMAN)).isEqualTo("Выйти");
        assertThat(provider.getTranslation("action.logout", java.util.Locale.US)).isEqualTo("Log out");
        assertThat(provider.getTranslation("profile.deadline.value", MessagesI18NProvider.RUSSIAN, 5)).isEqualTo("5 раб. дн.");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
