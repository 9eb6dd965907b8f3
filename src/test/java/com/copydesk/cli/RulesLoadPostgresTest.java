package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/** Every test of {@link RulesLoadTest} on a PostgreSQL team store: the rule set in its database. */
class RulesLoadPostgresTest extends RulesLoadTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
