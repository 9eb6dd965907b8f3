package com.copydesk.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgSearchTest {
    @Test
    void tokensAreLettersAndDigitsCaseFoldedWithoutLatinAccents() {
        assertThat(SearchTokens.of("Café-Crème at db1.example.org:5432, v7.2 NAÏVE 東京"))
                .containsExactly("cafe", "creme", "at", "db1", "example", "org", "5432", "v7", "2", "naive", "東京");
    }

    @Test
    void aDocumentWeighsTitleSummaryAndBodyApartWithAGapBetweenThem() {
        assertThat(PgSearch.document("Cache keys", null, "cache it"))
                .isEqualTo("'cache':1A,5C 'keys':2A 'it':6C");
    }

    @Test
    void theEditorsSyntaxBecomesATsquery() {
        assertThat(PgSearch.query(FtsQuery.from("caching index"))).isEqualTo("('caching' & 'index')");
        assertThat(PgSearch.query(FtsQuery.from("\"schema migrations\" OR rollb*")))
                .isEqualTo("(('schema' <-> 'migrations') | 'rollb':*)");
        assertThat(PgSearch.query(FtsQuery.from("title:cache -redis"))).isEqualTo("('cache':A & !'redis')");
        assertThat(PgSearch.query(FtsQuery.from("ai-style"))).isEqualTo("('ai' <-> 'style')");
        assertThat(PgSearch.query(FtsQuery.from("it's"))).isEqualTo("('it' <-> 's')");
    }
}
