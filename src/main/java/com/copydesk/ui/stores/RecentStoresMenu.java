package com.copydesk.ui.stores;

import com.copydesk.ui.preferences.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File › Recent stores: the last stores opened, the newest first, without the open one. It is
 * filled each time it opens, so that a store deleted or moved since shows greyed with "(missing)";
 * "Forget missing stores" takes those out of the list.
 */
public final class RecentStoresMenu {
    private final Menu menu;
    private final Preferences preferences;
    private final Path current;
    private final Consumer<Path> open;
    /** The items' texts as last made. */
    private List<String> shown;

    /** @param open switches the desk to the store the editor picked */
    public RecentStoresMenu(Menu menu, Preferences preferences, Path current, Consumer<Path> open) {
        this.menu = menu;
        this.preferences = preferences;
        this.current = current.toAbsolutePath().normalize();
        this.open = open;
        // a menu without items never opens, so it would never fill: it always holds at least one
        fill();
        menu.setOnShowing(e -> fill());
    }

    /** Makes the items from the recent stores as they are on disk now. */
    public void fill() {
        List<Path> recent = preferences.recentStores().stream().filter(p -> !p.equals(current)).toList();
        List<String> labels = recent.stream().map(p -> label(p, !Files.isRegularFile(p))).toList();
        if (labels.equals(shown)) {
            return; // items replaced while the menu opens would leave its popup showing the old ones
        }
        shown = labels;
        menu.getItems().clear();
        boolean anyMissing = false;
        for (Path store : recent) {
            boolean missing = !Files.isRegularFile(store);
            anyMissing |= missing;
            MenuItem item = new MenuItem(label(store, missing));
            item.setMnemonicParsing(false); // a path's underscores are text
            item.setDisable(missing);
            item.setOnAction(e -> open.accept(store));
            menu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No other store opened yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        if (anyMissing) {
            MenuItem forget = new MenuItem("Forget missing stores");
            forget.setOnAction(e -> {
                recent.stream().filter(p -> !Files.isRegularFile(p)).forEach(preferences::forget);
                preferences.save();
                fill();
            });
            menu.getItems().addAll(new SeparatorMenuItem(), forget);
        }
    }

    /** The file's name first (what people recognise), then its folder. */
    public static String label(Path store, boolean missing) {
        String folder = store.getParent() == null ? "" : "  \u2014  " + store.getParent();
        return store.getFileName() + folder + (missing ? "  (missing)" : "");
    }
}
