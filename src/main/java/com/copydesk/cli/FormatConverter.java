package com.copydesk.cli;

import com.copydesk.model.ExportFormat;
import picocli.CommandLine;

/** {@code jsonl}, {@code markdown}, {@code csv} on the command line. */
final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
        return ExportFormat.fromKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not an export format; use jsonl, markdown or csv"));
    }
}
