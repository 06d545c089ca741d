package dev.lambdaobs.dashboardgen.registry;

/** The comparison operators of a metric alarm, with their CloudFormation spelling. */
public enum Comparison {
    GREATER_THAN("GreaterThanThreshold", ">"),
    GREATER_OR_EQUAL("GreaterThanOrEqualToThreshold", ">="),
    LESS_THAN("LessThanThreshold", "<"),
    LESS_OR_EQUAL("LessThanOrEqualToThreshold", "<=");

    private final String cfnName;
    private final String symbol;

    Comparison(String cfnName, String symbol) {
        this.cfnName = cfnName;
        this.symbol = symbol;
    }

    public String cfnName() {
        return cfnName;
    }

    public String symbol() {
        return symbol;
    }
}
