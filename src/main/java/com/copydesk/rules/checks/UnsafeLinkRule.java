package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BodyLink;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links and images a reader cannot follow by construction: to the reader's own machine
 * (localhost, 127.0.0.0/8, ::1, 0.0.0.0), to private networks (10/8, 172.16/12, 192.168/16,
 * 169.254/16), to the documentation networks of RFC 5737 and the example domains and reserved
 * names of RFC 2606 and 6761, or with a {@code file:} or {@code data:} target; a
 * {@code javascript:} target runs script and gets the stronger severity. Read in Markdown links,
 * images, autolinks and bare URLs in prose; never in code, where a tutorial rightly shows
 * {@code curl localhost:8080}.
 */
public final class UnsafeLinkRule implements Rule {
    public static final String ID = "unsafe-link";
    public static final RuleScope SCOPE = RuleScope.CONTENT;

    private static final int MOST_NAMED = 3;
    private static final Pattern BARE_URL = Pattern.compile(
            "(?i)\\b(?:https?|ftp|file)://(?:\\[[0-9a-f:.]+\\])?[^\\s<>()\\[\\]\"'`]*");

    private final Severity severity;
    private final Severity scriptSeverity;
    private final List<String> hosts;
    private final List<String> suffixes;
    private final List<Network> networks;
    private final List<String> schemes;

    /**
     * @param hosts    host names that never serve a reader (with their subdomains): localhost, example.com, …
     * @param suffixes reserved top-level names: .example, .test, .invalid, .localhost
     * @param networks address ranges in CIDR form, IPv4
     * @param schemes  link schemes that lead nowhere on a published page (file, data)
     */
    public UnsafeLinkRule(Severity severity, Severity scriptSeverity, List<String> hosts, List<String> suffixes,
                          List<String> networks, List<String> schemes) {
        this.severity = severity;
        this.scriptSeverity = scriptSeverity;
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        this.suffixes = suffixes.stream().map(s -> {
            String lower = s.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith(".") ? lower : "." + lower;
        }).toList();
        this.networks = networks.stream().map(Network::parse).toList();
        this.schemes = schemes.stream().map(s -> s.strip().toLowerCase(Locale.ROOT).replace(":", "")).toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        List<String> unsafe = new ArrayList<>();
        List<String> script = new ArrayList<>();
        for (BodyLink link : context.body().links()) {
            judge(link.url(), (link.image() ? "an image from " : "a link to ") , link.line(), unsafe, script);
        }
        for (TextBlock block : context.body().blocks()) {
            if (block.isProse() && block.prose().contains("://")) {
                Matcher bare = BARE_URL.matcher(block.prose());
                while (bare.find() && unsafe.size() < MOST_NAMED) {
                    judge(trimPunctuation(bare.group()), "a URL ", block.line(), unsafe, script);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!script.isEmpty()) {
            findings.add(new Finding(ID, scriptSeverity, "a link runs script: " + String.join(", ", script)));
        }
        if (!unsafe.isEmpty()) {
            findings.add(new Finding(ID, severity, "links no reader can follow: " + String.join(", ", unsafe)));
        }
        return findings;
    }

    private void judge(String url, String what, int line, List<String> unsafe, List<String> script) {
        if (url == null) {
            return;
        }
        String target = url.strip();
        String lower = target.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        String evidence = what + quote(target) + " at line " + line;
        if (lower.startsWith("javascript:") || lower.startsWith("vbscript:")) {
            if (script.size() < MOST_NAMED) {
                script.add(evidence);
            }
            return;
        }
        String why = why(lower);
        if (why != null && unsafe.size() < MOST_NAMED && !unsafe.contains(evidence + " (" + why + ")")) {
            unsafe.add(evidence + " (" + why + ")");
        }
    }

    private String why(String lower) {
        int colon = lower.indexOf(':');
        if (colon > 0 && lower.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            String scheme = lower.substring(0, colon);
            if (schemes.contains(scheme)) {
                return "a " + scheme + ": target";
            }
        }
        String host = host(lower);
        if (host == null || host.isEmpty()) {
            return null; // relative links and anchors stay on the site
        }
        for (String name : hosts) {
            if (host.equals(name) || host.endsWith("." + name)) {
                return name.equals("localhost") ? "the reader's own machine" : "a reserved example domain";
            }
        }
        for (String suffix : suffixes) {
            if (host.endsWith(suffix) || host.equals(suffix.substring(1))) {
                return "the reserved name " + suffix;
            }
        }
        if (host.equals("::1") || host.equals("0:0:0:0:0:0:0:1") || host.equals("::")) {
            return "the reader's own machine";
        }
        if (host.startsWith("fe80:") || host.startsWith("fc") && host.contains(":") || host.startsWith("fd") && host.contains(":")) {
            return "a private network";
        }
        long address = ipv4(host);
        if (address >= 0) {
            for (Network network : networks) {
                if (network.contains(address)) {
                    return network.cidr();
                }
            }
        }
        return null;
    }

    /** The host of an absolute or scheme-relative URL, lower case, without user, port or brackets; null if none. */
    static String host(String lower) {
        int start;
        int scheme = lower.indexOf("://");
        if (scheme > 0 && lower.substring(0, scheme).matches("[a-z][a-z0-9+.-]*")) {
            start = scheme + 3;
        } else if (lower.startsWith("//")) {
            start = 2;
        } else {
            return null;
        }
        int end = start;
        while (end < lower.length() && "/?#".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String authority = lower.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close > 0 ? authority.substring(1, close) : authority.substring(1);
        }
        int port = authority.lastIndexOf(':');
        String host = port >= 0 ? authority.substring(0, port) : authority;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** A dotted IPv4 address as a number, or -1 (a name, or not four parts of 0..255). */
    static long ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            value = value << 8 | octet;
        }
        return value;
    }

    private static String trimPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static String quote(String url) {
        return "\"" + (url.length() <= 80 ? url : url.substring(0, 79) + "\u2026") + "\"";
    }

    /** An IPv4 range in CIDR form. */
    record Network(String cidr, long base, long mask) {
        static Network parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            long base = parts.length == 2 ? ipv4(parts[0]) : -1;
            int bits = -1;
            try {
                bits = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            } catch (NumberFormatException e) {
                // refused below
            }
            if (base < 0 || bits < 0 || bits > 32) {
                throw new RuleConfigException(ID + ".networks: \"" + cidr + "\" is not an IPv4 range such as 10.0.0.0/8");
            }
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return new Network(cidr.strip(), base & mask, mask);
        }

        boolean contains(long address) {
            return (address & mask) == base;
        }
    }
}
