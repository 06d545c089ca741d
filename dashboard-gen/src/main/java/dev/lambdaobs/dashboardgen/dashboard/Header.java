package dev.lambdaobs.dashboardgen.dashboard;

/** The summary dashboard's header: service, runbook and console links. */
final class Header {
    private static final String CONSOLE = "https://" + SubBody.REGION + ".console.aws.amazon.com";

    private Header() {
    }

    static String markdown(DashboardInput input, SubBody sub) {
        String service = SubBody.literal(input.service());
        StringBuilder text = new StringBuilder("# ").append(service).append('\n');
        input.runbook().ifPresent(link -> text.append("**Runbook:** [").append(SubBody.literal(link)).append("](")
                .append(SubBody.literal(link)).append(")  \n"));
        text.append("[Alarms](").append(CONSOLE).append("/cloudwatch/home?region=").append(SubBody.REGION)
                .append("#alarmsV2:?~(search~'").append(service).append(")) | ")
                .append("[Logs Insights](").append(CONSOLE).append("/cloudwatch/home?region=").append(SubBody.REGION)
                .append("#logsV2:logs-insights) | ")
                .append("[Saved queries: ").append(service).append("/](").append(CONSOLE).append("/cloudwatch/home?region=")
                .append(SubBody.REGION).append("#logsV2:logs-insights) | ")
                .append("[Lambda](").append(CONSOLE).append("/lambda/home?region=").append(SubBody.REGION).append("#/functions) | ")
                .append("[X-Ray traces](").append(CONSOLE).append("/cloudwatch/home?region=").append(SubBody.REGION)
                .append("#xray:traces/query)");
        return text.toString();
    }
}
