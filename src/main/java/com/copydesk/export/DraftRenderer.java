package com.copydesk.export;

import com.copydesk.model.StoredDraft;

import java.io.IOException;

/** Turns a draft into the bytes one format writes for it: a line, a row or a whole file. */
interface DraftRenderer {
    byte[] render(StoredDraft draft) throws IOException;

    /** What a one-file format writes before the first draft (a CSV header); nothing by default. */
    default byte[] header() {
        return new byte[0];
    }
}
