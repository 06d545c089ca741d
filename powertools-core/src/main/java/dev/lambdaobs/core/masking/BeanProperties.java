package dev.lambdaobs.core.masking;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON properties of a bean as Jackson finds them by default: public getters ({@code getX()}, and
 * {@code isX()} returning {@code boolean}) and public fields, named as Jackson's default naming does
 * (leading capitals lower-cased: {@code getURL} is {@code url}), a getter winning over a field, in the
 * order of the declared fields, then the getter-only properties by name. Found once per class.
 */
final class BeanProperties {
    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return find(type);
        }
    };

    private BeanProperties() {
    }

    static List<Property> of(Class<?> type) {
        return PROPERTIES.get(type);
    }

    /** One property: a getter or a field. */
    record Property(String name, Method getter, Field field) {
        Object read(Object owner) throws ReflectiveOperationException {
            return getter != null ? getter.invoke(owner) : field.get(owner);
        }
    }

    private static List<Property> find(Class<?> type) {
        Map<String, Property> byName = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                    && accessible(field)) {
                byName.put(field.getName(), new Property(field.getName(), null, field));
            }
        }
        for (Method method : type.getMethods()) {
            String name = getterName(method);
            if (name != null && accessible(method)) {
                byName.put(name, new Property(name, method, null));
            }
        }
        List<String> declared = declaredFieldNames(type);
        List<Property> properties = new ArrayList<>(byName.values());
        properties.sort(Comparator.comparingInt((Property p) -> {
            int at = declared.indexOf(p.name());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Property::name));
        return List.copyOf(properties);
    }

    private static String getterName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return mangle(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return mangle(name.substring(2));
        }
        return null;
    }

    /** Jackson's default: the leading upper-case letters lower-cased ({@code URL} is {@code url}). */
    private static String mangle(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 0; i < out.length() && Character.isUpperCase(out.charAt(i)); i++) {
            out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
        }
        return out.toString();
    }

    /** Fields of the class and its superclasses, superclasses first, private ones included (Jackson orders by them). */
    private static List<String> declaredFieldNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            names.addAll(declaredFieldNames(type.getSuperclass()));
        }
        for (Field field : type.getDeclaredFields()) {
            names.add(field.getName());
        }
        return names;
    }

    /** A public member of a class that is not public itself (a JDK or private class) is read only when allowed. */
    private static boolean accessible(AccessibleObject member) {
        try {
            return member.trySetAccessible();
        } catch (SecurityException e) {
            return false;
        }
    }
}
