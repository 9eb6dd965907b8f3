package com.copydesk.rules.ruleset;

import com.copydesk.model.GeneratorMeta;
import com.copydesk.model.Severity;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleConfigException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the rule set: the defaults shipped with Copydesk ({@code resources/rules.yaml}), with a
 * store's own file, if it has one, laid over them key by key. Anything the file gets wrong (an
 * unknown rule or setting, a wrong value) is refused with a message that says where.
 */
public final class RuleSetLoader {
    /** Bump when a rule's code changes what it finds, so that stores flag their drafts again. */
    public static final String RULES_CODE_VERSION = "7";
    public static final String DEFAULTS = "/copydesk/rules.yaml";

    /** A rule or a setting given twice is refused: the second would silently win over the first. */
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** The shipped defaults alone. */
    public RuleSet defaults() {
        return load(null);
    }

    /** The defaults with the override laid over them; a missing override file is no override. */
    public RuleSet load(Path override) {
        Object defaults = readDefaults();
        Map<String, Object> rules = rulesOf(defaults, "the default rules");
        GeneratorMeta generatorMeta = generatorMeta(defaults, GeneratorMeta.AUTO, "the default rules");
        String source = "defaults";
        if (override != null && Files.isRegularFile(override)) {
            Map<String, Object> changes;
            try {
                Object document = yaml.readValue(override.toFile(), Object.class);
                changes = rulesOf(document, override.toString());
                generatorMeta = generatorMeta(document, generatorMeta, override.toString());
            } catch (JsonProcessingException e) {
                throw new RuleConfigException(override + " is not valid YAML: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new RuleConfigException(override + " cannot be read: " + e.getMessage(), e);
            }
            overlay(rules, changes, override.toString());
            source = "defaults with " + override;
        }
        List<RuleConfig> configs = new ArrayList<>();
        List<Rule> enabled = new ArrayList<>();
        for (String id : RuleCatalog.ids()) {
            RuleConfig config = config(id, asMap(rules.get(id), id));
            configs.add(config);
            Rule rule = RuleCatalog.build(config);
            if (config.enabled()) {
                enabled.add(rule);
            }
        }
        return new RuleSet(configs, enabled, version(rules, generatorMeta), source, generatorMeta);
    }

    /** The file's top-level {@code generator_meta}, or {@code otherwise} where it does not say. */
    private static GeneratorMeta generatorMeta(Object document, GeneratorMeta otherwise, String where) {
        Object value = ((Map<?, ?>) document).get(GeneratorMeta.KEY);
        if (value == null) {
            return otherwise;
        }
        return GeneratorMeta.fromKey(String.valueOf(value)).orElseThrow(() -> new RuleConfigException(where + ": "
                + GeneratorMeta.KEY + " must be auto, required or absent, not " + value));
    }

    private Object readDefaults() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the default rules " + DEFAULTS + " are missing from the application");
            }
            return yaml.readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("the default rules cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rulesOf(Object document, String where) {
        if (!(document instanceof Map<?, ?> top) || !(top.get("rules") instanceof Map<?, ?> rules)) {
            throw new RuleConfigException(where + " must have a mapping 'rules:' with one entry per rule");
        }
        for (Object key : top.keySet()) {
            if (!"rules".equals(key) && !GeneratorMeta.KEY.equals(key)) {
                throw new RuleConfigException(where + ": unknown key '" + key + "'; only 'rules' and '"
                        + GeneratorMeta.KEY + "' are expected");
            }
        }
        for (Object id : rules.keySet()) {
            if (!RuleCatalog.knows(String.valueOf(id))) {
                throw new RuleConfigException(where + ": there is no rule '" + id + "'; the rules are "
                        + String.join(", ", RuleCatalog.ids()));
            }
        }
        return deepCopy((Map<String, Object>) rules);
    }

    /** Lays {@code changes} over {@code base}; every key changed must exist in the base. */
    @SuppressWarnings("unchecked")
    private static void overlay(Map<String, Object> base, Map<String, Object> changes, String where) {
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            if (!base.containsKey(key)) {
                throw new RuleConfigException(where + ": '" + key + "' is not a setting here; the settings are "
                        + String.join(", ", base.keySet()));
            }
            Object old = base.get(key);
            if (old instanceof Map<?, ?> oldMap && change.getValue() instanceof Map<?, ?> newMap
                    && !"thresholds".equals(key)) {
                overlay((Map<String, Object>) oldMap, (Map<String, Object>) newMap, where + " > " + key);
            } else if (old instanceof Map<?, ?> oldMap && change.getValue() instanceof Map<?, ?> newMap) {
                // thresholds: the scores given replace the default ones, the others stay
                ((Map<String, Object>) oldMap).putAll((Map<String, Object>) newMap);
            } else {
                base.put(key, change.getValue());
            }
        }
    }

    private static RuleConfig config(String id, Map<String, Object> settings) {
        Map<String, Object> rest = new LinkedHashMap<>(settings);
        Object enabled = rest.remove("enabled");
        Object severity = rest.remove("severity");
        if (enabled != null && !(enabled instanceof Boolean)) {
            throw new RuleConfigException(id + ".enabled must be true or false, not " + enabled);
        }
        Severity parsed = Severity.fromKey(String.valueOf(severity)).orElseThrow(() -> new RuleConfigException(
                id + ".severity must be block, warn or info, not " + severity));
        return new RuleConfig(id, enabled == null || (Boolean) enabled, parsed, rest);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String id) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new RuleConfigException("the rule '" + id + "' needs its settings, at least a severity");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
    }

    /** A hash of every setting, in a fixed key order, and of the rules' code version. */
    @SuppressWarnings("unchecked")
    private String version(Map<String, Object> rules, GeneratorMeta generatorMeta) {
        try {
            // the default (auto) adds nothing, so that stores keep the version they had before the setting
            String canonical = yaml.writeValueAsString(sorted(rules))
                    + (generatorMeta == GeneratorMeta.AUTO ? "" : GeneratorMeta.KEY + ": " + generatorMeta.key());
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((RULES_CODE_VERSION + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("rule settings are plain values and always serialise", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), sorted(v)));
            return sorted;
        }
        return value;
    }
}
