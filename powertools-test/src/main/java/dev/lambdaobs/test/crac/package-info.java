/**
 * A simulated CRaC JVM for tests of SnapStart runtime hooks, in the shape {@code org.crac} looks for. Start
 * the test JVM with {@code -Dorg.crac.Core.Compat=dev.lambdaobs.test.crac} (surefire's
 * {@code systemPropertyVariables}): whatever registers with {@code org.crac.Core.getGlobalContext()} then
 * registers here, and the test plays the checkpoint and the restore as Lambda's runtime would.
 *
 * <pre>{@code
 * dev.lambdaobs.test.crac.Core.getGlobalContext().beforeCheckpoint(null);   // the snapshot is taken after this
 * dev.lambdaobs.test.crac.Core.getGlobalContext().afterRestore(null);       // an environment restored from it
 * }</pre>
 */
package dev.lambdaobs.test.crac;
