package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Readable text and metadata of an HTML page: navigation, scripts, forms and boilerplate dropped;
 * the {@code <article>} or {@code <main>} element preferred; one block element (heading, paragraph,
 * list item, quote) per line.
 */
record HtmlText(String text, Map<String, String> meta) {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|footer|sidebar|share|sharing|social|related|comments?|promo|newsletter|advert|ads?|cookie|subscribe|breadcrumbs?)([-_ ]|$)");
    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td";

    static HtmlText extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Map<String, String> meta = new LinkedHashMap<>();
        putMeta(meta, "title", page.title());
        for (Element m : page.select("meta[content]")) {
            String key = !m.attr("property").isEmpty() ? m.attr("property") : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
            putMeta(meta, key.toLowerCase(java.util.Locale.ROOT), m.attr("content"));
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            putMeta(meta, "time", time.attr("datetime"));
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            putMeta(meta, "canonical", canonical.attr("href"));
        }
        page.select("script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button, input, select").remove();
        for (Element e : new ArrayList<>(page.getAllElements())) {
            if (e.parent() != null && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
                e.remove();
            }
        }
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        List<String> lines = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element b : blocks) {
            if (!b.select(BLOCKS).isEmpty() && b.select(BLOCKS).size() > 1) {
                continue; // a container of blocks: its children are taken one by one
            }
            String line = b.text().strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            String all = root.text().strip();
            if (!all.isEmpty()) {
                lines.add(all);
            }
        }
        return new HtmlText(String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"), meta);
    }

    private static void putMeta(Map<String, String> meta, String key, String value) {
        if (key != null && !key.isEmpty() && value != null && !value.isBlank()) {
            meta.putIfAbsent(key, value.strip());
        }
    }
}
