package org.khareetaty.app.ui.help;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Help > User guide: the Markdown pages of docs/ rendered to HTML pages of their own (links between
 * the pages kept, the screenshots shown from docs/screenshots), to open in the desktop's browser.
 * Nothing is fetched: the pages and the images are local files.
 */
public final class UserGuide {
    /** System property naming the docs folder, when it is not found beside the program. */
    public static final String DOCS_PROPERTY = "khareetaty.docs";

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}code,pre{background:#f4f4f4}"
            + "pre{padding:.6em;overflow:auto}nav{margin-bottom:1em;font-size:90%}";

    private UserGuide() {}

    /**
     * The docs folder: {@value #DOCS_PROPERTY} when set, else the first {@code docs/} holding
     * workstation.md beside the program's jar or one of its parent folders, else under the working
     * folder.
     */
    public static Optional<Path> docs() {
        String set = System.getProperty(DOCS_PROPERTY);
        if (set != null) {
            return Optional.of(Path.of(set)).filter(UserGuide::isDocs);
        }
        try {
            Path p = Path.of(UserGuide.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
            for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
                for (Path candidate : List.of(p.resolve("docs"), p.resolve("share/doc/khareetaty"))) {
                    if (isDocs(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall back to the working folder
        }
        Path here = Path.of("docs").toAbsolutePath();
        return isDocs(here) ? Optional.of(here) : Optional.empty();
    }

    private static boolean isDocs(Path dir) {
        return Files.isRegularFile(dir.resolve("workstation.md"));
    }

    /**
     * Renders every {@code .md} page of {@code docs} into {@code out} as {@code .html} and returns
     * the workstation page: links to other pages point at their HTML, images at the files in docs.
     */
    public static Path render(Path docs, Path out) throws IOException {
        Files.createDirectories(out);
        List<Extension> ext = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(ext).build();
        HtmlRenderer html = HtmlRenderer.builder()
                .extensions(ext)
                .attributeProviderFactory(c -> (node, tag, attrs) -> rewrite(docs, node, attrs))
                .build();
        List<Path> pages;
        try (Stream<Path> s = Files.list(docs)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        StringBuilder nav = new StringBuilder("<nav>");
        for (Path p : pages) {
            String name = base(p);
            nav.append("<a href=\"")
                    .append(name)
                    .append(".html\">")
                    .append(name)
                    .append("</a> ");
        }
        nav.append("</nav>");
        for (Path p : pages) {
            Node doc = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
            String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Khareetaty - " + base(p)
                    + "</title><style>" + STYLE + "</style></head><body>" + nav + html.render(doc) + "</body></html>";
            Files.writeString(out.resolve(base(p) + ".html"), page, StandardCharsets.UTF_8);
        }
        return out.resolve("workstation.html");
    }

    private static String base(Path md) {
        String n = md.getFileName().toString();
        return n.substring(0, n.length() - 3);
    }

    /** A link to a page of docs goes to its HTML page; an image is read from docs. */
    private static void rewrite(Path docs, Node node, Map<String, String> attrs) {
        if (node instanceof Image) {
            String src = attrs.get("src");
            if (src != null && !src.contains(":")) {
                attrs.put("src", docs.resolve(src).normalize().toUri().toString());
            }
        } else if (node instanceof Link) {
            String href = attrs.get("href");
            if (href != null && !href.contains(":")) {
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String anchor = hash < 0 ? "" : href.substring(hash);
                if (file.endsWith(".md") && !file.contains("/")) {
                    attrs.put("href", file.substring(0, file.length() - 3) + ".html" + anchor);
                } else if (!file.isEmpty()) {
                    attrs.put("href", docs.resolve(file).normalize().toUri() + anchor);
                }
            }
        }
    }

    /** Renders the guide into the user's cache folder and returns its first page. */
    public static Path renderToCache(Path docs) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg))
                .resolve("khareetaty/guide");
        try {
            return render(docs, cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the user guide to " + cache + ": " + e.getMessage(), e);
        }
    }
}
