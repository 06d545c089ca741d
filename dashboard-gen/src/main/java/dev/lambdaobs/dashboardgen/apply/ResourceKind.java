package dev.lambdaobs.dashboardgen.apply;

/**
 * The CloudWatch resources {@code apply} manages, in the order they are put: metric alarms before
 * the composite alarms whose rules name them, dashboards (whose alarm widgets name alarms) after.
 */
public enum ResourceKind {
    ALARM("AWS::CloudWatch::Alarm", "AlarmName", "alarm"),
    COMPOSITE_ALARM("AWS::CloudWatch::CompositeAlarm", "AlarmName", "composite alarm"),
    DASHBOARD("AWS::CloudWatch::Dashboard", "DashboardName", "dashboard"),
    QUERY_DEFINITION("AWS::Logs::QueryDefinition", "Name", "query");

    private final String cloudFormationType;
    private final String nameProperty;
    private final String label;

    ResourceKind(String cloudFormationType, String nameProperty, String label) {
        this.cloudFormationType = cloudFormationType;
        this.nameProperty = nameProperty;
        this.label = label;
    }

    public String cloudFormationType() {
        return cloudFormationType;
    }

    /** The property that holds the resource's physical name. */
    public String nameProperty() {
        return nameProperty;
    }

    /** How the diff and the summary call it. */
    public String label() {
        return label;
    }

    static ResourceKind ofType(String type) {
        for (ResourceKind kind : values()) {
            if (kind.cloudFormationType.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
