package dev.lambdaobs.benchmarks.harness;

import java.util.List;
import java.util.Map;

/**
 * Names the library a loaded class belongs to, by package prefix, so class counts say where start-up goes.
 *
 * <p>Example: {@code Libraries.of("org.apache.logging.log4j.core.LoggerContext") // "Log4j2"}
 */
final class Libraries {
    /** First matching prefix wins: specific JDK areas before the JDK catch-all. */
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("org.apache.logging.log4j.layout.template.json", "Log4j2 JsonTemplateLayout"),
            Map.entry("org.apache.logging.slf4j", "Log4j2 SLF4J binding"),
            Map.entry("org.apache.logging.log4j", "Log4j2"),
            Map.entry("ch.qos.logback", "Logback"),
            Map.entry("com.fasterxml.jackson", "Jackson"),
            Map.entry("software.amazon.cloudwatchlogs.emf", "aws-embedded-metrics"),
            Map.entry("com.amazonaws.xray", "X-Ray SDK"),
            Map.entry("com.amazonaws.services.lambda", "Lambda core/events"),
            Map.entry("software.amazon.lambda.powertools", "Powertools"),
            Map.entry("software.amazon.awssdk", "AWS SDK v2"),
            Map.entry("dev.lambdaobs.benchmarks", "benchmark handler/launcher"),
            Map.entry("dev.lambdaobs", "lambdaobs (ours)"),
            Map.entry("org.aspectj", "AspectJ runtime"),
            Map.entry("org.crac", "CRaC"),
            Map.entry("org.joda", "Joda-Time"),
            Map.entry("org.slf4j", "SLF4J API"),
            Map.entry("org.apache.commons.logging", "commons-logging"),
            Map.entry("org.apache.commons", "Apache Commons"),
            Map.entry("io.burt.jmespath", "JMESPath"),
            Map.entry("javax.xml", "JDK XML"),
            Map.entry("jdk.xml", "JDK XML"),
            Map.entry("com.sun.org.apache", "JDK XML"),
            Map.entry("com.sun.xml", "JDK XML"),
            Map.entry("org.w3c", "JDK XML"),
            Map.entry("org.xml", "JDK XML"),
            Map.entry("java.lang.management", "JDK management/JMX"),
            Map.entry("sun.management", "JDK management/JMX"),
            Map.entry("javax.management", "JDK management/JMX"),
            Map.entry("com.sun.jmx", "JDK management/JMX"),
            Map.entry("java.lang.invoke", "JDK invoke/lambda forms"),
            Map.entry("jdk.internal.reflect", "JDK reflection"),
            Map.entry("java.lang.reflect", "JDK reflection"),
            Map.entry("java.util.concurrent", "JDK concurrent"),
            Map.entry("java.time", "JDK java.time"),
            Map.entry("java.net", "JDK net/nio"),
            Map.entry("sun.net", "JDK net/nio"),
            Map.entry("java.nio", "JDK net/nio"),
            Map.entry("sun.nio", "JDK net/nio"),
            Map.entry("java.util.regex", "JDK regex"),
            Map.entry("java.", "JDK (other)"),
            Map.entry("javax.", "JDK (other)"),
            Map.entry("jdk.", "JDK (other)"),
            Map.entry("sun.", "JDK (other)"),
            Map.entry("com.sun.", "JDK (other)"));

    private Libraries() {
    }

    static String of(String className) {
        for (Map.Entry<String, String> prefix : PREFIXES) {
            if (className.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        int dots = 0;
        for (int i = 0; i < className.length(); i++) {
            if (className.charAt(i) == '.' && ++dots == 2) {
                return className.substring(0, i);
            }
        }
        return className;
    }
}
