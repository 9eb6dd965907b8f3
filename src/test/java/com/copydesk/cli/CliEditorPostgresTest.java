package com.copydesk.cli;

import com.copydesk.support.CliRunner;

/** Every test of {@link CliEditorTest} (who decides, history, per-editor undo) on a PostgreSQL team store. */
class CliEditorPostgresTest extends CliEditorTest {
    @Override
    CliRunner runner() {
        return CliRunner.onPostgres();
    }
}
