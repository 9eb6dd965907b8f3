package com.copydesk.review;

import com.copydesk.model.StoredRuleSet;
import com.copydesk.store.RuleSetRepository;
import com.copydesk.store.Store;
import com.copydesk.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * A team store's rule set lives in its database ({@link RuleSetRepository}); each process keeps
 * a copy of the version in force as a rule file in the editor's data folder, so that the rules
 * are loaded, stamped ({@link RuleFileStamps}) and watched exactly as a SQLite store's file
 * beside it is. {@link #sync} brings that copy up to the database's newest version: every
 * editor's copy then has the same bytes, hence the same stamp, so that once one process has
 * flagged the drafts again under a new version the others find the flags current and take the
 * new rules without flagging again.
 */
public final class TeamRuleSet {
    private final Store store;
    private final Path copy;
    private final RuleSetRepository repository = new RuleSetRepository();

    public TeamRuleSet(Store store, Path copy) {
        this.store = store;
        this.copy = copy;
    }

    /** The version in force, if one was loaded (else Copydesk's defaults apply). */
    public Optional<StoredRuleSet> current() {
        return store.reading(repository::newest);
    }

    /** Writes the version in force to the local copy (removes it under the defaults); true when the copy changed. */
    public boolean sync() {
        Optional<StoredRuleSet> newest = current();
        try {
            if (newest.isEmpty()) {
                return Files.deleteIfExists(copy);
            }
            byte[] bytes = newest.get().yaml().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(copy) && java.util.Arrays.equals(Files.readAllBytes(copy), bytes)) {
                return false;
            }
            Files.createDirectories(copy.getParent());
            // Written beside and moved over: a process of the same editor loading the copy meanwhile reads one version whole.
            Path temp = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the team store's rules cannot be kept in " + copy + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code yaml} the store's rules: the next version, by {@code editor}, at {@code at}. */
    public StoredRuleSet add(String yaml, String editor, Instant at) {
        StoreException lost = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return store.transaction(tx -> repository.add(tx, yaml, editor, at));
            } catch (StoreException e) {
                lost = e; // another editor took this version number at the same moment: take the next
            }
        }
        throw lost;
    }

    public Path copy() {
        return copy;
    }
}
