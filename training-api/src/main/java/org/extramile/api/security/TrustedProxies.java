package org.extramile.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed, as addresses or CIDR ranges. The client is the
 * nearest address in the chain that is not one of them: each trusted proxy appends the peer it saw, so walking the
 * header from its right end skips our own proxies and stops at the first hop a client could have written.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** From entries such as {@code 10.0.0.7}, {@code 10.0.0.0/8}, {@code ::1}; blank entries are skipped. */
    static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(Collections.unmodifiableList(ranges));
    }

    /** The client's address: the peer itself unless the peer is a trusted proxy. */
    String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                // Not an address ("unknown", a name, garbage): whoever wrote it is the nearest untrusted hop.
                return peer;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean trusts(String address) {
        return literal(address)
                .map(parsed -> ranges.stream().anyMatch(range -> range.contains(parsed)))
                .orElse(false);
    }

    /** Only IP literals are parsed: {@link InetAddress#getByName} would look a name up in the DNS. */
    private static Optional<InetAddress> literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress parsed = literal(address)
                    .orElseThrow(() -> new IllegalArgumentException("A trusted proxy must be an IP address or a CIDR"
                            + " range such as 10.0.0.0/8, not '" + entry + "'."));
            int bits = parsed.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(
                        "The prefix of the trusted proxy range '" + entry + "' must be 0 to " + bits + ".");
            }
            return new Range(parsed.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
