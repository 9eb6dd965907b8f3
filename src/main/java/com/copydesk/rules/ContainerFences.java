package com.copydesk.rules;

/**
 * Blanks the lines that open and close a custom container ({@code ::: tip}, {@code :::warning
 * Title}, {@code :::}): VitePress, Docusaurus and markdown-it put notes in them, and CommonMark,
 * which does not know them, reads a closing {@code :::} as the last words of the paragraph above
 * ("… for details.:::", a paragraph that seems to stop mid-way). A blank line keeps every other
 * line where it was, so findings name the lines of the body as written. Lines inside fenced code
 * are code shown, and stay.
 */
final class ContainerFences {
    private ContainerFences() {
    }

    static String blank(String source) {
        return containers(ShortcodeBlocks.asCode(source));
    }

    private static String containers(String source) {
        if (!source.contains(":::")) {
            return source; // most bodies: nothing to look at
        }
        StringBuilder out = new StringBuilder(source.length());
        CodeFences code = new CodeFences();
        int at = 0;
        while (at < source.length()) {
            int end = source.indexOf('\n', at);
            int next = end < 0 ? source.length() : end + 1;
            String line = source.substring(at, end < 0 ? source.length() : end);
            String stripped = line.stripLeading();
            if (!code.inCode(line) && line.length() - stripped.length() <= 3 && isContainerFence(stripped)) {
                out.append(end < 0 ? "" : "\n");
            } else {
                out.append(source, at, next);
            }
            at = next;
        }
        return out.toString();
    }

    /** Three or more colons, then nothing, or a container's name and title. */
    private static boolean isContainerFence(String stripped) {
        int n = CodeFences.run(stripped, ':');
        if (n < 3) {
            return false;
        }
        String rest = stripped.substring(n).strip();
        return rest.isEmpty() || Character.isLetter(rest.charAt(0)) || rest.charAt(0) == '{';
    }
}
