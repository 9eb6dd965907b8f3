package com.copydesk.support;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs work on the FX thread from a benchmark's own thread and waits for its result (or its failure). */
public final class FxCall {
    private FxCall() {
    }

    public static <T> T get(Callable<T> work, long timeout, TimeUnit unit) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(timeout, unit);
    }
}
