package ru.perechen.documents.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who a request comes from, for its rate limit: the connection's address, or the one our proxies put in
 * {@code X-Forwarded-For} when they are configured. An IPv6 client is counted by its /64 network, since
 * one subscriber is given a whole /64 and could otherwise take a fresh address for every request.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * @param remote    the connection's address
     * @param forwarded the {@code X-Forwarded-For} headers in order (may be empty)
     * @param proxies   how many of our proxies stand in front; 0 ignores the header
     */
    static String of(String remote, List<String> forwarded, int proxies) {
        String client = remote;
        if (proxies > 0) {
            List<String> hops = new ArrayList<>();
            for (String header : forwarded) {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.strip());
                    }
                }
            }
            if (!hops.isEmpty()) {
                client = hops.get(Math.max(0, hops.size() - proxies));
            }
        }
        return key(client).orElseGet(() -> key(remote).orElse(remote));
    }

    private static java.util.Optional<String> key(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        try {
            byte[] bytes = InetAddress.ofLiteral(literal).getAddress();
            if (bytes.length == 16) {
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return java.util.Optional.of(InetAddress.getByAddress(bytes).getHostAddress() + "/64");
            }
            return java.util.Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
        } catch (IllegalArgumentException | java.net.UnknownHostException notAnAddress) {
            return java.util.Optional.empty();
        }
    }

    static List<String> headers(java.util.Enumeration<String> values) {
        return values == null ? List.of() : Collections.list(values);
    }
}
