package com.copydesk.model;

import java.util.Map;

/**
 * Who decides: {@code --editor NAME} (given to the workspace by the command line), else
 * {@code $COPYDESK_EDITOR}, else the operating-system user. The window takes the same default
 * (the wiring place, {@code app}, reads the environment).
 */
public final class EditorName {
    /** Longer names are a mistake (a pasted text), and the history repeats the name on every action. */
    static final int MAX_LENGTH = 200;

    private EditorName() {
    }

    /** The default: {@code $COPYDESK_EDITOR}, else the operating-system user. */
    public static String fromEnvironment(Map<String, String> env, String osUser) {
        String named = env.get("COPYDESK_EDITOR");
        if (named != null && !named.isBlank()) {
            return checked(named);
        }
        return osUser == null || osUser.isBlank() ? "unknown" : osUser.strip();
    }

    /** The name as recorded: stripped; blank, too long or with control characters is refused. */
    public static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an editor needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not an editor's name: at most " + MAX_LENGTH
                    + " characters, no control characters");
        }
        return stripped;
    }
}
