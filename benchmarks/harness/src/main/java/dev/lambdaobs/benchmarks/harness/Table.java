package dev.lambdaobs.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table, built row by row.
 *
 * <p>Example: {@code new Table("Variant", "ms").row("bare", "28").appendTo(out);}
 */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    void appendTo(StringBuilder out) {
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append('\n');
    }
}
