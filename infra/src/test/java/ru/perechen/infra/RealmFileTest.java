package ru.perechen.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.perechen.admin.SeedAgencies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm file and the presets describe the same agencies and people: checked, not hoped. */
class RealmFileTest {

    private static final JsonNode REALM = JsonMapper.builder().build()
            .readTree(Path.of("keycloak/perechen-realm.json").toFile());

    @Test
    void every_seed_agency_is_an_organization_with_its_demo_people() {
        Set<String> aliases = new HashSet<>();
        for (JsonNode org : REALM.path("organizations")) {
            String slug = org.path("alias").asString();
            aliases.add(slug);
            String prefix = SeedAgencies.PREFIXES.get(slug);
            Set<String> roles = new HashSet<>();
            for (JsonNode member : org.path("members")) {
                String username = member.path("username").asString();
                assertThat(username).startsWith(prefix + ".");
                roles.add(username.substring(prefix.length() + 1));
            }
            assertThat(roles).as(slug).isEqualTo(SeedAgencies.demoRoles(slug));
        }
        assertThat(aliases).containsExactlyInAnyOrderElementsOf(
                SeedAgencies.AGENCIES.stream().map(SeedAgencies.SeedAgency::slug).toList());
    }

    @Test
    void demo_users_have_the_ids_and_names_the_presets_use() {
        for (JsonNode user : REALM.path("users")) {
            String username = user.path("username").asString();
            assertThat(user.path("id").asString()).as(username).isEqualTo(SeedAgencies.subjectOf(username));
            String suffix = username.substring(username.indexOf('.') + 1);
            if (SeedAgencies.PEOPLE.containsKey(suffix) && !username.startsWith("coord") && !username.startsWith("platform")) {
                assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString())
                        .isEqualTo(SeedAgencies.PEOPLE.get(suffix));
                assertThat(user.path("realmRoles").valueStream().map(JsonNode::asString).toList()).as(username)
                        .containsExactly(SeedAgencies.ROLES.get(suffix).keycloakName());
            }
        }
    }

    @Test
    void coordinators_carry_the_codes_of_the_seed_regions() {
        Set<String> regions = new HashSet<>();
        for (JsonNode user : REALM.path("users")) {
            user.path("attributes").path("region").forEach(r -> regions.add(r.asString()));
        }
        assertThat(regions).containsExactlyInAnyOrder(SeedAgencies.NSO, SeedAgencies.MORDOVIA);
    }
}
