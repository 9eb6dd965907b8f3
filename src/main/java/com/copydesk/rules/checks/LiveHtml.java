package com.copydesk.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads raw HTML the way a browser's tokenizer does, far enough to tell what would run: elements
 * that run or load script or another page, event-handler attributes, and script or inline-data
 * URLs. Only the parts a browser acts on are read as tags: comments are skipped, and so is the
 * text inside raw-text elements ({@code <style>}, {@code <textarea>}, …). Attribute values are
 * decoded as a browser decodes them ({@code java&#115;cript:}, a tab inside the scheme), since
 * that is how script hides from a plain text search.
 */
final class LiveHtml {
    /** Elements that run script or embed another document wherever they appear. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "portal", "base", "form");

    /** Elements whose content the browser reads as text, not tags. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed",
            "noframes", "plaintext");

    /** Attributes a browser follows as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "codebase", "cite", "lowsrc", "dynsrc", "srcset", "ping", "longdesc",
            "usemap", "manifest", "icon");

    /** SVG animation elements, which can set a link's href to what their values say. */
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");

    /** The attributes an animation sets its target to. */
    private static final Set<String> ANIMATED_VALUES = Set.of("values", "to", "from", "by");

    private LiveHtml() {
    }

    /** What in this HTML would run or load: a short description of each, in order. */
    static List<String> activeParts(String html) {
        List<String> found = new ArrayList<>();
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                i++;
            } else if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (i + 1 < n && isAsciiLetter(html.charAt(i + 1))) {
                i = tag(html, i + 1, found);
            } else {
                i++;
            }
        }
        return found;
    }

    /** Reads one start tag from its name on; returns where reading goes on. */
    private static int tag(String html, int from, List<String> found) {
        int n = html.length();
        int j = from;
        while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '/' && html.charAt(j) != '>') {
            j++;
        }
        String name = html.substring(from, j).toLowerCase(Locale.ROOT);
        boolean refresh = false;
        while (j < n) {
            char c = html.charAt(j);
            if (isSpace(c) || c == '/') {
                j++;
                continue;
            }
            if (c == '>') {
                j++;
                break;
            }
            int k = j + 1; // a first '=' belongs to the name, as in the browser
            while (k < n && !isSpace(html.charAt(k)) && html.charAt(k) != '/' && html.charAt(k) != '>'
                    && html.charAt(k) != '=') {
                k++;
            }
            String attribute = html.substring(j, k).toLowerCase(Locale.ROOT);
            j = k;
            while (j < n && isSpace(html.charAt(j))) {
                j++;
            }
            String value = "";
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && isSpace(html.charAt(j))) {
                    j++;
                }
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    int close = html.indexOf(html.charAt(j), j + 1);
                    int end = close < 0 ? n : close;
                    value = html.substring(j + 1, end);
                    j = close < 0 ? n : close + 1;
                } else {
                    int start = j;
                    while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '>') {
                        j++;
                    }
                    value = html.substring(start, j);
                }
            }
            if (isEventHandler(attribute)) {
                found.add("\"" + attribute + "\" on <" + name + ">");
            } else if (URL_ATTRIBUTES.contains(attribute)
                    || (ANIMATIONS.contains(name) && ANIMATED_VALUES.contains(attribute))) {
                // an animation's values are a list: any of them may become the href
                String decoded = decode(value);
                for (String url : URL_ATTRIBUTES.contains(attribute) ? List.of(decoded) : List.of(decoded.split(";"))) {
                    String scheme = activeScheme(url);
                    if (scheme != null) {
                        found.add("a " + scheme + " URL in " + attribute + " of <" + name + ">");
                        break;
                    }
                }
            } else if (name.equals("meta") && attribute.equals("http-equiv")
                    && decode(value).strip().equalsIgnoreCase("refresh")) {
                refresh = true;
            }
        }
        if (ACTIVE_ELEMENTS.contains(name)) {
            found.add("\"<" + name + ">\"");
        } else if (refresh) {
            found.add("\"<meta http-equiv=refresh>\"");
        }
        if (RAW_TEXT.contains(name)) {
            int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, j);
            return end < 0 ? n : end;
        }
        return j;
    }

    /** {@code onload}, {@code onerror}, {@code ontoggle}, …: any {@code on} followed by letters. */
    private static boolean isEventHandler(String attribute) {
        if (attribute.length() < 3 || !attribute.startsWith("on")) {
            return false;
        }
        for (int i = 2; i < attribute.length(); i++) {
            if (!isAsciiLetter(attribute.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scheme of a URL that runs script or carries its own content ({@code javascript:},
     * {@code vbscript:}, {@code data:}), as a browser reads it: tabs and line breaks inside are
     * dropped and leading spaces and controls trimmed; null for any other URL.
     */
    static String activeScheme(String url) {
        if (url == null || url.indexOf(':') < 0) {
            return null;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length() && scheme.length() < 12; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c <= ' ' && scheme.length() == 0)) {
                continue;
            }
            if (c == ':') {
                String name = scheme.toString().toLowerCase(Locale.ROOT);
                return name.equals("javascript") || name.equals("vbscript") || name.equals("data") ? name + ":" : null;
            }
            scheme.append(c);
        }
        return null;
    }

    /** Character references as a browser decodes them in an attribute, with or without the semicolon. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '&' && i + 1 < value.length()) {
                int end = numericReference(value, i, out);
                if (end < 0) {
                    end = namedReference(value, i, out);
                }
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int numericReference(String value, int at, StringBuilder out) {
        int i = at + 1;
        if (i >= value.length() || value.charAt(i) != '#') {
            return -1;
        }
        i++;
        boolean hex = i < value.length() && (value.charAt(i) == 'x' || value.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int start = i;
        long code = 0;
        while (i < value.length() && Character.digit(value.charAt(i), hex ? 16 : 10) >= 0 && i - start < 8) {
            code = code * (hex ? 16 : 10) + Character.digit(value.charAt(i), hex ? 16 : 10);
            i++;
        }
        if (i == start) {
            return -1;
        }
        out.appendCodePoint(code > 0 && code <= Character.MAX_CODE_POINT ? (int) code : 0xFFFD);
        return i < value.length() && value.charAt(i) == ';' ? i + 1 : i;
    }

    private static final String[][] NAMED = {{"Tab;", "\t"}, {"NewLine;", "\n"}, {"colon;", ":"},
            {"sol;", "/"}, {"lpar;", "("}, {"rpar;", ")"}, {"period;", "."}, {"amp;", "&"}, {"amp", "&"},
            {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"}, {"nbsp;", "\u00a0"}};

    private static int namedReference(String value, int at, StringBuilder out) {
        for (String[] named : NAMED) {
            if (value.startsWith(named[0], at + 1)) {
                out.append(named[1]);
                return at + 1 + named[0].length();
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
