package dev.lambdaobs.dashboardgen.preview.alarm;

/** The states of a CloudWatch alarm. */
public enum AlarmState {
    OK, ALARM, INSUFFICIENT_DATA
}
