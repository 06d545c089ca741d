package dev.lambdaobs.core.invocation;

import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/** Reads the AWS SDK's internal thread-local when {@code utils-lite} is on the class path, else nothing. */
final class SdkThreadLocal {
    private static final boolean PRESENT = isPresent();

    private SdkThreadLocal() {
    }

    static String get(String key) {
        return PRESENT ? SdkInternalThreadLocal.get(key) : null;
    }

    private static boolean isPresent() {
        try {
            Class.forName("software.amazon.awssdk.utilslite.SdkInternalThreadLocal", false,
                    SdkThreadLocal.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
