package com.copydesk.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link Draft} field by field; readers and tests use it instead of a 23-argument call. */
public final class DraftBuilder {
    private String reference;
    private String title;
    private String body;
    private String topic;
    private String summary;
    private Map<String, String> aiOutline;
    private String aiBrief;
    private List<String> stack;
    private List<String> tools;
    private String codeLanguage;
    private String difficulty;
    private Integer readingTime;
    private Long viewCount;
    private Scores score;
    private Revision revision;
    private String hash;
    private GeneratorFlags flags;
    private List<String> checklist;
    private List<Entity> entities;
    private List<ImageSource> imageSources;
    private Payload payload;
    private List<String> notes;
    private Map<String, Object> extra = new LinkedHashMap<>();

    public DraftBuilder() {
    }

    DraftBuilder(Draft d) {
        reference = d.reference();
        title = d.title();
        body = d.body();
        topic = d.topic();
        summary = d.summary();
        aiOutline = d.aiOutline();
        aiBrief = d.aiBrief();
        stack = d.stack();
        tools = d.tools();
        codeLanguage = d.codeLanguage();
        difficulty = d.difficulty();
        readingTime = d.readingTime();
        viewCount = d.viewCount();
        score = d.score();
        revision = d.revision();
        hash = d.hash();
        flags = d.flags();
        checklist = d.checklist();
        entities = d.entities();
        imageSources = d.imageSources();
        payload = d.payload();
        notes = d.notes();
        extra = new LinkedHashMap<>(d.extra());
    }

    public DraftBuilder reference(String v) { reference = v; return this; }
    public DraftBuilder title(String v) { title = v; return this; }
    public DraftBuilder body(String v) { body = v; return this; }
    public DraftBuilder topic(String v) { topic = v; return this; }
    public DraftBuilder summary(String v) { summary = v; return this; }
    public DraftBuilder aiOutline(Map<String, String> v) { aiOutline = v; return this; }
    public DraftBuilder aiBrief(String v) { aiBrief = v; return this; }
    public DraftBuilder stack(List<String> v) { stack = v; return this; }
    public DraftBuilder tools(List<String> v) { tools = v; return this; }
    public DraftBuilder codeLanguage(String v) { codeLanguage = v; return this; }
    public DraftBuilder difficulty(String v) { difficulty = v; return this; }
    public DraftBuilder readingTime(Integer v) { readingTime = v; return this; }
    public DraftBuilder viewCount(Long v) { viewCount = v; return this; }
    public DraftBuilder score(Scores v) { score = v; return this; }
    public DraftBuilder revision(Revision v) { revision = v; return this; }
    public DraftBuilder hash(String v) { hash = v; return this; }
    public DraftBuilder flags(GeneratorFlags v) { flags = v; return this; }
    public DraftBuilder checklist(List<String> v) { checklist = v; return this; }
    public DraftBuilder entities(List<Entity> v) { entities = v; return this; }
    public DraftBuilder imageSources(List<ImageSource> v) { imageSources = v; return this; }
    public DraftBuilder payload(Payload v) { payload = v; return this; }
    public DraftBuilder notes(List<String> v) { notes = v; return this; }
    public DraftBuilder extra(String key, Object value) { extra.put(key, value); return this; }
    public DraftBuilder withoutExtra(String key) { extra.remove(key); return this; }

    public Draft build() {
        return new Draft(reference, title, body, topic, summary, aiOutline, aiBrief, stack, tools, codeLanguage,
                difficulty, readingTime, viewCount, score, revision, hash, flags, checklist, entities,
                imageSources, payload, notes, extra);
    }
}
