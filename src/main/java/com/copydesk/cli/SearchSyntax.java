package com.copydesk.cli;

import com.copydesk.review.DraftQueries;
import picocli.CommandLine;

/** A malformed search is a wrong command line: say how to write it, exit 2. */
final class SearchSyntax {
    private SearchSyntax() {
    }

    static void check(String search, Object command) {
        DraftQueries.searchProblem(search).ifPresent(hint -> {
            throw new CommandLine.ParameterException(new CommandLine(command), "--search: " + hint + "\n" + DraftQueries.SEARCH_SYNTAX);
        });
    }
}
