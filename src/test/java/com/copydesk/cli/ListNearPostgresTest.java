package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/**
 * Every test of {@link ListNearCliTest} on a PostgreSQL team store: near-duplicates found at
 * import (the batch's anchor buckets read in one query) and a draft's direct twins, as on SQLite.
 */
class ListNearPostgresTest extends ListNearCliTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
