package org.khareetaty.app.ui;

/**
 * What the menus, the tool bar and the keyboard of the window can ask for, each once, so that a
 * menu item and a tool bar button do the same thing.
 */
record WindowCommands(
        Runnable importIncidents,
        Runnable exportPng,
        Runnable exportTable,
        Runnable quit,
        Runnable fullExtent,
        Runnable zoomToHotspots,
        Runnable toggleTable,
        Runnable up,
        Runnable newBookmark,
        Runnable showShortcuts,
        Runnable feedSettings,
        Runnable startDemoFeed,
        Runnable connectFeed,
        Runnable disconnectFeed,
        Runnable userGuide,
        Runnable about,
        Runnable back,
        Runnable forward,
        Runnable exportReport,
        Runnable exportLayout,
        Runnable settings) {}
