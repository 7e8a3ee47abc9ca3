package org.khareetaty.app.ui.help;

import java.util.List;
import org.khareetaty.app.release.Release;
import org.khareetaty.app.ui.i18n.Messages;

/** Help > About: the version and commit, the licence and the credits of the data and the parts shown. */
public final class About {
    private About() {}

    /** The lines of the About box. */
    public static List<String> lines(Release release) {
        return List.of(
                release.describe(),
                Messages.text("about.summary"),
                "",
                Messages.text("about.licence"),
                Messages.text("about.warranty"),
                "",
                Messages.text("about.credits"),
                "  " + Messages.text("about.credit.chicago"),
                "  " + Messages.text("about.credit.kuwait"),
                "  " + Messages.text("about.credit.osm"),
                "  " + Messages.text("about.credit.demo"),
                "",
                Messages.text("about.parts"));
    }
}
