package dev.lambdaobs.tracing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceBudgetTest {

    @Test
    void indexesAtMostFiftyDistinctKeysAndAKeyAgainAlways() {
        TraceBudget budget = new TraceBudget();

        for (int i = 0; i < XRayLimits.MAX_ANNOTATIONS_PER_TRACE; i++) {
            assertThat(budget.claimAnnotation("key_" + i)).as("key_" + i).isTrue();
        }

        assertThat(budget.claimAnnotation("one_too_many")).isFalse();
        assertThat(budget.claimAnnotation("one_too_many")).isFalse();
        assertThat(budget.claimAnnotation("key_0")).isTrue();
        assertThat(budget.claimAnnotation("key_49")).isTrue();
    }

    @Test
    void theFirstKeyClaimedTwiceIsOneKey() {
        TraceBudget budget = new TraceBudget();

        assertThat(budget.claimAnnotation("OrderId")).isTrue();
        assertThat(budget.claimAnnotation("OrderId")).isTrue();
        for (int i = 1; i < XRayLimits.MAX_ANNOTATIONS_PER_TRACE; i++) {
            assertThat(budget.claimAnnotation("key_" + i)).as("key_" + i).isTrue();
        }
        assertThat(budget.claimAnnotation("key_50")).isFalse();
    }

    @Test
    void metadataBytesAreTakenWhileTheyFit() {
        TraceBudget budget = new TraceBudget();

        assertThat(budget.claimMetadata(XRayLimits.METADATA_BUDGET_BYTES - 10)).isTrue();
        assertThat(budget.claimMetadata(11)).isFalse();
        assertThat(budget.metadataBytesLeft()).isEqualTo(10);
        budget.forceMetadata(40);
        assertThat(budget.metadataBytesLeft()).isZero();
    }
}
