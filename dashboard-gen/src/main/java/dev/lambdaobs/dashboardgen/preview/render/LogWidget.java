package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.data.LocalNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Logs Insights widget: its log groups, the query one command per line, and the local log lines
 * its filters match, marked approximate: the filters ({@link LogFilter}) run on the local run's JSON
 * lines of the functions whose log groups the query reads; {@code stats} are not computed, and
 * Lambda's own platform lines ({@code @type = "REPORT"}) do not exist locally.
 */
final class LogWidget {
    private static final Pattern SOURCE = Pattern.compile("SOURCE\\s+'([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final String LAMBDA_LOG_GROUP = "/aws/lambda/";
    static final int MAX_LINES = 8;

    private LogWidget() {
    }

    static String html(JsonNode properties, RenderContext context) {
        String query = properties.path("query").asText("");
        List<String> logGroups = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (String command : commands(query)) {
            Matcher source = SOURCE.matcher(command.trim());
            if (source.matches()) {
                logGroups.add(source.group(1));
            } else if (!command.isBlank()) {
                commands.add(command.trim());
            }
        }
        StringBuilder out = new StringBuilder("<p class=\"meta\">Logs Insights · ").append(logGroups.size()).append(" log group")
                .append(logGroups.size() == 1 ? "" : "s").append("</p>");
        out.append("<pre class=\"query\">").append(Html.escape(String.join("\n| ", commands))).append("</pre>");
        return out.append(localLines(logGroups, commands, context)).toString();
    }

    private static String localLines(List<String> logGroups, List<String> commands, RenderContext context) {
        if (context.logLines().isEmpty()) {
            return "<p class=\"note\">No local log lines (pass --logs).</p>";
        }
        String filters = commands.stream().filter(c -> c.startsWith("filter ")).map(c -> "(" + c.substring(7) + ")")
                .reduce((a, b) -> a + " and " + b).orElse("");
        if (filters.contains("@type")) {
            return "<p class=\"note\">Lambda's platform lines (START, END, REPORT) are not produced locally.</p>";
        }
        Predicate<JsonNode> filter;
        try {
            filter = filters.isEmpty() ? line -> true : LogFilter.parse(filters);
        } catch (UnsupportedOperationException e) {
            return "<p class=\"note\">Filter not evaluated locally: " + Html.escape(e.getMessage()) + "</p>";
        }
        List<JsonNode> matched = context.logLines().stream().filter(line -> fromLogGroups(line, logGroups)).filter(filter)
                .sorted(Comparator.comparing((JsonNode l) -> l.path("timestamp").asText()).reversed()).toList();
        List<String> fields = fields(commands);
        StringBuilder out = new StringBuilder("<p class=\"note approx\">Local log lines matching its filters (approximate): ")
                .append(matched.size()).append(commands.stream().anyMatch(c -> c.startsWith("stats ")) ? "; stats are computed by "
                        + "Logs Insights once deployed" : "").append("</p>");
        if (matched.isEmpty()) {
            return out.toString();
        }
        out.append("<table class=\"loglines\"><tr>");
        fields.forEach(f -> out.append("<th>").append(Html.escape(f)).append("</th>"));
        out.append("</tr>");
        for (JsonNode line : matched.subList(0, Math.min(MAX_LINES, matched.size()))) {
            out.append("<tr class=\"logline\">");
            fields.forEach(f -> out.append("<td>").append(Html.escape(LogFilter.field(line, f).asText(""))).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** The query's commands: split at each {@code |} outside quotes. */
    static List<String> commands(String query) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : query.toCharArray()) {
            if (quote == 0 && c == '|') {
                commands.add(current.toString());
                current.setLength(0);
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            current.append(c);
        }
        commands.add(current.toString());
        return commands;
    }

    /** Whether a line came from one of the log groups: {@code /aws/lambda/<name>} against its {@code function_name}. */
    private static boolean fromLogGroups(JsonNode line, List<String> logGroups) {
        String function = line.path("function_name").asText("");
        return logGroups.isEmpty() || logGroups.stream().anyMatch(group -> group.startsWith(LAMBDA_LOG_GROUP)
                && LocalNames.matches(group.substring(LAMBDA_LOG_GROUP.length()), function));
    }

    private static List<String> fields(List<String> commands) {
        List<String> fields = commands.stream().filter(c -> c.startsWith("fields ")).flatMap(c -> List.of(c.substring(7).split(","))
                .stream()).map(String::trim).filter(f -> !f.isEmpty()).toList();
        return fields.isEmpty() ? List.of("@timestamp", "level", "message") : fields;
    }
}
