package com.copydesk.review;

/** A draft as a JSON line that no default rule finds anything in (as of 2026-11-25). */
final class RuleDraft {
    private RuleDraft() {
    }

    static String clean(String reference) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 48; w++) {
                body.append(w == 0 ? "" : " ").append("word").append((w * 7 + p * 3) % 11);
            }
            body.append(".\\n\\n");
            if (p == 1) {
                body.append("## a section\\n\\n");
            }
        }
        body.append("## implementation checklist\\n\\n- check one\\n- check two\\n");
        return "{\"reference\":\"" + reference + "\",\"title\":\"A title\",\"body\":\"" + body + "\","
                + "\"topic\":\"a topic\",\"summary\":\"a summary\",\"reading_time\":1,"
                + "\"score\":{\"quality\":80,\"freshness\":80,\"depth\":80,\"clarity\":80},"
                + "\"revision\":{\"last_reviewed\":\"2026-11-01\"},"
                + "\"flags\":{\"ai_generated_style\":0,\"has_images\":0,\"image_heavy\":0,\"needs_human_review\":0},"
                + "\"checklist\":[\"check one\",\"check two\"],\"payload\":{\"paragraphs\":4}}";
    }
}
