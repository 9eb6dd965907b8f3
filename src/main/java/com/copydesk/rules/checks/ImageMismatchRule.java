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
 * Images that do not add up: {@code flags.has_images} against the images of the body and of
 * {@code image_sources}, a body image with no source entry (by URL or caption), an image URL
 * that is not {@code https}.
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
        boolean anyImage = !images.isEmpty() || !sources.isEmpty();
        if (GeneratorFlags.isSet(hasImages) && !anyImage) {
            problems.add("flags.has_images = 1, but the body has no image and image_sources is empty");
        } else if (Boolean.FALSE.equals(hasImages) && anyImage) {
            problems.add("flags.has_images = 0, but the body has " + images.size() + (images.size() == 1 ? " image" : " images")
                    + " and image_sources " + sources.size());
        }
        for (BodyImage image : images) {
            boolean sourced = sources.stream().anyMatch(s -> image.url().equals(s.url())
                    || image.caption().equals(s.caption()));
            if (!sourced) {
                problems.add("the body's image \"" + image.caption() + "\" has no image_sources entry");
            }
            if (!isHttps(image.url())) {
                problems.add("the body's image \"" + image.caption() + "\" is not https: " + image.url());
            }
        }
        for (ImageSource source : sources) {
            if (source.url() != null && !isHttps(source.url()) && images.stream().noneMatch(i -> i.url().equals(source.url()))) {
                problems.add("image_sources has a URL that is not https: " + source.url());
            }
        }
        return problems.isEmpty() ? List.of() : List.of(new Finding(ID, severity, String.join("; ", problems)));
    }

    private static boolean isHttps(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
