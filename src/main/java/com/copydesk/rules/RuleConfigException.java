package com.copydesk.rules;

/** The rule file is wrong; the message says where and how to fix it. */
public class RuleConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public RuleConfigException(String message) {
        super(message);
    }

    public RuleConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
