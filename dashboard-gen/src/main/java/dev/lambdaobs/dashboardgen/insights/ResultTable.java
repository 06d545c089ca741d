package dev.lambdaobs.dashboardgen.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders query rows as an aligned text table for a terminal, or as JSON for scripts. */
public final class ResultTable {
    /** Widest a column gets; longer values (stack traces) are cut with an ellipsis. */
    public static final int MAX_COLUMN_WIDTH = 80;

    private ResultTable() {
    }

    public static String text(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        List<String> columns = columns(rows);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Map<String, String> row : rows) {
                widths[c] = Math.max(widths[c], cell(row.get(columns.get(c))).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (Map<String, String> row : rows) {
            line(out, columns.stream().map(c -> cell(row.get(c))).toList(), widths);
        }
        return out.toString();
    }

    public static String json(List<Map<String, String>> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        rows.forEach(row -> {
            var node = array.addObject();
            row.forEach(node::put);
        });
        return array.toPrettyString() + "\n";
    }

    private static List<String> columns(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        return new ArrayList<>(columns);
    }

    /**
     * A value as one cell: on one line, cut to {@link #MAX_COLUMN_WIDTH} characters with an ellipsis.
     *
     * @param value the value, or null for an empty cell
     * @return the cell text
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replace('\n', ' ').replace('\t', ' ');
        return oneLine.length() <= MAX_COLUMN_WIDTH ? oneLine : oneLine.substring(0, MAX_COLUMN_WIDTH - 1) + "…";
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            out.append(text);
            if (c < cells.size() - 1) {
                out.append(" ".repeat(widths[c] - text.length() + 2));
            }
        }
        out.append('\n');
    }
}
