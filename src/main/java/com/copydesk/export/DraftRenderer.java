package com.copydesk.export;

import com.copydesk.model.ExportRow;
import com.copydesk.model.StoredDraft;

import java.io.IOException;

/** Turns a draft into the bytes one format writes for it: a line, a row or a whole file. */
interface DraftRenderer {
    byte[] render(StoredDraft draft) throws IOException;

    /** The bytes for the draft's own file in a file-per-draft export, which may depend on the file's name. */
    default byte[] render(StoredDraft draft, String file) throws IOException {
        return render(draft);
    }

    /**
     * The bytes for a draft straight from its stored forms, without parsing it, when this format
     * can make them so (the same bytes {@link #render(StoredDraft)} gives); null when the draft
     * must be parsed first. Only a one-file format does this: a file-per-draft one needs the draft
     * for the file's name.
     */
    default byte[] renderStored(ExportRow row) throws IOException {
        return null;
    }

    /**
     * What this renderer's bytes for a draft depend on besides the draft's {@link ExportRow#source}
     * (the format, Copydesk's version, for Markdown the day): an export whose drafts all have the
     * version and sources of the last one is unchanged without rendering anything. Null when the
     * source does not tell (a report showing the rules' findings, which change without the draft).
     */
    default String version() {
        return null;
    }

    /** What a one-file format writes before the first draft (a CSV header); nothing by default. */
    default byte[] header() {
        return new byte[0];
    }
}
