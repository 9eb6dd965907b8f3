package com.copydesk.bench;

import java.nio.file.Path;

/**
 * Writes N generated drafts (shaped like the sample, a near copy every 50th) as JSON Lines, to
 * try Copydesk on realistic volumes. Usage: {@code bench/run.sh GenerateDrafts N FILE [SEED]}.
 */
public final class GenerateDrafts {
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GenerateDrafts N FILE [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path file = new DraftGenerator(seed, 50).writeJsonLines(Path.of(args[1]), count);
        System.out.printf("wrote %,d drafts to %s%n", count, file);
    }
}
