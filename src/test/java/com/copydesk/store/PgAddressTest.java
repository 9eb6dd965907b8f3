package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgAddressTest {
    @Test
    void readsTheAddressAsWrittenAndAsAFilePathFoldsIt() {
        PgAddress written = PgAddress.parse("postgresql://ana@db.example:6543/team");
        assertThat(written).isEqualTo(new PgAddress("ana", "db.example", 6543, "team"));
        // --db reaches Copydesk as a java.nio Path, which folds // into /
        assertThat(PgAddress.parse(Path.of("postgresql://ana@db.example:6543/team").toString())).isEqualTo(written);
        assertThat(written.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/team");
        assertThat(written).hasToString("postgresql://ana@db.example:6543/team");
    }

    @Test
    void theUserAndPortMayBeLeftOut() {
        assertThat(PgAddress.parse("postgresql://localhost/copydesk"))
                .isEqualTo(new PgAddress(null, "localhost", 5432, "copydesk"));
    }

    @Test
    void onlyPostgresAddressesAreTakenForThem() {
        assertThat(PgAddress.isAddress("postgresql://h/d")).isTrue();
        assertThat(PgAddress.isAddress("/home/ana/copydesk.db")).isFalse();
        assertThat(PgAddress.of("store.db")).isEmpty();
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> PgAddress.parse("postgresql://ana:s3cret@db/team"))
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("s3cret");
    }

    @Test
    void anAddressThatCannotBeReadSaysWhatItShouldLookLike() {
        assertThatThrownBy(() -> PgAddress.parse("postgresql://db.example"))
                .hasMessageContaining("postgresql://[USER@]HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> PgAddress.parse("postgresql://db:99999/x")).hasMessageContaining("port");
    }
}
