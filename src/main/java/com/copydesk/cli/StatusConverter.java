package com.copydesk.cli;

import com.copydesk.model.ReviewStatus;
import picocli.CommandLine;

/** {@code pending}, {@code approved}, {@code rejected} on the command line. */
final class StatusConverter implements CommandLine.ITypeConverter<ReviewStatus> {
    @Override
    public ReviewStatus convert(String value) {
        return ReviewStatus.fromKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a status; use pending, approved or rejected"));
    }
}
