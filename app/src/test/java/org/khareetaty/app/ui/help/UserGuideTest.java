package org.khareetaty.app.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.release.Release;

/** Help > User guide renders the project's own docs/ with its screenshots; Help > About names the licence and the data. */
class UserGuideTest {
    @Test
    void rendersTheDocsWithTheirScreenshotsAndLinksBetweenThePages(@TempDir Path out) throws Exception {
        Path docs = Path.of("..", "docs").toAbsolutePath().normalize();
        Path page = UserGuide.render(docs, out);
        assertEquals(out.resolve("workstation.html"), page);
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>The workstation window</h1>"), html.substring(0, 400));
        assertTrue(html.contains("<table>"), "the shortcut table is a table");
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            Path file = Path.of(URI.create(img.group(1)));
            assertTrue(Files.isRegularFile(file), "the screenshot " + file + " exists");
            images++;
        }
        assertTrue(images >= 4, images + " screenshots");
        assertTrue(html.contains("href=\"alerts.html\""), "a link to alerts.md goes to its page");
        assertTrue(Files.isRegularFile(out.resolve("alerts.html")));
        try (var pages = Files.list(docs)) {
            long md = pages.filter(p -> p.toString().endsWith(".md")).count();
            try (var rendered = Files.list(out)) {
                assertEquals(md, rendered.count(), "one page per Markdown file");
            }
        }
    }

    @Test
    void aboutGivesVersionLicenceAndDataCredits() {
        List<String> lines = About.lines(new Release("1.2.3", "abc1234567"));
        assertEquals("Khareetaty Workstation 1.2.3 (commit abc1234567)", lines.get(0));
        String all = String.join("\n", lines);
        assertTrue(all.contains("GPL-3.0-or-later"), all);
        assertTrue(all.contains("City of Chicago"), all);
        assertTrue(all.contains("Natural Earth"), all);
        assertTrue(all.contains("OpenStreetMap contributors"), all);
    }
}
