package com.copydesk.export;

import com.copydesk.model.StoredDraft;

import java.io.IOException;

/** Turns a draft into the bytes one format writes for it: a line, a row or a whole file. */
interface DraftRenderer {
    byte[] render(StoredDraft draft) throws IOException;

    /** The bytes for the draft's own file in a file-per-draft export, which may depend on the file's name. */
    default byte[] render(StoredDraft draft, String file) throws IOException {
        return render(draft);
    }

    /** What a one-file format writes before the first draft (a CSV header); nothing by default. */
    default byte[] header() {
        return new byte[0];
    }
}
