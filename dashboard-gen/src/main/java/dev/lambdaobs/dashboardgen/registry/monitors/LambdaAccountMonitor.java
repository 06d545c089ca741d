package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.limits.LambdaLimits;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Comparison;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Lambda concurrency of the whole account and Region: one {@code ClaimedAccountConcurrency} alarm at 90% of the config's
 * {@code lambdaConcurrencyQuota}. The concurrency the template itself claims (reserved, else provisioned, per function)
 * plus the 100 Lambda keeps unreserved must fit in that quota: a configured quota below it is bad input; with the default
 * quota the alarm is skipped and the summary asks for the real one.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-concurrency.html#claimed-account-concurrency">Working with the ClaimedAccountConcurrency metric</a>
 */
public final class LambdaAccountMonitor {
    /** Concurrency unavailable for on-demand invocations: unreserved executions plus reserved and provisioned allocations. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-concurrency.html">Monitoring concurrency</a> */
    public static final String CLAIMED_ACCOUNT_CONCURRENCY = "ClaimedAccountConcurrency";
    /** The monitored resource's key (and alarm name part). */
    public static final String KEY = "LambdaAccount";
    private static final double NEAR_QUOTA = 0.9;

    public static final ResourceProfile ACCOUNT = new ResourceProfile("lambda-account", "Lambda (account and Region)", "AWS/Lambda",
            List.of(AlarmRule.warning(CLAIMED_ACCOUNT_CONCURRENCY).metric(CLAIMED_ACCOUNT_CONCURRENCY, "Maximum")
                    .compare(Comparison.GREATER_THAN, r -> r.facts().get(Fact.CONCURRENCY_LIMIT)
                            .map(quota -> OptionalDouble.of(Math.floor(quota * NEAR_QUOTA))).orElse(OptionalDouble.empty()))
                    .evaluate(60, 10, 10)
                    .description("Claimed concurrency of the account and Region is at 90% of lambdaConcurrencyQuota: "
                            + "on-demand invocations of every function will be throttled").build()),
            List.of(new GraphSpec("Account concurrency", List.of(MetricTerm.of(CLAIMED_ACCOUNT_CONCURRENCY, "Maximum"),
                    MetricTerm.of("UnreservedConcurrentExecutions", "Maximum")))));

    private LambdaAccountMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(ACCOUNT).serviceWide(LambdaAccountMonitor::discover);
    }

    private static Discovery discover(DiscoveryContext context) {
        List<TemplateResource> functions = context.service().functions();
        if (functions.isEmpty()) {
            return new Discovery(List.of(), List.of());
        }
        Map<String, Integer> claims = claims(context.service(), functions);
        int claimed = claims.values().stream().mapToInt(Integer::intValue).sum();
        int quota = context.concurrencyQuota();
        if (claimed + LambdaLimits.MIN_UNRESERVED_CONCURRENCY > quota) {
            String what = "the template claims " + claimed + " (reserved or provisioned: " + claims + ") and Lambda keeps "
                    + LambdaLimits.MIN_UNRESERVED_CONCURRENCY + " unreserved, so the quota is at least "
                    + (claimed + LambdaLimits.MIN_UNRESERVED_CONCURRENCY);
            if (context.quotaSource().isPresent()) {
                throw new BadInputException(context.quotaSource().get(), "lambdaConcurrencyQuota: " + quota + " is below current use: "
                        + what + "; set the account's regional quota (Service Quotas: Lambda Concurrent executions)");
            }
            return Discovery.skipped(KEY + " " + CLAIMED_ACCOUNT_CONCURRENCY + ": " + what + ", above the default quota "
                    + quota + "; set lambdaConcurrencyQuota in the config to the account's regional quota");
        }
        TemplateResource first = functions.get(0);
        Facts facts = Facts.builder().with(Fact.CONCURRENCY_LIMIT, quota).build();
        return Discovery.found(new MonitoredResource(KEY, first.logicalId(), first.type(), ACCOUNT, Map.of(), facts, first.location()));
    }

    /** Per function with a literal claim: its reserved concurrency, else its provisioned concurrency (which counts only once). */
    private static Map<String, Integer> claims(ServiceTemplate service, List<TemplateResource> functions) {
        Map<String, Integer> provisioned = new LinkedHashMap<>();
        for (TemplateResource resource : service.resources()) {
            if (resource.type().equals("AWS::Lambda::Alias") || resource.type().equals("AWS::Lambda::Version")) {
                CfnValues.referencedId(resource.property("FunctionName")).ifPresent(fn -> CfnValues.literalInt(
                        resource.property("ProvisionedConcurrencyConfig").path("ProvisionedConcurrentExecutions"))
                        .ifPresent(n -> provisioned.merge(fn, n, Integer::sum)));
            }
        }
        Map<String, Integer> claims = new LinkedHashMap<>();
        for (TemplateResource function : functions) {
            int reserved = CfnValues.literalInt(service.property(function, "ReservedConcurrentExecutions")).orElse(0);
            int samProvisioned = CfnValues.literalInt(service.property(function, "ProvisionedConcurrencyConfig")
                    .path("ProvisionedConcurrentExecutions")).orElse(0);
            int claim = Math.max(reserved, samProvisioned + provisioned.getOrDefault(function.logicalId(), 0));
            if (claim > 0) {
                claims.put(function.logicalId(), claim);
            }
        }
        return claims;
    }
}
