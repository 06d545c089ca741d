package dev.lambdaobs.logging.log4j.slf4j;

import java.util.Deque;
import java.util.Map;
import org.apache.logging.log4j.ThreadContext;
import org.slf4j.helpers.ThreadLocalMapOfStacks;
import org.slf4j.spi.MDCAdapter;

/**
 * SLF4J's MDC is Log4j's ThreadContext map, so an {@code MDC.put} shows on every line as a top-level
 * key, whichever API logs the line. SLF4J 2's per-key stacks have no Log4j counterpart and stay here.
 */
final class Slf4jMdc implements MDCAdapter {
    private final ThreadLocalMapOfStacks stacks = new ThreadLocalMapOfStacks();

    @Override
    public void put(String key, String value) {
        ThreadContext.put(key, value);
    }

    @Override
    public String get(String key) {
        return ThreadContext.get(key);
    }

    @Override
    public void remove(String key) {
        ThreadContext.remove(key);
    }

    @Override
    public void clear() {
        ThreadContext.clearMap();
    }

    @Override
    public Map<String, String> getCopyOfContextMap() {
        return ThreadContext.getContext();
    }

    @Override
    public void setContextMap(Map<String, String> contextMap) {
        ThreadContext.clearMap();
        if (contextMap != null) {
            ThreadContext.putAll(contextMap);
        }
    }

    @Override
    public void pushByKey(String key, String value) {
        stacks.pushByKey(key, value);
    }

    @Override
    public String popByKey(String key) {
        return stacks.popByKey(key);
    }

    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
        return stacks.getCopyOfDequeByKey(key);
    }

    @Override
    public void clearDequeByKey(String key) {
        stacks.clearDequeByKey(key);
    }
}
