package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.BodyImage;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Images that do not add up. The body's images are what a reader sees; {@code image_sources}
 * is where they come from, not images of its own. So: {@code flags.has_images} against the
 * body's images; a body image with no URL, or with no {@code image_sources} entry (by URL or
 * caption); an {@code image_sources} entry with a blank URL or source, or one the body never
 * shows; an image URL that is not {@code https}.
 */
public record ImageMismatchRule(Severity severity) implements Rule {
    public static final String ID = "image-mismatch";
    public static final RuleScope SCOPE = RuleScope.META;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        List<BodyImage> images = context.body().images();
        List<ImageSource> sources = draft.imageSources() == null ? List.of() : draft.imageSources();
        List<String> problems = new ArrayList<>();
        Boolean hasImages = draft.flags() == null ? null : draft.flags().hasImages();
        if (GeneratorFlags.isSet(hasImages) && images.isEmpty()) {
            problems.add("flags.has_images = 1, but the body shows no image"
                    + (sources.isEmpty() ? "" : " (image_sources lists " + sources.size() + ", which the body does not show)"));
        } else if (Boolean.FALSE.equals(hasImages) && !images.isEmpty()) {
            problems.add("flags.has_images = 0, but the body shows " + images.size() + (images.size() == 1 ? " image" : " images"));
        }
        for (BodyImage image : images) {
            if (isBlank(image.url())) {
                problems.add("the body's image \"" + image.caption() + "\" has no URL");
                continue;
            }
            boolean sourced = sources.stream().anyMatch(s -> image.url().equals(s.url())
                    || (!image.caption().isBlank() && image.caption().equals(s.caption())));
            if (!sourced) {
                problems.add("the body's image \"" + image.caption() + "\" has no image_sources entry");
            }
            if (!isHttps(image.url())) {
                problems.add("the body's image \"" + image.caption() + "\" is not https: " + image.url());
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            ImageSource source = sources.get(i);
            String name = "image_sources entry " + (i + 1) + (isBlank(source.caption()) ? "" : " (\"" + source.caption() + "\")");
            if (isBlank(source.url())) {
                problems.add(name + " has no URL");
            } else if (!isHttps(source.url()) && images.stream().noneMatch(img -> source.url().equals(img.url()))) {
                problems.add(name + " has a URL that is not https: " + source.url());
            }
            if (isBlank(source.source())) {
                problems.add(name + " has no source");
            }
            boolean shown = images.stream().anyMatch(img -> (!isBlank(source.url()) && source.url().equals(img.url()))
                    || (!isBlank(source.caption()) && source.caption().equals(img.caption())));
            if (!shown && !images.isEmpty()) {
                problems.add(name + " is an image the body never shows");
            } else if (!shown && !GeneratorFlags.isSet(hasImages)) {
                problems.add(name + " is listed, but the body shows no image");
            }
        }
        return problems.isEmpty() ? List.of() : List.of(new Finding(ID, severity, String.join("; ", problems)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean isHttps(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
