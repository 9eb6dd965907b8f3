package com.copydesk.interchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON or YAML value from a streaming parser into plain Java values: {@link Map}
 * (insertion-ordered), {@link List}, {@link String}, {@link Long} or {@link java.math.BigInteger},
 * {@link BigDecimal}, {@link Boolean} and null.
 *
 * <p>It works with an explicit stack rather than recursion, so a nesting bomb cannot overflow the
 * thread's stack. When the value breaks a rule (a key given twice, too deep, too large, a YAML
 * alias or tag) it still consumes the whole value, so that the next record of the same stream can
 * be read, keeping nothing more of it in memory, and then throws {@link InvalidDraftException} naming the first problem.
 */
public final class PlainTreeReader {
    /** YAML core-schema tags only say what a scalar already is; any other tag is refused. */
    private static final Set<String> HARMLESS_YAML_TAGS = Set.of(
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq");

    private final DraftLimits limits;

    public PlainTreeReader(DraftLimits limits) {
        this.limits = limits;
    }

    /** Reads the value whose first token is the parser's current token (advancing to it if none). */
    public Object read(JsonParser parser) throws IOException, InvalidDraftException {
        if (parser.currentToken() == null && parser.nextToken() == null) {
            throw new InvalidDraftException("", "empty input");
        }
        long start = offset(parser);
        String problem = null;
        String problemPath = "";
        Deque<Container> stack = new ArrayDeque<>();
        Object root = null;
        String reference = null;
        JsonToken token = parser.currentToken();
        int tokens = 0;
        while (true) {
            if (problem == null) {
                String yamlProblem = yamlProblem(parser);
                if (yamlProblem != null) {
                    problem = yamlProblem;
                    problemPath = path(stack);
                } else if ((++tokens & 63) == 0 && offset(parser) - start > limits.maxRecordBytes()) {
                    problem = "the draft is larger than " + limits.maxRecordBytes() / DraftLimits.MB + " MB";
                    problemPath = "";
                }
            }
            Object value;
            boolean isValue = true;
            switch (token.id()) {
                case JsonTokenId.ID_START_OBJECT, JsonTokenId.ID_START_ARRAY -> {
                    boolean object = token == JsonToken.START_OBJECT;
                    if (problem == null && stack.size() >= limits.maxDepth()) {
                        problem = "nested deeper than " + limits.maxDepth() + " levels";
                        problemPath = path(stack);
                    }
                    Container container = new Container(object);
                    if (problem == null) {
                        attach(stack, container.value());
                    }
                    stack.push(container);
                    isValue = false;
                    value = null;
                }
                case JsonTokenId.ID_END_OBJECT, JsonTokenId.ID_END_ARRAY -> {
                    Container done = stack.pop();
                    isValue = false;
                    value = null;
                    if (stack.isEmpty()) {
                        root = done.value();
                    }
                }
                case JsonTokenId.ID_FIELD_NAME -> {
                    Container container = stack.peek();
                    String key = parser.currentName();
                    boolean givenBefore = container.map.containsKey(key);
                    container.pendingKey = key;
                    if (problem == null && givenBefore) {
                        problem = "the key is given twice";
                        problemPath = path(stack);
                    }
                    isValue = false;
                    value = null;
                }
                // once the draft is known to be invalid, only its reference is still worth reading
                case JsonTokenId.ID_STRING -> value = problem == null || isReference(stack) ? parser.getText() : null;
                case JsonTokenId.ID_NUMBER_INT, JsonTokenId.ID_NUMBER_FLOAT -> {
                    if (problem == null && parser.getTextLength() > limits.maxNumberChars()) {
                        // checked on the text: converting thousands of digits costs time for nothing
                        problem = "a number longer than " + limits.maxNumberChars() + " characters";
                        problemPath = path(stack);
                    }
                    value = problem != null ? null : token == JsonToken.VALUE_NUMBER_FLOAT ? parser.getDecimalValue()
                            : switch (parser.getNumberType()) {
                                case INT, LONG -> parser.getLongValue();
                                default -> parser.getBigIntegerValue();
                            };
                }
                case JsonTokenId.ID_TRUE -> value = Boolean.TRUE;
                case JsonTokenId.ID_FALSE -> value = Boolean.FALSE;
                case JsonTokenId.ID_NULL -> value = null;
                default -> {
                    if (problem == null) {
                        problem = "unsupported value " + token;
                        problemPath = path(stack);
                    }
                    value = null;
                }
            }
            if (isValue) {
                if (problem == null && value instanceof String s && s.length() > limits.maxStringChars()) {
                    problem = "a text longer than " + limits.maxStringChars() + " characters";
                    problemPath = path(stack);
                }
                if (stack.isEmpty()) {
                    root = value;
                } else {
                    if (problem == null) {
                        attach(stack, value);
                    }
                    if (isReference(stack) && value instanceof String s) {
                        reference = s;
                    }
                }
            }
            if (stack.isEmpty()) {
                break;
            }
            token = parser.nextToken();
            if (token == null) {
                throw new InvalidDraftException(path(stack), "the input ends inside the draft");
            }
        }
        if (problem != null) {
            throw new InvalidDraftException(problemPath, problem, reference);
        }
        return root;
    }

    private static boolean isReference(Deque<Container> stack) {
        return stack.size() == 1 && "reference".equals(stack.peek().pendingKey);
    }

    private static long offset(JsonParser parser) {
        var location = parser.currentLocation();
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    private static String yamlProblem(JsonParser parser) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return null;
        }
        if (yaml.isCurrentAlias()) {
            return "YAML aliases are not allowed (*" + yaml.getText() + ")";
        }
        Object tag = yaml.getTypeId();
        if (tag != null && !HARMLESS_YAML_TAGS.contains(tag.toString())) {
            return "YAML tags are not allowed (" + tag + ")";
        }
        return null;
    }

    private static void attach(Deque<Container> stack, Object value) {
        Container parent = stack.peek();
        if (parent == null) {
            return;
        }
        if (parent.map != null) {
            parent.map.put(parent.pendingKey, value);
        } else {
            parent.list.add(value);
        }
    }

    /** The field being read: a key, or the index of the element an array is about to take. */
    private static String path(Deque<Container> stack) {
        StringBuilder path = new StringBuilder();
        Container innermost = stack.peek();
        var iterator = stack.descendingIterator();
        while (iterator.hasNext()) {
            Container container = iterator.next();
            if (container.map != null) {
                if (container.pendingKey != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(container.pendingKey);
                }
            } else {
                // an open container is already in its parent's list; the innermost one's next element is not yet
                int index = container == innermost ? container.list.size() : container.list.size() - 1;
                path.append('[').append(index).append(']');
            }
        }
        return shortened(path.toString());
    }

    private static final int LONGEST_PATH = 80;

    /** A path of a hundred levels is no help in a message: its start and its end are. */
    public static String shortened(String path) {
        if (path.length() <= LONGEST_PATH) {
            return path;
        }
        return path.substring(0, LONGEST_PATH / 2) + "…" + path.substring(path.length() - LONGEST_PATH / 2 + 1);
    }

    /** An object or array being read. Once a problem is found nothing more is kept. */
    private static final class Container {
        final Map<String, Object> map;
        final List<Object> list;
        String pendingKey;

        Container(boolean object) {
            this.map = object ? new LinkedHashMap<>() : null;
            this.list = object ? null : new ArrayList<>();
        }

        Object value() {
            return map != null ? map : list;
        }
    }
}
