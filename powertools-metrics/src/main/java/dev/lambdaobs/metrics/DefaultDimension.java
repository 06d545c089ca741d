package dev.lambdaobs.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One default dimension of {@link Metrics#defaultDimensions()}: added, after {@code Service}, to every
 * dimension set the handler's metrics are written with.
 *
 * <pre>{@code
 * @Metrics(namespace = "Shop", defaultDimensions = {
 *         @DefaultDimension(key = "Environment", value = "prod"),
 *         @DefaultDimension(key = "Tenant", value = "acme")})
 * public Receipt handleRequest(Order order, Context context) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface DefaultDimension {
    /** The dimension's name. */
    String key();

    /** The dimension's value. */
    String value();
}
