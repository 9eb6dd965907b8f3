package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/** Every test of {@link CopyStoreTest} starting from a PostgreSQL team store: to SQLite and back. */
class CopyStorePostgresTest extends CopyStoreTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
