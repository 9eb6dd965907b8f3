package com.copydesk.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;

/** Turns a parser's exception into a short message for people, without Jackson's source dump. */
public final class ParseProblems {
    private ParseProblems() {
    }

    public static String describe(IOException e) {
        if (e instanceof StreamConstraintsException constraint) {
            return "past the limits for a draft: " + firstLine(constraint.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException json) {
            String message = firstLine(json.getOriginalMessage());
            var location = json.getLocation();
            if (location != null && location.getLineNr() > 0) {
                return message + " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            }
            return message;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
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
