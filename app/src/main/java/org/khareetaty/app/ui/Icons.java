package org.khareetaty.app.ui;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The workstation's icons, from the Material Design Icons font that Ikonli ships in its jar: they
 * draw the same on every system, where a glyph of the system's fonts may show as an empty box.
 */
public final class Icons {
    public static final Ikon PLAY = MaterialDesignP.PLAY;
    public static final Ikon PAUSE = MaterialDesignP.PAUSE;
    public static final Ikon WHOLE_PERIOD = MaterialDesignC.CALENDAR_RANGE;
    public static final Ikon WARNING = MaterialDesignA.ALERT_OUTLINE;
    public static final Ikon DRILL = MaterialDesignM.MAGNIFY_PLUS_OUTLINE;
    public static final Ikon IDENTIFY = MaterialDesignI.INFORMATION_OUTLINE;
    public static final Ikon SELECT = MaterialDesignV.VECTOR_POLYGON;
    public static final Ikon FULL_EXTENT = MaterialDesignF.FIT_TO_SCREEN_OUTLINE;
    public static final Ikon UP = MaterialDesignA.ARROW_UP;
    public static final Ikon BACK = MaterialDesignA.ARROW_LEFT;
    public static final Ikon FORWARD = MaterialDesignA.ARROW_RIGHT;
    public static final Ikon BOOKMARK = MaterialDesignB.BOOKMARK_PLUS_OUTLINE;
    public static final Ikon TABLE = MaterialDesignT.TABLE;
    public static final Ikon IMPORT = MaterialDesignD.DATABASE_IMPORT_OUTLINE;
    public static final Ikon DELETE = MaterialDesignD.DELETE_OUTLINE;
    public static final Ikon HISTORY = MaterialDesignH.HISTORY;

    private Icons() {}

    /** A 16-pixel icon. */
    public static FontIcon icon(Ikon ikon) {
        FontIcon f = new FontIcon(ikon);
        f.setIconSize(16);
        f.getStyleClass().add("icon");
        return f;
    }

    /** Gives {@code control} the icon and the text. */
    public static void set(Labeled control, Ikon ikon, String text) {
        control.setGraphic(icon(ikon));
        control.setText(text);
    }
}
