package com.copydesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an editor types, as FTS5 reads it: every word quoted, every group in parentheses. */
class FtsQueryTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "caching                  | \"caching\"",
            "Index Migration          | (\"index\" AND \"migration\")",
            "index AND migration      | (\"index\" AND \"migration\")",
            "cach*                    | \"cach\"*",
            "'\"connection pool\"'    | \"connection pool\"",
            "'\"connection po\"*'     | \"connection po\"*",
            "rust OR go               | (\"rust\" OR \"go\")",
            "cach* AND NOT rust       | (\"cach\"* NOT \"rust\")",
            "cach* NOT rust           | (\"cach\"* NOT \"rust\")",
            "rust -go                 | (\"rust\" NOT \"go\")",
            "-go rust                 | (\"rust\" NOT \"go\")",
            "a -b -c                  | ((\"a\" NOT \"b\") NOT \"c\")",
            "ai-style                 | \"ai-style\"",
            "c++                      | \"c++\"",
            "title:rust               | title : \"rust\"",
            "Summary:Rust*            | summary : \"rust\"*",
            "'body:\"a phrase\"'      | body : \"a phrase\"",
            "rust -title:go           | (\"rust\" NOT title : \"go\")",
            "(rust OR go) async       | ((\"rust\" OR \"go\") AND \"async\")",
            "async -(rust OR go)      | (\"async\" NOT (\"rust\" OR \"go\"))",
            "a OR b c                 | (\"a\" OR (\"b\" AND \"c\"))",
            "rust and go              | (\"rust\" AND \"and\" AND \"go\")",
            "caching - rust           | (\"caching\" AND \"rust\")",
            "NEAR                     | \"near\"",
            "at 10:30                 | (\"at\" AND \"10:30\")",
            "'say \"\"\"\" -'         | \"say\"",
    })
    void translatesWhatPeopleType(String typed, String fts) {
        assertThat(FtsQuery.from(typed)).isEqualTo(fts);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'\"unclosed phrase'      | Close the quote",
            "caching OR               | OR needs a word on each side",
            "caching AND              | AND needs a word on each side",
            "caching NOT              | NOT needs a word after it",
            "AND (                    | go between words",
            "OR rust                  | go between words",
            "(caching                 | Close the parenthesis",
            "(caching OR (rust)       | Close the parenthesis",
            "caching)                 | closes no '('",
            "()                       | Empty parentheses",
            "-rust                    | write what to find first",
            "NOT rust                 | write what to find first",
            "rust OR -go              | cannot stand alone beside OR",
            "rust NOT -go             | NOT needs a word after it",
            "title:                   | right after the colon",
            "title:(a OR b)           | A field takes one word or phrase",
            "tag:rust                 | use the Stack, Tools or topic filters",
            "'   '                    | Type a word",
            "'\"\"'                   | Type a word",
    })
    void refusesWhatItCannotReadWithAHint(String typed, String hint) {
        assertThatThrownBy(() -> FtsQuery.from(typed)).isInstanceOf(FtsQuery.InvalidQueryException.class)
                .hasMessageContaining(hint);
    }

    @Test
    void theSyntaxLineNamesEveryForm() {
        assertThat(FtsQuery.SYNTAX).contains("\"a phrase\"", "prefix*", "a OR b", "a AND NOT b", "a -b",
                "title:", "summary:", "body:");
    }
}
