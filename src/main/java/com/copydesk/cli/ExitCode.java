package com.copydesk.cli;

/** The exit statuses of {@code cli-contract.md}. */
public final class ExitCode {
    public static final int OK = 0;
    /** The command ran, but some records were rejected or some references were not found. */
    public static final int PARTLY = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The store could not be opened or is damaged. */
    public static final int STORE = 3;

    private ExitCode() {
    }
}
