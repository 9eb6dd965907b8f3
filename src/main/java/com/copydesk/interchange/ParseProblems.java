package com.copydesk.interchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns a parser's exception into a short message for people, without Jackson's source dump. */
public final class ParseProblems {
    private ParseProblems() {
    }

    /**
     * As {@link #describe(IOException)}, naming the field the parser was in when it failed.
     *
     * @param draftDepth how many levels of the document are above the draft (1 in a JSON array of drafts)
     */
    public static String describe(IOException e, JsonParser parser, int draftDepth) {
        List<String> levels = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                levels.add("." + context.getCurrentName());
            } else if (context.inArray()) {
                levels.add("[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        Collections.reverse(levels);
        String field = String.join("", levels.subList(Math.min(draftDepth, levels.size()), levels.size()));
        field = field.startsWith(".") ? field.substring(1) : field;
        return (field.isEmpty() ? "" : PlainTreeReader.shortened(field) + ": ") + describe(e);
    }

    public static String describe(IOException e) {
        if (e instanceof StreamConstraintsException constraint) {
            // Jackson names its own setting ("..., from `StreamReadConstraints.getMaxNestingDepth()`)"), of no use to an editor
            return "past the limits for a draft: "
                    + firstLine(constraint.getOriginalMessage()).replaceAll(", from `[^`]*`", "");
        }
        if (e instanceof JsonProcessingException json) {
            // Jackson writes where a thing started as "[Source: REDACTED (…); line: 1, column: 52]"
            String message = firstLine(json.getOriginalMessage())
                    .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                    .replaceAll("\\[Source: [^\\]]*\\]", "the input");
            var location = json.getLocation();
            if (location != null && location.getLineNr() > 0) {
                return message + " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            }
            return message;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    /**
     * A message about one line of JSON Lines: the file's line is reported beside it, so the
     * parser's own "line 1" would only mislead; the column stays.
     */
    public static String onOneLine(String message) {
        return message.replace("line 1, column ", "column ");
    }

    /** The line the parser was at when it failed, if it knows. */
    public static Integer line(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation().getLineNr() > 0) {
            return json.getLocation().getLineNr();
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
