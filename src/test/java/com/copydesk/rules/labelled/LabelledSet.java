package com.copydesk.rules.labelled;

import com.copydesk.model.Draft;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Shingles;
import com.copydesk.rules.TitleKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The labelled set: clean drafts, planted defects (one per draft, labelled with the rule that must
 * find it), and for each draft what the store would know of its relations to the others (equal
 * titles by {@link TitleKey}, near copies by word shingles), computed here the way the store's
 * index finds them, without the store.
 */
final class LabelledSet {
    static final int CLEAN = 600;
    static final long SEED = 20261125L;
    private static final double NEAR = 0.8;
    private static final int SHINGLE = 5;

    /** A draft of the set: {@code rule} is null for a clean draft. */
    record Labelled(Draft draft, String rule, String variant, CorpusFacts facts) {
    }

    final List<Labelled> clean = new ArrayList<>();
    final List<Labelled> planted = new ArrayList<>();

    LabelledSet() {
        Random random = new Random(SEED);
        List<Draft> drafts = CleanDrafts.make(CLEAN, SEED);
        List<long[]> shingles = drafts.stream().map(d -> Shingles.of(d.body(), SHINGLE)).toList();
        Map<String, List<String>> byTitle = new HashMap<>();
        drafts.forEach(d -> byTitle.computeIfAbsent(TitleKey.of(d.title()), k -> new ArrayList<>()).add(d.reference()));
        for (int i = 0; i < drafts.size(); i++) {
            clean.add(new Labelled(drafts.get(i), null, null, facts(drafts.get(i), shingles.get(i), drafts, shingles, byTitle, -1)));
        }
        int next = 0;
        for (Defects.Plant plant : Defects.all(drafts)) {
            Draft source = drafts.get(next++ % drafts.size());
            Draft changed = plant.apply().apply(source, random);
            // its own title, so that the copies of one clean draft are no duplicate titles of each other
            Draft bad = changed.toBuilder().reference(source.reference() + "-" + plant.rule() + "-" + next)
                    .title(changed.title() + " (take " + next + ")").build();
            planted.add(new Labelled(bad, plant.rule(), plant.variant(), CorpusFacts.NONE));
        }
        String[] spellings = {"upper", "punctuation", "spaces", "full width", "apostrophe"};
        for (int i = 0; i < 40; i++) {
            Draft original = drafts.get(random.nextInt(drafts.size()));
            Draft other = drafts.get((drafts.indexOf(original) + 1 + random.nextInt(drafts.size() - 1)) % drafts.size());
            String title = respell(original.title(), spellings[i % spellings.length]);
            Draft bad = other.toBuilder().reference(other.reference() + "-dt-" + i).title(title).build();
            planted.add(new Labelled(bad, "duplicate-title", spellings[i % spellings.length],
                    facts(bad, Shingles.of(bad.body(), SHINGLE), drafts, shingles, byTitle, drafts.indexOf(other))));
        }
        for (int i = 0; i < 40; i++) {
            int from = random.nextInt(drafts.size());
            Draft original = drafts.get(from);
            String body = i % 2 == 0 ? original.body().replaceFirst("\\. ", ". Indeed, ") : original.body() + "\nOne more closing line for the copy.\n";
            Draft copy = original.toBuilder().reference(original.reference() + "-nd-" + i).title("Revisited, part " + i + ": " + original.title())
                    .body(body).build();
            planted.add(new Labelled(copy, "near-duplicate", i % 2 == 0 ? "a word added" : "a line added",
                    facts(copy, Shingles.of(body, SHINGLE), drafts, shingles, byTitle, -1)));
        }
    }

    private static String respell(String title, String how) {
        return switch (how) {
            case "upper" -> title.toUpperCase(java.util.Locale.ROOT);
            case "punctuation" -> title.replace(",", "").replace(":", " -") + "!";
            case "spaces" -> "  " + title.replace(" ", "\u00a0 ") + " ";
            case "full width" -> title.replace("a", "\uff41").replace("e", "\uff45");
            default -> title + "...";
        };
    }

    /** What the store would know: other drafts with the same title key, drafts whose bodies are near. */
    private static CorpusFacts facts(Draft draft, long[] prints, List<Draft> drafts, List<long[]> shingles,
                                     Map<String, List<String>> byTitle, int skip) {
        List<String> same = new ArrayList<>(byTitle.getOrDefault(TitleKey.of(draft.title()), List.of()));
        same.remove(draft.reference());
        if (skip >= 0) {
            same.remove(drafts.get(skip).reference());
        }
        List<CorpusFacts.NearCopy> near = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (i != skip && !drafts.get(i).reference().equals(draft.reference())) {
                double similarity = Shingles.jaccard(prints, shingles.get(i));
                if (similarity >= NEAR) {
                    near.add(new CorpusFacts.NearCopy(drafts.get(i).reference(), drafts.get(i).title(), similarity));
                }
            }
        }
        return new CorpusFacts(near, near.isEmpty() ? null : 1L, same, same.size());
    }
}
