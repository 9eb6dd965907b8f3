package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/** {@link DraftCountTest} on a PostgreSQL team store, whose counts are kept by statement triggers. */
class DraftCountPostgresTest extends DraftCountTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
