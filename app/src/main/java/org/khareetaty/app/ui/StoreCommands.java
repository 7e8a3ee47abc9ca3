package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the File menu can do with stores, in the map window and on the welcome page of a new store
 * alike: make, open and switch stores, load boundaries, import incidents, the import history.
 *
 * @param recent     the recent stores, most recent first, read each time the menu opens
 * @param openRecent opens one of them
 */
record StoreCommands(
        Runnable newStore,
        Runnable openStore,
        Runnable openDemo,
        Supplier<List<Path>> recent,
        Consumer<Path> openRecent,
        Runnable loadBoundaries,
        Runnable importIncidents,
        Runnable importHistory,
        Runnable quit) {}
