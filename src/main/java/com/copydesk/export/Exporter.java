package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Opens an export of any format on its destination. */
public final class Exporter {
    private final DraftJson json;

    public Exporter(DraftJson json) {
        this.json = json;
    }

    /**
     * Locks the destination and makes it ready; the drafts then go to the session in reference
     * order.
     *
     * @throws ExportException when the destination is of the wrong kind, in use or damaged
     */
    public ExportSession open(ExportRequest request, Instant now) throws IOException {
        Path destination = request.destination();
        return switch (request.format()) {
            case JSON_LINES -> oneFile(request, new JsonLinesRenderer(json), json, now);
            case CSV -> oneFile(request, new CsvReportRenderer(), json, now);
            case MARKDOWN -> {
                if (Files.exists(destination) && !Files.isDirectory(destination)) {
                    throw new ExportException(destination + " is a file; a Markdown export writes a file per draft"
                            + " into a folder.");
                }
                yield new FolderExport(ExportPlace.forFolder(destination), request, new MarkdownRenderer(json, now), json,
                        now);
            }
        };
    }

    /**
     * Whether an export to a file would replace one that no Copydesk export wrote there (no
     * manifest beside it): a typo in the destination must not destroy someone's data. An empty
     * file holds nothing to lose.
     */
    public static boolean replacesOtherFile(ExportFormat format, Path destination) {
        if (format.filePerDraft() || !Files.isRegularFile(destination)) {
            return false;
        }
        try {
            return Files.size(destination) > 0 && !Files.exists(ExportPlace.forFile(destination).manifest());
        } catch (IOException e) {
            return true;
        }
    }

    private static ExportSession oneFile(ExportRequest request, DraftRenderer renderer, DraftJson json, Instant now)
            throws IOException {
        Path destination = request.destination();
        if (!request.replaceOther() && replacesOtherFile(request.format(), destination)) {
            throw new ExportException(destination + " already exists and no Copydesk export wrote it, so it is left"
                    + " as it is. Give another file name, or say to replace it (--overwrite on the command line).");
        }
        if (Files.isDirectory(destination)) {
            throw new ExportException(destination + " is a folder; a " + request.format().key()
                    + " export writes one file. Give a file name, e.g. " + destination.resolve("drafts"
                    + request.format().extension()));
        }
        return new OneFileExport(ExportPlace.forFile(destination), request, renderer, json, now);
    }
}
