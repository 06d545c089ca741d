package dev.lambdaobs.dashboardgen.insights;

import java.util.List;
import java.util.Map;

/**
 * What a finished Logs Insights query returned.
 *
 * @param status         Complete, Failed, Cancelled or Timeout
 * @param rows           each row's fields in the order the service gave them
 * @param recordsMatched how many log events matched
 * @param recordsScanned how many were scanned
 */
public record QueryResult(String status, List<Map<String, String>> rows, double recordsMatched, double recordsScanned) {
}
