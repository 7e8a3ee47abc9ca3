package org.khareetaty.app.ui.alerts;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * What a P0 alert does besides its banner in the window: a desktop notification through the system
 * tray when the desktop has one ({@link SystemTray#isSupported()}; JavaFX has no notifications of its
 * own), and a short two-tone chime generated with {@code javax.sound.sampled} unless muted. Both run on
 * a daemon thread and fail quietly with one logged warning (no tray under Xvfb, no audio device on CI).
 */
final class P0Alarm {
    private static final Logger LOG = Logger.getLogger(P0Alarm.class.getName());
    private static final float RATE = 22_050f;
    private TrayIcon tray;
    private boolean trayFailed;
    private boolean soundFailed;

    /** Notifies the desktop and sounds the chime (unless {@code muted}), in the background. */
    void raise(String title, String message, boolean muted) {
        Thread t = new Thread(
                () -> {
                    notifyDesktop(title, message);
                    if (!muted) {
                        chime();
                    }
                },
                "p0-alarm");
        t.setDaemon(true);
        t.start();
    }

    private synchronized void notifyDesktop(String title, String message) {
        if (trayFailed || GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            if (!SystemTray.isSupported()) {
                trayFailed = true;
                LOG.info("no system tray on this desktop: P0 alerts show in the window only");
                return;
            }
            if (tray == null) {
                BufferedImage icon = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = icon.createGraphics();
                g.setColor(new java.awt.Color(0xd3, 0x2f, 0x2f));
                g.fillOval(1, 1, 14, 14);
                g.dispose();
                tray = new TrayIcon(icon, org.khareetaty.app.ui.i18n.Messages.text("alerts.tray"));
                tray.setImageAutoSize(true);
                SystemTray.getSystemTray().add(tray);
            }
            tray.displayMessage(title, message, TrayIcon.MessageType.WARNING);
        } catch (Exception | LinkageError e) {
            trayFailed = true;
            LOG.log(Level.WARNING, "cannot show a desktop notification (" + e + "): P0 alerts show in the window only");
        }
    }

    private synchronized void chime() {
        if (soundFailed) {
            return;
        }
        try {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            byte[] pcm = tones(new double[] {880, 660}, 0.18);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(pcm, 0, pcm.length);
                line.drain();
            }
        } catch (Exception | LinkageError e) {
            soundFailed = true;
            LOG.log(Level.WARNING, "cannot sound the P0 chime (" + e + "): no audio device?");
        }
    }

    /** 16-bit little-endian mono PCM of the tones one after another, each faded in and out to avoid clicks. */
    static byte[] tones(double[] hz, double seconds) {
        int per = (int) (RATE * seconds);
        byte[] out = new byte[hz.length * per * 2];
        int fade = (int) (RATE * 0.01);
        for (int k = 0; k < hz.length; k++) {
            for (int i = 0; i < per; i++) {
                double env = Math.min(1, Math.min(i, per - 1 - i) / (double) fade);
                short v = (short) (Math.sin(2 * Math.PI * hz[k] * i / RATE) * env * 0.4 * Short.MAX_VALUE);
                int at = (k * per + i) * 2;
                out[at] = (byte) v;
                out[at + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
