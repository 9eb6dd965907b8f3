package com.copydesk.rules;

import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Revision;
import com.copydesk.model.Severity;
import com.copydesk.rules.checks.TopicMismatchRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.copydesk.rules.RuleChecksTest.BODY;
import static com.copydesk.rules.RuleChecksTest.TODAY;
import static com.copydesk.rules.RuleChecksTest.clean;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content-defect rules and the fixed meta rules, each on a defect and on the near miss beside
 * it, with the evidence an editor reads; the labelled set measures them in bulk.
 */
class ContentRulesTest {
    private static final RuleSet DEFAULTS = new RuleSetLoader().defaults();

    private static List<Finding> findings(String rule, Draft draft) {
        return DEFAULTS.evaluate(draft, TODAY, CorpusFacts.NONE).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Finding> body(String rule, String body) {
        return findings(rule, clean().toBuilder().body(body).build());
    }

    @Test
    void theCleanDraftHasNoFindingOfTheNewRules() {
        assertThat(DEFAULTS.evaluate(clean(), TODAY, CorpusFacts.NONE)).isEmpty();
    }

    @Test
    void aHeadingInsideAComponentBoxStartsItsOwnOutline() {
        // react.dev: "####" headings inside <DeepDive> and <Pitfall> boxes under a "##" section
        String boxed = BODY + "\n## Usage\n\nSome text.\n\n<DeepDive>\n\n#### Why does React care?\n\nBecause.\n\n</DeepDive>\n";
        assertThat(body("broken-markdown", boxed)).isEmpty();
        assertThat(body("broken-markdown", BODY + "\n## Usage\n\nSome text.\n\n<details>\n\n#### Why does it matter here?\n\nBecause.\n\n</details>\n"))
                .isEmpty();
        assertThat(body("broken-markdown", BODY + "\n## Usage\n\nSome text.\n\n<img src=\"https://example.org/a.png\">\n\n#### Why does it matter here?\n\nBecause.\n"))
                .as("an image is no box: the jump is still one").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is level 4 under a level 2 heading"));
        assertThat(body("broken-markdown", BODY + "\n## Usage\n\nSome text.\n\n#### Why does it matter here?\n\nBecause.\n"))
                .as("without a box").hasSize(1);
    }

    @Test
    void aReplyAroundTheArticleIsFoundByItsCuesWhereItStands() {
        // no phrase of the list: a handover and the one who asked, in the first paragraph
        assertThat(body("chatbot-leftover", "Below is the write-up, structured as per your brief.\n\n" + BODY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("opening paragraph").contains("hands the article over")
                        .contains("addresses the one who asked for it (\"as per your\")"));
        // an offer and the writer as "I" in the last paragraph
        assertThat(body("chatbot-leftover", BODY + "\nI could also write a follow-up post that covers deployment.\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("closing paragraph").contains("offers more").contains("speaks as \"I\""));
        // a line only a reply carries, alone
        assertThat(body("chatbot-leftover", BODY + "\nWord count: 1,087 (excluding headings).\n")).hasSize(1);
        // in the title, the one who asked is enough
        assertThat(findings("chatbot-leftover", clean().toBuilder().title("Draft v2 (revised per your feedback): Pools").build())).hasSize(1);
    }

    @Test
    void aBlogPostsOwnVoiceIsNotAReply() {
        // the writer as "I" and the reader as "you", without a handover, a requester or a model
        assertThat(body("chatbot-leftover", "I've been writing Go for six years, and I still get this wrong.\n\n" + BODY)).isEmpty();
        assertThat(body("chatbot-leftover", BODY + "\nLet me know in the comments if you have a better trick.\n")).isEmpty();
        assertThat(body("chatbot-leftover", BODY + "\nI can also recommend the official tutorial, which goes deeper.\n")).isEmpty();
        // mid-body, an offer and a handover are a tutorial's; only the model or the one who asked make it a reply
        String middle = "Feel free to adjust the examples to your traffic, I can say from experience.";
        assertThat(body("chatbot-leftover", "Intro paragraph here.\n\nSecond paragraph here.\n\n" + middle + "\n\n" + BODY)).isEmpty();
        assertThat(body("chatbot-leftover", "Intro paragraph here.\n\nSecond paragraph here.\n\n"
                + "I don't have browsing access, so the versions may be out of date.\n\n" + BODY)).hasSize(1);
        // quoted, a reply is mentioned
        assertThat(body("chatbot-leftover", BODY + "\nIts reply was \"Here's the blog post you asked for\", which we cut.\n")).isEmpty();
    }

    @Test
    void aSlotIsFoundByItsShapeInAnyWording() {
        for (String slot : List.of("Contact us at [contact email] for a demo.", "Our founder, [Founder's name], started it.",
                "It took [insert duration].", "Cut by [X] minutes.", "It starts at $??/month.", "It opens on ??? in Berlin.",
                "{Product} fits in.", "Mail sales@[domain].com today.", "(Add statistic here.)", "The speaker is TBC.")) {
            assertThat(body("placeholder", BODY + "\n" + slot + "\n")).as(slot).hasSize(1);
        }
        for (String clean : List.of("Press [Ctrl] + [C] to stop it.", "They \"were [sic] stable\".", "Choose [Save As] from the menu.",
                "So a[0] is the first.", "Is it faster??? Yes.", "The set {a, b, c} is small.", "Tasks marked [optional] can wait.",
                "It went up [1].", "Run it with `[contact email]` as the argument.")) {
            assertThat(body("placeholder", BODY + "\n" + clean + "\n")).as(clean).isEmpty();
        }
    }

    @Test
    void fillerLatinIsFoundInAnyOrderAndAQuoteOfItIsNot() {
        assertThat(body("placeholder", BODY + "\nNulla vitae elit libero, a pharetra augue. Aenean lacinia bibendum nulla sed consectetur.\n"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("filler Latin"));
        assertThat(body("placeholder", BODY + "\nDesigners borrowed pharetra augue and other words from an old Latin text.\n")).isEmpty();
    }

    @Test
    void publishedDocsMarkupIsNotAPlaceholder() {
        // MDN: a page written with macros has bare ones too
        assertThat(body("placeholder", BODY + "\nThe {{jsxref(\"Array\")}} method.\n\n## Specifications\n\n{{Specifications}}\n\n"
                + "## Browser compatibility\n\n{{Compat}}\n")).isEmpty();
        assertThat(body("placeholder", BODY + "\nTry {{product_name}} today.\n")).as("no macro call: a template's slot").hasSize(1);
        // Hugo and VitePress: a note in an HTML comment is not shown
        assertThat(body("placeholder", BODY + "\n<!-- TODO update links -->\n")).isEmpty();
        // react.dev's <RSC> badge and VitePress' demo markup are elements the body closes
        assertThat(body("placeholder", BODY + "\n<RSC>\n\n`'use server'` is for React Server Components.\n\n</RSC>\n")).isEmpty();
        assertThat(body("placeholder", BODY + "\n<div>Picked: {{ picked }}</div>\n")).isEmpty();
        assertThat(body("placeholder", BODY + "\nTry <<PRODUCT>> for a week.\n")).as("a slot in tag form").hasSize(1);
        assertThat(body("placeholder", BODY + "\nWritten by <AUTHOR NAME>.\n")).hasSize(1);
    }

    @Test
    void aReplyWordOpensAReplyNotATutorialsAnswer() {
        assertThat(body("chatbot-leftover", "Certainly! Python's asyncio runs one loop.\n\n" + BODY)).hasSize(1);
        assertThat(body("chatbot-leftover", "# Async in Python\n\nSure: The loop runs one task at a time.\n\n" + BODY))
                .as("after the title's heading").hasSize(1);
        assertThat(body("chatbot-leftover", BODY + "\nIs this a good place for side effects?\n\nAbsolutely! Event handlers are the best place for them.\n"))
                .as("react.dev answers its own question").isEmpty();
    }

    @Test
    void anMdxCommentIsANoteToTheAuthorsNotProse() {
        assertThat(body("placeholder", BODY + "\n{/* TODO: Remove this subsection when browser is available in Stable. */}\n")).isEmpty();
        assertThat(body("placeholder", BODY + "\n{/*TODO(@poteto) fix compiler validation*/}\n")).as("stars read as emphasis").isEmpty();
        String note = "{/* not the most efficient, but this validation is enabled in the linter only, so it's fine */}";
        assertThat(body("repeated-text", BODY + "\n" + note + "\n\nOne paragraph between them that says something else.\n\n" + note + "\n"))
                .isEmpty();
        assertThat(body("placeholder", BODY + "\nTODO: Remove this subsection when browser is available in Stable.\n"))
                .as("the same words as prose").hasSize(1);
    }

    @Test
    void chatbotLeftoversAreFoundInAnyCaseAndApostropheWithWhereTheyAre() {
        assertThat(body("chatbot-leftover", "As an AI language model, I can\u2019t run code.\n\n" + BODY)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                    assertThat(f.message()).contains("\"as an ai language model\" in the body at line 1");
                });
        assertThat(body("chatbot-leftover", BODY + "\nI HOPE THIS HELPS!\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"i hope this helps\" in the body at line 18")
                        .as("a phrase inside another is named once").doesNotContain("\"hope this helps\""));
        assertThat(findings("chatbot-leftover", clean().toBuilder().title("Certainly! Here\u2019s a title").build())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("in the title"));
        assertThat(body("chatbot-leftover", BODY + "\nThe planner decides :contentReference[oaicite:2]{index=2} alone.\n")).hasSize(1);
        assertThat(body("chatbot-leftover", BODY + "\nDefaults changed citeturn0news4 twice.\n")).hasSize(1);
        assertThat(body("chatbot-leftover", BODY + "\nMost teams measure first \u30104\u2020source\u3011.\n")).hasSize(1);
        assertThat(body("chatbot-leftover", BODY + "\nI hope the numbers speak for themselves. Certainly the hard part was naming.\n"))
                .as("'I hope' and 'certainly' in prose").isEmpty();
        assertThat(body("chatbot-leftover", BODY + "\n```python\nprint(\"I hope this helps\")\n```\n")).as("in code").isEmpty();
    }

    @Test
    void placeholdersAreFoundInProseButNotInCode() {
        assertThat(body("placeholder", BODY + "\nSee [INSERT EXAMPLE] and ask {{product_name}}.\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("[INSERT EXAMPLE]").contains("{{product_name}}").contains("line 18"));
        assertThat(body("placeholder", "TODO: add numbers.\n\n" + BODY)).hasSize(1);
        assertThat(body("placeholder", BODY + "\nLorem ipsum dolor sit amet.\n")).hasSize(1);
        assertThat(body("placeholder", BODY + "\nRead [the guide](url) first.\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("a link to \"url\""));
        assertThat(body("placeholder", BODY + "\n```jinja\n<h1>{{ title }}</h1> {# TODO: XXX #}\n```\n\nThe `{{ name }}` and `TODO` markers stay in code. Our todo app and TODO comments are fine.\n"))
                .isEmpty();
    }

    @Test
    void aSlotQuotedAsAnExampleIsTalkedAboutButASlotLeftInQuotesIsNot() {
        assertThat(body("placeholder", BODY + "\nEvery team sends one email that starts with \"Hi {{first_name}},\" to thousands.\n"))
                .as("an article about templates").isEmpty();
        assertThat(body("placeholder", BODY + "\nLook for template residue such as a literal \u201C[Your Name]\u201D under a post.\n"))
                .as("curly quotes").isEmpty();
        assertThat(body("placeholder", BODY + "\nAs our customer put it: \"[CUSTOMER QUOTE]\" and we agree.\n"))
                .as("a slot left inside quotes").hasSize(1);
        assertThat(body("placeholder", BODY + "\nThe template such as ours greets [Your Name] warmly.\n"))
                .as("the marker word, but the slot is not quoted").hasSize(1);
    }

    @Test
    void publishedWordingsOfTheHumanCorpusAreNotLeftovers() {
        // what the Go and Rust blogs, the Rust book and the Cargo book say, which the first lists flagged
        assertThat(body("placeholder", BODY + "\nMore AI workloads are to be written in Go, and generators to be added later.\n")).isEmpty();
        assertThat(body("placeholder", BODY + "\nThe library is a [procedural macro]\n([reference][ref]).\n\n[ref]: https://doc.rust-lang.org/reference/\n"))
                .as("'(reference)' as a link's text").isEmpty();
        assertThat(body("placeholder", BODY + "\nThe numbers: (to be written).\n")).as("a slot still is").hasSize(1);
        assertThat(body("placeholder", BODY + "\nAs the docs say (reference needed).\n")).hasSize(1);
        assertThat(body("truncated", BODY + "\nYou can find the list of the keywords in Appendix A.\n")).as("a name").isEmpty();
        assertThat(body("truncated", BODY + "\nYou can find the list of the keywords in a.\n")).hasSize(1);
        assertThat(body("repeated-text", BODY + "\n[Link to full conversation](https://example.org/a)\n\nMore notes here.\n\n"
                + "[Link to full conversation](https://example.org/b)\n")).as("a closing link's label").isEmpty();
        assertThat(body("repeated-text", BODY + "\nRun the whole suite again.\n\nMore notes here.\n\nRun the whole suite again.\n"))
                .as("a closing copy of prose still is").hasSize(1);
    }

    @Test
    void aBodyThatStopsMidSentenceIsTruncatedButOneEndingInAListCodeOrAClosingLineIsNot() {
        assertThat(body("truncated", BODY + "\nThe best result is not only a faster and\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no closing punctuation").contains("line 18"));
        assertThat(body("truncated", BODY + "\nAnd then...\n")).singleElement().satisfies(f -> assertThat(f.message()).contains("trails off"));
        assertThat(body("truncated", BODY + "\nIt works because of the.\n")).singleElement().satisfies(f -> assertThat(f.message()).contains("\"the\""));
        assertThat(body("truncated", BODY + "\n## Final notes\n")).hasSize(1);
        assertThat(body("truncated", BODY + "\n```python\nprint(\n")).singleElement().satisfies(f -> assertThat(f.message()).contains("never closed"));
        assertThat(body("truncated", BODY + "\nHappy coding!\n")).isEmpty();
        assertThat(body("truncated", BODY + "\n- one\n- two\n")).isEmpty();
        assertThat(body("truncated", BODY + "\n- Test with realistic data\n- Test with\n")).as("a list's last item on a preposition")
                .singleElement().satisfies(f -> assertThat(f.message()).contains("last item stops mid-way"));
        assertThat(body("truncated", BODY + "\n- Open the console\n- Sign in\n")).as("a phrasal verb's particle").isEmpty();
        assertThat(body("truncated", BODY + "\n```sh\nmake\n```\n")).isEmpty();
        assertThat(body("truncated", BODY + "\n## License\n\nMIT\n")).isEmpty();
        assertThat(body("truncated", "first body")).as("a stub is too short to have been cut").isEmpty();
    }

    @Test
    void theSameParagraphTwiceOrALongSentenceAgainIsRepeated() {
        String paragraph = "Queues, cron events and import scripts should be idempotent, logged and safe to run again.";
        assertThat(body("repeated-text", paragraph + "\n\n" + BODY + "\n" + paragraph + "\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the paragraph at line 20 repeats the one at line 1"));
        assertThat(body("repeated-text", "Intro. " + paragraph + "\n\n" + BODY + "\nLater on. " + paragraph + " Done.\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("a sentence at line 20 repeats one at line 1"));
        assertThat(body("repeated-text", "Run the tests again.\n\n" + BODY + "\nRun the tests again.\n\nThe end.\n")).as("short").isEmpty();
        assertThat(body("repeated-text", BODY + "\n```\n" + paragraph + "\n" + paragraph + "\n```\n")).as("code").isEmpty();
    }

    @Test
    void brokenMarkdownNamesWhatIsBroken() {
        assertThat(body("broken-markdown", BODY + "\n##Heading without a space\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("without a space").contains("line 18"));
        assertThat(body("broken-markdown", BODY + "\nSee [the guide](https://docs.python.org/3/ for more.\n")).hasSize(1);
        assertThat(body("broken-markdown", BODY + "\nThis is **important.\n")).hasSize(1);
        assertThat(body("broken-markdown", BODY.replace("## first section", "#### first section").replace("## implementation", "#### implementation")
                .replace("![a chart]", "## A level two\n\ntext.\n\n![a chart]"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is level 4 under a level 2 heading"));
        assertThat(body("broken-markdown", BODY + "\n```python\nx = 1\n")).hasSize(1);
        assertThat(body("broken-markdown", BODY + "\n````markdown\n```js\nx\n```\n````\n\nUse `**` for bold and #hashtags freely.\n"))
                .as("a nested fence, markers in code, a hashtag").isEmpty();
    }

    @Test
    void emptySectionsAreNamed() {
        assertThat(body("empty-section", BODY.replace("## first section", "## Benchmarks\n\n## first section"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Benchmarks\" (line 5)"));
        assertThat(body("empty-section", BODY.replace("## first section", "## Parent\n\n### Child\n\nText.\n\n## first section")))
                .as("a subsection is content").isEmpty();
    }

    @Test
    void unsafeLinksInProseAreFoundAndJavascriptBlocks() {
        assertThat(body("unsafe-link", BODY + "\nSee [the app](http://localhost:3000) and ![x](https://192.168.1.2/a.png).\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("localhost:3000").contains("192.168.0.0/16").contains("line 18"));
        assertThat(body("unsafe-link", BODY + "\nOpen https://example.com/setup or http://203.0.113.9/.\n")).hasSize(1);
        assertThat(body("unsafe-link", BODY + "\n[click](javascript:alert(1))\n")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        assertThat(body("unsafe-link", BODY + "\n[notes](file:///etc/passwd)\n")).hasSize(1);
        assertThat(body("unsafe-link", BODY + "\n```sh\ncurl http://localhost:8080/health\n```\n\nRun `curl localhost:8080` and read https://docs.python.org/3/. Use example.com in your config.\n"))
                .as("in code, and a public link").isEmpty();
    }

    @Test
    void topicMismatchJudgesTheMetaAgainstTheBodysWords() {
        String body = "Python services need predictable background jobs. We test critical paths before launch with pytest, "
                + "and python services stay calm. " + "Measure the service, log the worker and write the results down. ".repeat(6)
                + "\n\n## Notes\n\nTesting critical paths before launch pays off in python services.\n";
        Draft draft = clean().toBuilder().body(body).topic("testing critical paths before launch / python services")
                .stack(List.of("python services", "backend", "python")).build();
        assertThat(findings("topic-mismatch", draft)).isEmpty();
        assertThat(findings("topic-mismatch", draft.toBuilder().topic("rotating secrets without downtime / rust command line tools").build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("topic \"rotating secrets").contains("missing: rotat"));
        assertThat(findings("topic-mismatch", draft.toBuilder().stack(List.of("react frontends", "frontend", "typescript")).build())).hasSize(1);
    }

    @Test
    void topicMismatchMeetsAProductsFullNameAndACodeBlocksLanguage() {
        String body = "Window functions keep every row while they aggregate. PostgreSQL computes running totals this way. "
                + "Order the rows, pick a frame, and read the result next to the row it belongs to. ".repeat(6)
                + "Format the output in TypeScript if you like.\n\n```sql\nSELECT day, sum(amount) OVER (ORDER BY day) FROM sales;\n```\n";
        Draft draft = clean().toBuilder().body(body).topic("window functions / postgres databases")
                .stack(List.of("postgres", "sql", "analytics")).build();
        assertThat(findings("topic-mismatch", draft)).as("postgres in PostgreSQL, sql in the fence").isEmpty();
        assertThat(findings("topic-mismatch", draft.toBuilder().body(body.replace("```sql", "```")).build()))
                .as("without the fence's language, sql is not in the body").hasSize(1);
        assertThat(findings("topic-mismatch", draft.toBuilder().stack(List.of("form validation", "type checking")).build()))
                .as("a short word does not meet a longer one it begins: form, format; type, typescript")
                .singleElement().satisfies(f -> assertThat(f.message()).contains("missing: form"));
        TopicMismatchRule judgesEveryBody = new TopicMismatchRule(Severity.WARN, 0.5, 2, 0, List.of());
        assertThat(judgesEveryBody.check(draft.toBuilder().body(null).build(), new RuleContext(TODAY, BodyFacts.of(null), CorpusFacts.NONE)))
                .as("no body, judged (min_body_words 0) without failing").hasSize(1);
    }

    @Test
    void futureDatesInFieldsAndNotesAreFoundWithADayOfTolerance() {
        assertThat(findings("future-date", clean().toBuilder().revision(new Revision("x", "1", TODAY.plusDays(2), Map.of())).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("revision.last_reviewed is 2026-11-27"));
        assertThat(findings("future-date", clean().toBuilder().revision(new Revision("x", "1", TODAY.plusDays(1), Map.of())).build())).isEmpty();
        assertThat(findings("future-date", clean().toBuilder().notes(List.of("checked on 2027-04-01")).build())).hasSize(1);
        assertThat(findings("future-date", clean().toBuilder().notes(List.of("verified 3 March 2027 by Sam")).build())).hasSize(1);
        assertThat(findings("future-date", clean().toBuilder().extra("lastmod", "2027-01-02T10:00:00Z").build())).hasSize(1);
        assertThat(findings("future-date", clean().toBuilder().notes(List.of("next review due 2027-04-01", "checked on 2026-11-01")).build()))
                .as("a plan, and a past date").isEmpty();
    }

    @Test
    void reviewerNoteTellsARequestFromARecord() {
        for (String request : List.of("needs a second pair of eyes", "please verify the numbers", "TODO: fact-check the benchmark",
                "Not sure about the pool size", "claims are unverified", "reviewed by Ana, but please double-check the table")) {
            assertThat(findings("reviewer-note", clean().toBuilder().notes(List.of(request)).build())).as(request).hasSize(1);
        }
        for (String record : List.of("reviewed by Ana on 2026-10-02, fine", "fact-checked", "verified on 2026-11-01 against the docs",
                "checked on 2026-11-01: links work", "passed human review")) {
            assertThat(findings("reviewer-note", clean().toBuilder().notes(List.of(record)).build())).as(record).isEmpty();
        }
    }

    @Test
    void imageMismatchJudgesTheBodysImagesAgainstTheMetaImages() {
        ImageSource shown = new ImageSource("unsplash", "https://images.unsplash.com/c.png", "a chart", Map.of());
        ImageSource unshown = new ImageSource("unsplash", "https://images.unsplash.com/d.png", "another", Map.of());
        assertThat(findings("image-mismatch", clean().toBuilder().imageSources(List.of(shown, unshown)).build())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("entry 2 (\"another\") is an image the body never shows"));
        assertThat(findings("image-mismatch", clean().toBuilder().body(BODY.replace("![a chart](https://images.unsplash.com/c.png)", ""))
                .flags(new GeneratorFlags(false, false, false, false, Map.of())).build())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is listed, but the body shows no image"));
        assertThat(findings("image-mismatch", clean().toBuilder().imageSources(List.of(new ImageSource(" ", shown.url(), "a chart", Map.of())))
                .build())).singleElement().satisfies(f -> assertThat(f.message()).contains("has no source"));
        assertThat(findings("image-mismatch", clean().toBuilder().body(BODY.replace("(https://images.unsplash.com/c.png)", "()")).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("has no URL"));
    }

    @Test
    void titleKeysFoldPunctuationAndCompatibilityForms() {
        assertThat(TitleKey.of("Caching: hot paths!")).isEqualTo(TitleKey.of("caching hot paths"));
        assertThat(TitleKey.of("Don\u2019t   panic \u2014 tips")).isEqualTo(TitleKey.of("dont panic tips"));
        assertThat(TitleKey.of("\uff23\uff41\uff43\uff48\uff49\uff4e\uff47")).isEqualTo("caching");
        assertThat(TitleKey.of("C# tips")).isNotEqualTo(TitleKey.of("C tips"));
        assertThat(TitleKey.of("C++ tips")).isNotEqualTo(TitleKey.of("C tips"));
    }
}
