package ru.perechen.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a public request is counted against: the connection, or what our own proxies wrote, never what the client wrote. */
class ClientAddressTest {

    @Test
    void without_proxies_the_connection_is_the_client_whatever_the_header_says() {
        assertThat(ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), 0)).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_one_proxy_the_address_it_appended_counts_and_what_the_client_put_before_it_does_not() {
        assertThat(ClientAddress.of("10.0.0.5", List.of("198.51.100.1, 203.0.113.9"), 1)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.5", List.of("198.51.100.1", "203.0.113.9"), 1)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.5", List.of("198.51.100.1, 203.0.113.9, 10.0.0.7"), 2)).isEqualTo("203.0.113.9");
    }

    @Test
    void a_missing_or_garbled_header_falls_back_to_the_connection() {
        assertThat(ClientAddress.of("10.0.0.5", List.of(), 1)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", List.of("unknown"), 1)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", List.of("evil.example"), 1)).isEqualTo("10.0.0.5");
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_network() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1", List.of(), 0))
                .isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::9", List.of(), 0)).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("10.0.0.5", List.of("[2001:db8:1:3::1]"), 1)).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }
}
