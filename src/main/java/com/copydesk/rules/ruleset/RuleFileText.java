package com.copydesk.rules.ruleset;

import com.copydesk.model.GeneratorMeta;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleConfigException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A store's rule file written from rules edited in the window: only what differs from the shipped
 * defaults, as the file's own comment asks, and checked by reading it back exactly as the store
 * reads its file ({@link RuleSetLoader}), so that the editor refuses what loading would refuse.
 */
public final class RuleFileText {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    private RuleFileText() {
    }

    /**
     * The file's text for these rules: a rule or setting equal to its default is left out.
     *
     * @param rules         every rule, edited or not, as {@link RuleSet#configs()} gives them
     * @param generatorMeta the file's {@code generator_meta}, kept as it was
     */
    public static String of(List<RuleConfig> rules, GeneratorMeta generatorMeta) {
        Map<String, RuleConfig> defaults = new LinkedHashMap<>();
        new RuleSetLoader().defaults().configs().forEach(c -> defaults.put(c.id(), c));
        Map<String, Object> changed = new LinkedHashMap<>();
        for (RuleConfig rule : rules) {
            RuleConfig base = defaults.get(rule.id());
            Map<String, Object> keys = new LinkedHashMap<>();
            if (base == null || base.enabled() != rule.enabled()) {
                keys.put("enabled", rule.enabled());
            }
            if (base == null || base.severity() != rule.severity()) {
                keys.put("severity", rule.severity().key());
            }
            rule.settings().forEach((key, value) -> {
                if (base == null || !Objects.equals(String.valueOf(base.settings().get(key)), String.valueOf(value))) {
                    keys.put(key, value);
                }
            });
            if (!keys.isEmpty()) {
                changed.put(rule.id(), keys);
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        if (generatorMeta != GeneratorMeta.AUTO) {
            document.put(GeneratorMeta.KEY, generatorMeta.key());
        }
        document.put("rules", changed);
        try {
            return "# Written by Copydesk's rules editor: what this store changes from the default rules.\n"
                    + YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule settings are plain values and always serialise", e);
        }
    }

    /**
     * Reads a rule file's text as the store would read the file {@code as}: the rules it makes,
     * or a {@link RuleConfigException} that names {@code as}, not the scratch file it was read from.
     */
    public static RuleSet check(String text, Path as) {
        Path scratch = null;
        try {
            scratch = Files.createTempFile("copydesk-rules", ".yaml");
            Files.writeString(scratch, text);
            return new RuleSetLoader().load(scratch);
        } catch (RuleConfigException e) {
            throw new RuleConfigException(e.getMessage().replace(scratch.toString(), as.getFileName().toString()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    scratch.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * A rule's settings on one line, as the editor shows them: JSON, which is YAML's flow style
     * ({@code {"max_age_days":365}}), so that what is typed back is read by the same YAML reader.
     */
    public static String settingsLine(Map<String, Object> settings) {
        try {
            return new ObjectMapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule settings are plain values and always serialise", e);
        }
    }

    /** Settings typed as one line of YAML, a mapping; a {@link RuleConfigException} says what is wrong. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseSettings(String rule, String line) {
        if (line == null || line.isBlank()) {
            return Map.of();
        }
        try {
            Object value = YAML.readValue(line, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new RuleConfigException(rule + ": the settings must be a mapping such as {key: value}, not " + line);
        } catch (JsonProcessingException e) {
            throw new RuleConfigException(rule + ": the settings are not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
