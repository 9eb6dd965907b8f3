package com.copydesk.rules;

/** The rule file is wrong; the message says where and how to fix it. */
public class RuleConfigException extends RuntimeException {
    public RuleConfigException(String message) {
        super(message);
    }

    public RuleConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
