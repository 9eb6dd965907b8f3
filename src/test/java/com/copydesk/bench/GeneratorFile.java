package com.copydesk.bench;

import com.copydesk.support.GeneratorDrafts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N drafts of the content generator's shape ({@link GeneratorDrafts}, a copy of
 * gen_drafts.py's make()) as JSON Lines: the file {@code bench/compare.sh}'s import section gives
 * both Copydesk and sqlite-utils. Usage: {@code bench/run.sh GeneratorFile N FILE [SEED]}.
 */
public final class GeneratorFile {
    private GeneratorFile() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(GeneratorDrafts.json(GeneratorDrafts.draft(i, seed)));
                out.write('\n');
            }
        }
    }
}
