package dev.lambdaobs.dashboardgen.preview.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A text widget's markdown as HTML, with CommonMark (CloudWatch's text widgets are markdown): raw HTML
 * in the markdown is escaped, not passed through, and unsafe link schemes ({@code javascript:} and the
 * like) are dropped. The pseudo parameters {@code ${AWS::Region}}, {@code ${AWS::Partition}} and
 * {@code ${AWS::URLSuffix}} take the preview's values so console links work; other {@code ${...}}
 * placeholders (a resource's name before it is deployed) are shown as a marked name in text.
 *
 * @see <a href="https://spec.commonmark.org/">CommonMark</a>
 */
final class MarkdownView {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (tag.equals("a")) {
                    attributes.put("rel", "noopener noreferrer");
                }
            }).build();
    private static final Pattern TAG_OR_TEXT = Pattern.compile("(<[^>]*>)|([^<]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]{1,200})}");

    private MarkdownView() {
    }

    static String html(String markdown, String region) {
        String resolved = markdown.replace("${AWS::Region}", region).replace("${AWS::Partition}", "aws")
                .replace("${AWS::URLSuffix}", "amazonaws.com");
        String html = RENDERER.render(PARSER.parse(resolved));
        StringBuilder out = new StringBuilder();
        Matcher part = TAG_OR_TEXT.matcher(html);
        while (part.find()) {
            out.append(part.group(1) != null ? part.group(1)
                    : PLACEHOLDER.matcher(part.group(2)).replaceAll(m -> Matcher.quoteReplacement(
                            "<span class=\"placeholder\" title=\"resolved when deployed\">" + m.group(1) + "</span>")));
        }
        return "<div class=\"markdown\">" + out + "</div>";
    }
}
