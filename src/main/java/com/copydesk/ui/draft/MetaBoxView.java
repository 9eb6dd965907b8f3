package com.copydesk.ui.draft;

import com.copydesk.model.Draft;
import com.copydesk.model.Entity;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.Scores;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft's meta box: every field but the title and the body, a label on the left and its value
 * on the right. Lists are one item a line, objects are indented {@code key: value} rows, fields
 * the draft format does not name ({@link Draft#extra()}) follow under "Other fields" with their
 * own keys, nested maps and lists indented. Empty and absent fields are left out; long values
 * wrap. A value longer than {@value #MAX_TEXT} characters, or a list or object with more than
 * {@value #MAX_ITEMS} entries, is cut with a note (untrusted drafts may hold 5 MB); "Copy value"
 * in the context menu copies a field in full. Use on the FX thread.
 */
public class MetaBoxView extends VBox {
    static final int MAX_TEXT = 10_000;
    static final int MAX_ITEMS = 200;
    static final int MAX_DEPTH = 8;
    private static final String ROW = "meta.row";
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final KeyValuePane grid = new KeyValuePane(18, 9, 160);
    private final Map<String, Object> rows = new LinkedHashMap<>();
    private ContextMenu menu;

    public MetaBoxView() {
        getStyleClass().add("meta-box");
        DraftStyles.apply(this);
        setMinWidth(0);
        Label title = new Label("Meta");
        title.getStyleClass().add("meta-title");
        grid.getStyleClass().add("meta-grid");
        getChildren().addAll(title, grid);
        setOnContextMenuRequested(this::showContextMenu);
    }

    /** Shows the draft's fields; null shows nothing. */
    public void show(Draft draft) {
        DraftStyles.apply(this);
        grid.clear();
        rows.clear();
        if (draft == null) {
            return;
        }
        add("Reference", draft.reference());
        add("Topic", draft.topic());
        add("Summary", draft.summary());
        add("AI outline", humanKeys(draft.aiOutline()));
        add("AI brief", draft.aiBrief());
        add("Stack", draft.stack());
        add("Tools", draft.tools());
        add("Code language", draft.codeLanguage());
        add("Difficulty", draft.difficulty());
        add("Reading time", draft.readingTime() == null ? null
                : draft.readingTime() + (draft.readingTime() == 1 ? " minute" : " minutes"));
        add("View count", draft.viewCount() == null ? null : String.format(Locale.ROOT, "%,d", draft.viewCount()));
        add("Score", scores(draft.score()));
        add("Revision", revision(draft.revision()));
        add("Hash", draft.hash());
        add("Generator flags", flags(draft.flags()));
        add("Checklist", draft.checklist());
        add("Entities", draft.entities() == null ? null : draft.entities().stream().map(MetaBoxView::entity).toList());
        add("Image sources", draft.imageSources() == null ? null
                : draft.imageSources().stream().map(MetaBoxView::imageSource).toList());
        add("Payload", payload(draft.payload()));
        add("Notes", draft.notes());
        boolean headed = false;
        for (Map.Entry<String, Object> field : draft.extra().entrySet()) {
            if (isEmpty(field.getValue())) {
                continue;
            }
            if (!headed) {
                Label other = new Label("Other fields");
                other.getStyleClass().add("meta-section");
                other.setMaxWidth(Double.MAX_VALUE);
                grid.addSpanning(other);
                headed = true;
            }
            add(field.getKey(), field.getValue());
        }
    }

    /** Shows nothing. */
    public void clear() {
        show(null);
    }

    /** Every field shown, as "Copy all" copies it: a label, then its value, indented. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        rows.forEach((label, value) -> out.append(rowText(label, value)).append('\n'));
        return out.toString().strip();
    }

    /** The labels shown and their values as text; for tests. */
    Map<String, String> rows() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.forEach((label, value) -> texts.put(label, plain(value)));
        return texts;
    }

    // ---- the fields as plain values -----------------------------------------------------------

    private static Map<String, Object> humanKeys(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> human = new LinkedHashMap<>();
        map.forEach((key, value) -> human.put(human(key), value));
        return human;
    }

    private static String human(String key) {
        return key.replace('_', ' ');
    }

    private static Map<String, Object> scores(Scores scores) {
        if (scores == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "quality", scores.quality());
        present(map, "freshness", scores.freshness());
        present(map, "depth", scores.depth());
        present(map, "clarity", scores.clarity());
        map.putAll(scores.extra());
        return map;
    }

    private static Map<String, Object> revision(Revision revision) {
        if (revision == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "status", revision.status());
        present(map, "version", revision.version());
        present(map, "last reviewed", revision.lastReviewed() == null ? null : revision.lastReviewed().toString());
        map.putAll(revision.extra());
        return map;
    }

    private static Map<String, Object> flags(GeneratorFlags flags) {
        if (flags == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "AI generated style", yesNo(flags.aiGeneratedStyle()));
        present(map, "has images", yesNo(flags.hasImages()));
        present(map, "image heavy", yesNo(flags.imageHeavy()));
        present(map, "needs human review", yesNo(flags.needsHumanReview()));
        map.putAll(flags.extra());
        return map;
    }

    /** A field of a known object, when the draft has it (null there means absent, not null). */
    private static void present(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String yesNo(Boolean flag) {
        return flag == null ? null : flag ? "yes" : "no";
    }

    private static Object entity(Entity entity) {
        if (entity == null) {
            return NULL;
        }
        String name = entity.name() == null ? "" : entity.name();
        if (entity.extra().isEmpty()) {
            return entity.type() == null || entity.type().isBlank() ? name : name + " (" + entity.type() + ")";
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "name", entity.name());
        present(map, "type", entity.type());
        map.putAll(entity.extra());
        return map;
    }

    private static Object imageSource(ImageSource source) {
        if (source == null) {
            return NULL;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "caption", source.caption());
        present(map, "source", source.source());
        present(map, "url", source.url());
        map.putAll(source.extra());
        return map;
    }

    private static Map<String, Object> payload(Payload payload) {
        if (payload == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        present(map, "source id", payload.sourceId());
        present(map, "generator", payload.generator());
        present(map, "paragraphs", payload.paragraphs());
        present(map, "scenario", payload.scenario());
        present(map, "seed", payload.seed());
        map.putAll(payload.extra());
        return map;
    }

    /** Absent, blank, or a list or object with nothing in it. */
    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return false;
    }

    // ---- rows ---------------------------------------------------------------------------------

    private void add(String label, Object value) {
        if (isEmpty(value)) {
            return;
        }
        TextFlow key = text(label, "meta-key");
        key.getProperties().put(ROW, label);
        javafx.scene.Node node = valueNode(value, 0, true);
        node.getProperties().put(ROW, label);
        grid.addRow(key, node);
        rows.put(label, value);
    }

    /** The node for a value: text, a list one item a line, or indented key-value rows. */
    private javafx.scene.Node valueNode(Object value, int depth, boolean topLevel) {
        if (value instanceof Map<?, ?> map && depth < MAX_DEPTH) {
            return mapNode(map, depth, topLevel);
        }
        if (value instanceof List<?> list && depth < MAX_DEPTH) {
            return listNode(list, depth);
        }
        return text(value instanceof Map<?, ?> || value instanceof List<?> ? compact(value) : scalar(value),
                value == null || value == NULL ? "meta-null" : null);
    }

    private javafx.scene.Node mapNode(Map<?, ?> map, int depth, boolean topLevel) {
        KeyValuePane pairs = new KeyValuePane(8, 2, 220);
        pairs.getStyleClass().add("meta-map");
        if (!topLevel) {
            pairs.getStyleClass().add("meta-nested");
        }
        int shown = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (shown == MAX_ITEMS) {
                pairs.addSpanning(text(more(map.size() - shown, "more fields"), "meta-more"));
                break;
            }
            TextFlow key = text(entry.getKey() + ":", "meta-map-key");
            javafx.scene.Node node = valueNode(entry.getValue() == null ? NULL : entry.getValue(), depth + 1, false);
            pairs.addRow(key, node);
            shown++;
        }
        return pairs;
    }

    private javafx.scene.Node listNode(List<?> list, int depth) {
        VBox items = new VBox();
        items.getStyleClass().add("meta-list");
        items.setMinWidth(0);
        int shown = 0;
        for (Object item : list) {
            if (shown == MAX_ITEMS) {
                items.getChildren().add(text(more(list.size() - shown, "more items"), "meta-more"));
                break;
            }
            Text bullet = new Text("\u2022");
            bullet.getStyleClass().addAll("meta-text", "meta-bullet");
            javafx.scene.Node node = valueNode(item == null ? NULL : item, depth + 1, false);
            HBox.setHgrow(node, Priority.ALWAYS);
            TextFlow marker = new TextFlow(bullet);
            marker.getStyleClass().add("meta-bullet-box");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(marker, node);
            row.getStyleClass().add("meta-list-item");
            row.setAlignment(Pos.TOP_LEFT);
            row.setMinWidth(0);
            items.getChildren().add(row);
            shown++;
        }
        return items;
    }

    private static String more(int count, String what) {
        return String.format(Locale.ROOT, "\u2026 and %,d %s (\u201cCopy value\u201d copies all)", count, what);
    }

    /** Text that wraps at the width it is given; lighter than a wrapping {@code Label}. */
    private static TextFlow text(String text, String styleClass) {
        String shown = text.length() > MAX_TEXT
                ? text.substring(0, MAX_TEXT) + String.format(Locale.ROOT, "\u2026 (%,d more characters)", text.length() - MAX_TEXT)
                : text;
        Text run = new Text(shown);
        run.getStyleClass().add("meta-text");
        if (styleClass != null) {
            run.getStyleClass().add(styleClass);
        }
        TextFlow flow = new TextFlow(run);
        flow.getStyleClass().add("meta-value");
        flow.setMinWidth(0);
        return flow;
    }

    private static String scalar(Object value) {
        if (value == null || value == NULL) {
            return "null";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    /** A value nested too deep to lay out, on one line. */
    private static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        compact(value, out);
        return out.toString();
    }

    private static void compact(Object value, StringBuilder out) {
        if (out.length() > MAX_TEXT) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(entry.getKey()).append(": ");
                compact(entry.getValue(), out);
                separator = ", ";
                if (out.length() > MAX_TEXT) {
                    break;
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                compact(item, out);
                separator = ", ";
                if (out.length() > MAX_TEXT) {
                    break;
                }
            }
            out.append(']');
        } else {
            out.append(scalar(value));
        }
    }

    // ---- text ---------------------------------------------------------------------------------

    private static String rowText(String label, Object value) {
        String text = plain(value);
        return text.contains("\n") ? label + ":\n" + text.indent(2).stripTrailing() : label + ": " + text;
    }

    /** A value as lines of text: lists as "- item", objects as "key: value", nested ones indented. */
    static String plain(Object value) {
        StringBuilder out = new StringBuilder();
        plain(value, out, 0, 0);
        return out.toString().stripTrailing();
    }

    private static void plain(Object value, StringBuilder out, int indent, int depth) {
        String pad = "  ".repeat(Math.min(indent, 40));
        if (value instanceof Map<?, ?> map && depth < 100) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object item = entry.getValue();
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.append(pad).append(entry.getKey()).append(":\n");
                    plain(item, out, indent + 1, depth + 1);
                } else {
                    out.append(pad).append(entry.getKey()).append(": ").append(scalar(item)).append('\n');
                }
            }
        } else if (value instanceof List<?> list && depth < 100) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.append(pad).append("-\n");
                    plain(item, out, indent + 1, depth + 1);
                } else {
                    out.append(pad).append("- ").append(scalar(item)).append('\n');
                }
            }
        } else {
            out.append(pad).append(value instanceof Map<?, ?> || value instanceof List<?> ? compact(value) : scalar(value))
                    .append('\n');
        }
    }

    // ---- copying ------------------------------------------------------------------------------

    private void showContextMenu(ContextMenuEvent event) {
        if (menu != null) {
            menu.hide();
        }
        String row = null;
        for (javafx.scene.Node node = event.getPickResult().getIntersectedNode(); node != null && node != this;
                node = node.getParent()) {
            if (node.getProperties().get(ROW) instanceof String label) {
                row = label;
                break;
            }
        }
        List<MenuItem> items = new ArrayList<>();
        if (row != null && rows.containsKey(row)) {
            Object value = rows.get(row);
            MenuItem copyValue = new MenuItem("Copy value");
            copyValue.setId("copyValue");
            copyValue.setOnAction(e -> copy(plain(value)));
            items.add(copyValue);
        }
        MenuItem copyAll = new MenuItem("Copy all");
        copyAll.setId("copyAll");
        copyAll.setOnAction(e -> copy(plainText()));
        items.add(copyAll);
        menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.show(this, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
