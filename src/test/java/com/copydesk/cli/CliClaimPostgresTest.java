package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/**
 * Every test of {@link CliClaimTest} on a PostgreSQL team store: claims from threads and from
 * several processes at once stay disjoint, refusals and {@code --force} as on SQLite.
 */
class CliClaimPostgresTest extends CliClaimTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
