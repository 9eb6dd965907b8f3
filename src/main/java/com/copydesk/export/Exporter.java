package com.copydesk.export;

import com.copydesk.interchange.DraftJson;
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
            case JSON_LINES -> oneFile(request, new JsonLinesRenderer(json), now);
            case CSV -> oneFile(request, new CsvReportRenderer(), now);
            case MARKDOWN -> {
                if (Files.exists(destination) && !Files.isDirectory(destination)) {
                    throw new ExportException(destination + " is a file; a Markdown export writes a file per draft"
                            + " into a folder.");
                }
                yield new FolderExport(ExportPlace.forFolder(destination), request, new MarkdownRenderer(json), now);
            }
        };
    }

    private static ExportSession oneFile(ExportRequest request, DraftRenderer renderer, Instant now)
            throws IOException {
        Path destination = request.destination();
        if (Files.isDirectory(destination)) {
            throw new ExportException(destination + " is a folder; a " + request.format().key()
                    + " export writes one file. Give a file name, e.g. " + destination.resolve("drafts"
                    + request.format().extension()));
        }
        return new OneFileExport(ExportPlace.forFile(destination), request, renderer, now);
    }
}
