package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.template.JsonSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays widgets out on the 24-unit grid and splits them into pages (dashboards) so no page
 * exceeds the widget or metric limit, or a size a template can hold.
 *
 * <pre>{@code
 * List<ObjectNode> bodies = DashboardPages.split(widgets);
 * }</pre>
 */
final class DashboardPages {
    /**
     * Characters of widget JSON a page holds at most, so one dashboard stays well within a template (and a nested
     * stack's template, with the parameters its references become) of {@link CloudFormationLimits#MAX_TEMPLATE_BYTES_S3}.
     */
    static final int MAX_BODY_CHARACTERS = CloudFormationLimits.MAX_TEMPLATE_BYTES_S3 * 2 / 5;

    private DashboardPages() {
    }

    static List<ObjectNode> split(List<Widget> widgets) {
        List<ObjectNode> pages = new ArrayList<>();
        List<Widget> page = new ArrayList<>();
        int metrics = 0;
        int characters = 0;
        for (Widget widget : widgets) {
            int size = JsonSize.compactCharacters(widget.json());
            if (!page.isEmpty() && (page.size() == CloudWatchLimits.MAX_WIDGETS_PER_DASHBOARD
                    || metrics + widget.metrics() > CloudWatchLimits.MAX_METRICS_PER_DASHBOARD
                    || characters + size > MAX_BODY_CHARACTERS)) {
                pages.add(layout(page));
                page = new ArrayList<>();
                metrics = 0;
                characters = 0;
            }
            page.add(widget);
            metrics += widget.metrics();
            characters += size;
        }
        if (!page.isEmpty()) {
            pages.add(layout(page));
        }
        return pages;
    }

    /** Left to right, wrapping at the grid width; a full-width widget starts a new row. */
    static ObjectNode layout(List<Widget> widgets) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("start", "-PT6H").put("periodOverride", "inherit");
        ArrayNode placed = body.putArray("widgets");
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        for (Widget widget : widgets) {
            if (x + widget.width() > CloudWatchLimits.DASHBOARD_GRID_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            ObjectNode json = widget.json().deepCopy();
            json.put("x", x).put("y", y);
            placed.add(json);
            x += widget.width();
            rowHeight = Math.max(rowHeight, widget.height());
        }
        return body;
    }
}
