package dev.lambdaobs.logging.log4j;

/** Runs {@link Log4jStartup} alone in a fresh JVM between two marks, for {@link Log4jStartupTest}. */
public final class JvmArgumentsProbeMain {
    static final String START = "LOG4J-STARTUP-START";
    static final String DONE = "LOG4J-STARTUP-DONE";

    private JvmArgumentsProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(START);
        System.out.flush();
        new Log4jStartup().run();
        System.out.println(DONE);
    }
}
